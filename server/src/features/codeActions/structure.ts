import { PArray, PObject } from '../../parsing/tree';
import { Fix, FixInput } from './edits';
import { indentAt, jsonAt, lineBreak, startsLine } from './layout';
import { appendItems, removeItem, replaceWithArray, stringItem } from './lists';

/** Adds `data.addStatement` (an object, or its JSON text) at the end of the Statement array. */
export function addStatementFix({ text, analysis, finding }: FixInput): Fix[] {
  const statement = parsedObject(finding.data?.addStatement);
  const value = analysis.policy?.statement?.value;
  if (!statement || !value || (value.type !== 'array' && value.type !== 'object')) return [];
  const render = (indent: string) => jsonAt(statement, text, indent);
  const edit =
    value.type === 'array'
      ? appendItems(text, value, [render])
      : replaceWithArray(text, value, [deeper(text, value), render]);
  const sid = typeof statement.Sid === 'string' ? ` "${statement.Sid}"` : '';
  return [{ title: `Add the statement${sid}`, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
}

/** Inserts `"Version": "<data.addVersion>",` as the first property of the policy. */
export function addVersionFix({ text, analysis, finding }: FixInput): Fix[] {
  const version = finding.data?.addVersion;
  const root = analysis.policy?.root;
  if (typeof version !== 'string' || !root) return [];
  const property = `"Version": ${JSON.stringify(version)}`;
  const first = root.properties[0];
  const edit = !first
    ? { offset: root.offset + 1, length: 0, text: property }
    : startsLine(text, first.offset)
      ? { offset: first.offset, length: 0, text: `${property},${lineBreak(text)}${indentAt(text, first.offset)}` }
      : { offset: first.offset, length: 0, text: `${property}, ` };
  return [{ title: `Add "Version": "${version}"`, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
}

/** Adds the ARNs of `data.addResources` to the statement's Resource, turning a string into an array. */
export function addResourcesFix({ text, analysis, finding }: FixInput): Fix[] {
  const arns = finding.data?.addResources;
  if (!Array.isArray(arns) || arns.length === 0 || !arns.every((a) => typeof a === 'string')) return [];
  const statement = analysis.policy?.statements.find((s) => contains(s.node, finding.offset));
  const value = statement?.elements.Resource?.value;
  if (!value) return [];
  const items = (arns as string[]).map(stringItem);
  let edit;
  if (value.type === 'array') edit = appendItems(text, value, items);
  else if (value.type === 'string') edit = replaceWithArray(text, value, [stringItem(value.value), ...items]);
  else return [];
  const title = `Add ${arns.length === 1 ? arns[0] : `${arns.length} ARNs`} to Resource`;
  return [{ title, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
}

/** Removes an action that `data.coveredBy` names as already covering it, with its comma. */
export function removeCoveredFix({ analysis, finding }: FixInput): Fix[] {
  const by = finding.data?.coveredBy;
  if (typeof by !== 'string') return [];
  for (const statement of analysis.policy?.statements ?? []) {
    for (const element of [statement.elements.Action, statement.elements.NotAction]) {
      const list = element?.value;
      if (list?.type !== 'array') continue;
      const index = list.items.findIndex((i) => contains(i, finding.offset));
      const edit = index < 0 ? undefined : removeItem(list, index);
      if (edit)
        return [{ title: removeTitle(list, index, by), kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
    }
  }
  return [];
}

function removeTitle(list: PArray, index: number, by: string): string {
  const item = list.items[index];
  const shown = item.type === 'string' ? item.value : 'the value';
  return `Remove ${shown} (covered by ${by})`;
}

function parsedObject(data: unknown): Record<string, unknown> | undefined {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** True when an offset falls inside a node. */
export function contains(node: { offset: number; length: number }, offset: number): boolean {
  return offset >= node.offset && offset < node.offset + node.length;
}

/** An object's own text, its lines after the first indented one step more, to sit in a new array. */
function deeper(text: string, node: PObject): (indent: string) => string {
  const own = text.slice(node.offset, node.offset + node.length);
  const eol = lineBreak(text);
  return (indent) => own.split(eol).join(eol + indent.slice(indentAt(text, node.offset).length));
}
