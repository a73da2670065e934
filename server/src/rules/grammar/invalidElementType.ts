import { describeType } from '../../parsing/tree';
import { Rule } from '../rule';
import { checkCondition, checkEffectType, checkString, checkStringList } from './shapes';

/** An element whose value has the wrong JSON type: a number for a Sid, an object for an Action, ... */
export const invalidElementType: Rule = {
  id: 'invalid-element-type',
  name: 'Element of the wrong type',
  summary: 'An element value of the wrong JSON type: Statement, Id, Sid, Effect, Action, Resource, Condition.',
  description: [
    'Each element has one JSON shape: `Id`, `Sid` and `Effect` are strings; `Statement` an object or an array of',
    'objects; `Action`, `NotAction`, `Resource` and `NotResource` a string or an array of strings; `Condition` an',
    'object of operators, each an object of keys whose values are strings, numbers, booleans or arrays of them. IAM',
    'rejects any other shape (a number where a string belongs, a nested array), so this is an error. The finding is',
    'on the value or the single array item that is wrong; a number or boolean where a string belongs gets its quoted',
    'text as fix. (The shape of `Principal` is checked by `invalid-principal-format`.)',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['DATA_TYPE_MISMATCH'],
  checkDocument({ policy, report }) {
    checkString(policy.id, report);
    const value = policy.statement?.value;
    if (!value || value.type === 'object') return;
    if (value.type !== 'array') {
      report(value, `Statement must be an object or an array of objects, not ${describeType(value)}.`);
      return;
    }
    for (const item of value.items) {
      if (item.type !== 'object') report(item, `Each statement must be an object, not ${describeType(item)}.`);
    }
  },
  checkStatement(statement, { report }) {
    const elements = statement.elements;
    checkString(elements.Sid, report);
    checkEffectType(elements.Effect, report);
    for (const property of [elements.Action, elements.NotAction, elements.Resource, elements.NotResource]) {
      checkStringList(property, report);
    }
    checkCondition(elements.Condition, report);
  },
};
