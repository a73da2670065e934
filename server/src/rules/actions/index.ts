import { Rule } from '../rule';
import { actionCase } from './actionCase';
import { actionWildcardMatchesNothing } from './actionWildcardMatchesNothing';
import { invalidActionFormat } from './invalidActionFormat';
import { redundantAction } from './redundantAction';
import { unknownAction } from './unknownAction';
import { unknownServiceInAction } from './unknownServiceInAction';
import { wildcardInActionService } from './wildcardInActionService';

/** The actions rules, in the order their findings are most useful to read. */
export const actionsRules: Rule[] = [
  invalidActionFormat,
  unknownServiceInAction,
  unknownAction,
  actionWildcardMatchesNothing,
  wildcardInActionService,
  redundantAction,
  actionCase,
];
