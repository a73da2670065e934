import { Rule } from '../rule';
import { actionWithoutResource } from './actionWithoutResource';
import { arnRegionNotAllowed } from './arnRegionNotAllowed';
import { invalidArn } from './invalidArn';
import { invalidArnAccount } from './invalidArnAccount';
import { invalidArnPartition } from './invalidArnPartition';
import { invalidArnRegion } from './invalidArnRegion';
import { invalidArnService } from './invalidArnService';
import { invalidPolicyVariable } from './invalidPolicyVariable';
import { resourceMismatch } from './resourceMismatch';
import { unknownPolicyVariable } from './unknownPolicyVariable';
import { variableUnsupportedInElement } from './variableUnsupportedInElement';

/** The resources rules, in the order their findings are most useful to read. */
export const resourcesRules: Rule[] = [
  invalidArn,
  invalidArnPartition,
  invalidArnService,
  arnRegionNotAllowed,
  invalidArnRegion,
  invalidArnAccount,
  resourceMismatch,
  actionWithoutResource,
  invalidPolicyVariable,
  variableUnsupportedInElement,
  unknownPolicyVariable,
];
