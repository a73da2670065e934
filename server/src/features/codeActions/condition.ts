import { PObject } from '../../parsing/tree';
import { Edit, Fix, FixInput } from './edits';
import { indentAt, jsonAt, lineBreak, startsLine } from './layout';
import { yamlLines } from './lists';
import { contains } from './structure';

/** Adds the condition of `data.addCondition` ({operator, key, value}) to the finding's statement. */
export function addConditionFix({ text, policy, finding, yaml }: FixInput): Fix[] {
  const wanted = conditionOf(finding.data?.addCondition);
  const statement = policy?.statements.find((s) => contains(s.node, finding.offset));
  if (!wanted || !statement) return [];
  const { operator, key, value } = wanted;
  const condition = statement.elements.Condition?.value;
  const append = yaml ? appendYamlProperty : appendProperty;
  let edit: Edit | undefined;
  if (!statement.elements.Condition) edit = append(text, statement.node, 'Condition', { [operator]: { [key]: value } });
  else if (condition?.type === 'object') {
    const block = condition.properties.find((p) => p.key === operator)?.value;
    if (block?.type === 'object') {
      if (block.properties.some((p) => p.key === key)) return [];
      edit = append(text, block, key, value);
    } else if (!block) edit = append(text, condition, operator, { [key]: value });
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

/**
 * Adds `key: value` after the last property of a YAML block mapping, at the column of its keys; undefined for a
 * flow mapping (`{…}`), where a JSON-like edit would do but is rare enough to leave.
 */
function appendYamlProperty(text: string, object: PObject, key: string, value: unknown): Edit | undefined {
  const first = object.properties[0];
  const last = object.properties[object.properties.length - 1];
  if (!first || !last || text[object.offset] === '{') return undefined;
  // The column of the first key, also where a sequence item's mapping starts after its dash.
  const lineStart = text.lastIndexOf('\n', first.offset - 1) + 1;
  const column = ' '.repeat(first.offset - lineStart);
  const eol = lineBreak(text);
  const body = yamlLines({ [key]: value }, column, eol);
  return { offset: last.offset + last.length, length: 0, text: `${eol}${column}${body}` };
}

function conditionOf(data: unknown): { operator: string; key: string; value: string } | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { operator, key, value } = data as Record<string, unknown>;
  if (typeof operator !== 'string' || typeof key !== 'string' || typeof value !== 'string') return undefined;
  return { operator, key, value };
}
