import { Rule } from '../rule';
import { conditionKeyNotApplicable } from './conditionKeyNotApplicable';
import { duplicateConditionKeyCase } from './duplicateConditionKeyCase';
import { emptyConditionValues } from './emptyConditionValues';
import { forAllValuesWithSingleValuedKey } from './forAllValuesWithSingleValuedKey';
import { forAnyValueWithSingleValuedKey } from './forAnyValueWithSingleValuedKey';
import { invalidConditionKeyFormat } from './invalidConditionKeyFormat';
import { invalidConditionValue } from './invalidConditionValue';
import { invalidIpAddress } from './invalidIpAddress';
import { ipRangeHostBits } from './ipRangeHostBits';
import { missingQualifier } from './missingQualifier';
import { nullWithIfExists } from './nullWithIfExists';
import { nullWithQualifier } from './nullWithQualifier';
import { operatorTypeMismatch } from './operatorTypeMismatch';
import { preferTypedOperator } from './preferTypedOperator';
import { privateSourceIp } from './privateSourceIp';
import { unknownConditionKey } from './unknownConditionKey';
import { unknownConditionOperator } from './unknownConditionOperator';
import { variableWithOperator } from './variableWithOperator';
import { wildcardWithoutLike } from './wildcardWithoutLike';

/** The conditions rules, in the order their findings are most useful to read. */
export const conditionsRules: Rule[] = [
  unknownConditionOperator,
  nullWithIfExists,
  invalidConditionKeyFormat,
  unknownConditionKey,
  duplicateConditionKeyCase,
  conditionKeyNotApplicable,
  operatorTypeMismatch,
  preferTypedOperator,
  missingQualifier,
  forAllValuesWithSingleValuedKey,
  forAnyValueWithSingleValuedKey,
  nullWithQualifier,
  invalidIpAddress,
  invalidConditionValue,
  variableWithOperator,
  wildcardWithoutLike,
  emptyConditionValues,
  privateSourceIp,
  ipRangeHostBits,
];
