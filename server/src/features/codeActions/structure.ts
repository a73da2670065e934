import { PArray, PObject } from '../../parsing/tree';
import { Edit, Fix, FixInput } from './edits';
import { indentAt, jsonAt, lineBreak, startsLine } from './layout';
import { appendItems, removeItem, replaceWithArray, stringItem, yamlDash, yamlLines, yamlList } from './lists';

/** Adds `data.addStatement` (an object, or its JSON text) at the end of the Statement array. */
export function addStatementFix({ text, policy, finding, yaml, written }: FixInput): Fix[] {
  const parsed = parsedObject(finding.data?.addStatement);
  const statement = parsed && written ? (mapStrings(parsed, written) as Record<string, unknown>) : parsed;
  const value = policy?.statement?.value;
  if (!statement || !value || (value.type !== 'array' && value.type !== 'object')) return [];
  const render = (indent: string) => jsonAt(statement, text, indent);
  const edit = yaml
    ? yamlAppendItem(text, value, statement)
    : value.type === 'array'
      ? appendItems(text, value, [render])
      : replaceWithArray(text, value, [deeper(text, value), render]);
  if (!edit) return [];
  const sid = typeof statement.Sid === 'string' ? ` "${statement.Sid}"` : '';
  return [{ title: `Add the statement${sid}`, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
}

/** Inserts `"Version": "<data.addVersion>",` as the first property of the policy. */
export function addVersionFix({ text, policy, finding, yaml }: FixInput): Fix[] {
  const version = finding.data?.addVersion;
  const root = policy?.root;
  if (typeof version !== 'string' || !root) return [];
  if (yaml) {
    const first = root.properties[0];
    if (!first || !startsLine(text, first.offset)) return [];
    const edit = {
      offset: first.offset,
      length: 0,
      text: `Version: '${version}'${lineBreak(text)}${indentAt(text, first.offset)}`,
    };
    return [{ title: `Add Version: '${version}'`, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
  }
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
export function addResourcesFix({ text, policy, finding, yaml, written }: FixInput): Fix[] {
  const arns = finding.data?.addResources;
  if (!Array.isArray(arns) || arns.length === 0 || !arns.every((a) => typeof a === 'string')) return [];
  const statement = policy?.statements.find((s) => contains(s.node, finding.offset));
  const value = statement?.elements.Resource?.value;
  if (!value) return [];
  const title = `Add ${arns.length === 1 ? arns[0] : `${arns.length} ARNs`} to Resource`;
  // In a template, an ARN resolved from the template's own values is written back as the Fn::Sub it stands for.
  const values = (arns as string[]).map((a) => (written ? written(a) : a));
  if (yaml) {
    const lines = values.map((v) => (typeof v === 'string' ? v : yamlLines(v, '', lineBreak(text))));
    const last = value.type === 'array' ? value.items[value.items.length - 1] : undefined;
    const dash = last && yamlDash(text, last.offset);
    let edit: Edit | undefined;
    if (last && dash !== undefined) {
      const eol = lineBreak(text);
      edit = { offset: last.offset + last.length, length: 0, text: lines.map((l) => `${eol}${dash}- ${l}`).join('') };
    } else if (value.type === 'string' && value.valueOffset !== undefined) {
      edit = yamlList(text, value, false, [text.slice(value.offset, value.offset + value.length), ...lines]);
    }
    return edit ? [{ title, kind: 'quickfix', edits: [edit], isPreferred: true, finding }] : [];
  }
  const items = values.map((v) => (indent: string) => jsonAt(v, text, indent));
  let edit;
  if (value.type === 'array') edit = appendItems(text, value, items);
  else if (value.type === 'string') edit = replaceWithArray(text, value, [stringItem(value.value), ...items]);
  else return [];
  return [{ title, kind: 'quickfix', edits: [edit], isPreferred: true, finding }];
}

/** Removes an action that `data.coveredBy` names as already covering it, with its comma. */
export function removeCoveredFix({ policy, finding }: FixInput): Fix[] {
  const by = finding.data?.coveredBy;
  if (typeof by !== 'string') return [];
  // In a YAML block sequence too: from the item to the next one takes its line and leaves the next one's dash.
  for (const statement of policy?.statements ?? []) {
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

/** A value with each of its strings mapped. */
function mapStrings(value: unknown, map: (text: string) => unknown): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return value;
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

/**
 * Appends an object to a YAML sequence: a block sequence gets a `- ` item at the dash's column, its keys aligned
 * under the first; a flow sequence gets the object as JSON, which YAML reads as a flow mapping.
 */
function yamlAppendItem(text: string, list: PArray | PObject, value: Record<string, unknown>): Edit | undefined {
  if (list.type !== 'array' || list.items.length === 0) return undefined;
  const last = list.items[list.items.length - 1];
  const end = last.offset + last.length;
  const dash = yamlDash(text, last.offset);
  if (dash === undefined) return { offset: end, length: 0, text: `, ${JSON.stringify(value)}` };
  const eol = lineBreak(text);
  return { offset: end, length: 0, text: `${eol}${dash}- ${yamlLines(value, dash + '  ', eol)}` };
}

/** An object's own text, its lines after the first indented one step more, to sit in a new array. */
function deeper(text: string, node: PObject): (indent: string) => string {
  const own = text.slice(node.offset, node.offset + node.length);
  const eol = lineBreak(text);
  return (indent) => own.split(eol).join(eol + indent.slice(indentAt(text, node.offset).length));
}
