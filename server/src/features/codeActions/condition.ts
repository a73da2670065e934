import { PObject } from '../../parsing/tree';
import { Edit, Fix, FixInput } from './edits';
import { indentAt, jsonAt, lineBreak, startsLine } from './layout';
import { contains } from './structure';

/** Adds the condition of `data.addCondition` ({operator, key, value}) to the finding's statement. */
export function addConditionFix({ text, policy, finding, yaml }: FixInput): Fix[] {
  const wanted = conditionOf(finding.data?.addCondition);
  const statement = policy?.statements.find((s) => contains(s.node, finding.offset));
  if (yaml || !wanted || !statement) return [];
  const { operator, key, value } = wanted;
  const condition = statement.elements.Condition?.value;
  let edit: Edit | undefined;
  if (!statement.elements.Condition)
    edit = appendProperty(text, statement.node, 'Condition', { [operator]: { [key]: value } });
  else if (condition?.type === 'object') {
    const block = condition.properties.find((p) => p.key === operator)?.value;
    if (block?.type === 'object') {
      if (block.properties.some((p) => p.key === key)) return [];
      edit = appendProperty(text, block, key, value);
    } else if (!block) edit = appendProperty(text, condition, operator, { [key]: value });
  }
  if (!edit) return [];
  const title = `Add the condition "${operator}": {"${key}": "${value}"}`;
  return [{ title, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
}

/** Adds `"key": value` after the last property of an object, on a line of its own when the object has those. */
export function appendProperty(text: string, object: PObject, key: string, value: unknown): Edit {
  const last = object.properties[object.properties.length - 1];
  const property = (indent: string) => `${JSON.stringify(key)}: ${jsonAt(value, text, indent)}`;
  if (!last)
    return {
      offset: object.offset,
      length: object.length,
      text: `{ ${JSON.stringify(key)}: ${JSON.stringify(value)} }`,
    };
  const end = last.offset + last.length;
  if (!startsLine(text, last.offset))
    return { offset: end, length: 0, text: `, ${JSON.stringify(key)}: ${JSON.stringify(value)}` };
  const indent = indentAt(text, last.offset);
  return { offset: end, length: 0, text: `,${lineBreak(text)}${indent}${property(indent)}` };
}

function conditionOf(data: unknown): { operator: string; key: string; value: string } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { operator, key, value } = data as Record<string, unknown>;
  if (typeof operator !== 'string' || typeof key !== 'string' || typeof value !== 'string') return undefined;
  return { operator, key, value };
}
