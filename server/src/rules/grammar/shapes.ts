import { describeType, PNode, PProperty } from '../../parsing/tree';
import { Reporter } from '../rule';
import { shown } from './shown';

type Report = Reporter['report'];

/*
 * The JSON shapes each element must have. Every check reports the node of the wrong type itself (the value, or the
 * one item of an array that is wrong), so that other rules can skip what they do not understand.
 */

/** An element that must be a single string (Id, Sid). Numbers and booleans get their quoted text as the fix. */
export function checkString(property: PProperty | undefined, report: Report): void {
  const value = property?.value;
  if (!value || value.type === 'string') return;
  report(value, `${property.key} must be a string, not ${describeType(value)}.`, quoted(value));
}

/** Effect: a string (whether it is Allow or Deny is `invalid-effect`'s concern). */
export function checkEffectType(property: PProperty | undefined, report: Report): void {
  const value = property?.value;
  if (!value || value.type === 'string') return;
  report(value, `Effect must be the string "Allow" or "Deny", not ${describeType(value)}.`);
}

/** Action, NotAction, Resource, NotResource: a string or an array of strings. */
export function checkStringList(property: PProperty | undefined, report: Report): void {
  const value = property?.value;
  if (!value || value.type === 'string') return;
  if (value.type !== 'array') {
    report(value, `${property.key} must be a string or an array of strings, not ${describeType(value)}.`);
    return;
  }
  for (const item of value.items) {
    if (item.type !== 'string') {
      report(item, `Each ${property.key} value must be a string, not ${describeType(item)}.`);
    }
  }
}

/** Condition: an object of operators, each an object of keys, each a scalar or an array of scalars. */
export function checkCondition(property: PProperty | undefined, report: Report): void {
  const value = property?.value;
  if (!value) return;
  if (value.type !== 'object') {
    report(value, `Condition must be an object of condition operators, not ${describeType(value)}.`);
    return;
  }
  for (const operator of value.properties) checkOperatorBlock(operator, report);
}

function checkOperatorBlock(operator: PProperty, report: Report): void {
  const block = operator.value;
  if (!block) return;
  if (block.type !== 'object') {
    const message = `The ${shown(operator.key)} block must be an object of condition keys and values, not ${describeType(block)}.`;
    report(block, message);
    return;
  }
  for (const key of block.properties) {
    const value = key.value;
    if (!value || isScalar(value)) continue;
    if (value.type !== 'array') {
      const message = `The value of ${shown(key.key)} must be a string, number, boolean or an array of them, not ${describeType(value)}.`;
      report(value, message);
      continue;
    }
    for (const item of value.items) {
      if (!isScalar(item)) {
        report(item, `Each value of ${shown(key.key)} must be a string, number or boolean, not ${describeType(item)}.`);
      }
    }
  }
}

function isScalar(node: PNode): boolean {
  return node.type === 'string' || node.type === 'number' || node.type === 'boolean';
}

/** The fix for a number or boolean where a string is expected: the same text in quotes. */
function quoted(node: PNode): { data: { replacement: string } } | undefined {
  if (node.type === 'boolean' || (node.type === 'number' && Number.isSafeInteger(node.value))) {
    return { data: { replacement: JSON.stringify(String(node.value)) } };
  }
  return undefined;
}
