import { Action, ACCESS_LEVELS, Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { PolicyDocument } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { actionParts } from '../../rules/actions/actionValue';
import { Edit, Fix } from './edits';
import { indentUnit, lineBreak } from './layout';
import { replaceItem, replaceWithArray, stringItem } from './lists';

/** Expansions longer than this are not offered: a list of hundreds of actions is no one's least privilege. */
export const MAX_EXPANSION = 200;

/**
 * Least-privilege rewrites of the wildcard action at `offset`: all its actions, or those of one access level. The
 * edits keep the document's format: JSON arrays, or YAML block and flow sequences.
 */
export function narrowFixes(
  text: string,
  policy: PolicyDocument,
  catalog: Catalog,
  offset: number,
  yaml = false,
): Fix[] {
  const target = wildcardAt(policy, offset);
  if (!target) return [];
  const { node } = target;
  const actions = [...catalog.matchActions(node.value)].sort((a, b) => a.id.localeCompare(b.id));
  if (actions.length === 0) return [];
  const fixes: Fix[] = [];
  if (actions.length <= MAX_EXPANSION) {
    const title = `Replace ${node.value} with the ${count(actions.length)} it matches`;
    fixes.push(rewrite(title, expansion(text, target, actions, yaml)));
  }
  for (const level of ACCESS_LEVELS) {
    const some = actions.filter((a) => a.accessLevel === level);
    if (some.length === 0 || some.length === actions.length || some.length > MAX_EXPANSION) continue;
    const title = `Narrow ${node.value} to its ${level} actions (${some.length} of ${actions.length})`;
    fixes.push(rewrite(title, expansion(text, target, some, yaml)));
  }
  return fixes;
}

interface Target {
  node: PString;
  /** True when the value is an item of an Action array, false when it is the whole Action. */
  inArray: boolean;
}

/** The Action value with a wildcard under the cursor (NotAction is left alone: narrowing it would widen the grant). */
function wildcardAt(policy: PolicyDocument, offset: number): Target | undefined {
  for (const statement of policy.statements) {
    const value = statement.elements.Action?.value;
    if (!value) continue;
    const items = value.type === 'array' ? value.items : [value];
    const node = items.find((i) => offset >= i.offset && offset <= i.offset + i.length);
    if (node?.type !== 'string' || !hasWildcard(node.value) || !actionParts(node.value)) continue;
    return { node, inArray: value.type === 'array' };
  }
  return undefined;
}

function expansion(text: string, target: Target, actions: readonly Action[], yaml: boolean): Edit {
  if (yaml) return yamlExpansion(text, target, actions);
  const items = actions.map((a) => stringItem(a.id));
  return target.inArray ? replaceItem(text, target.node, items) : replaceWithArray(text, target.node, items);
}

/**
 * The YAML edit: in a block sequence, one `- action` line each at the dash's indentation; in a flow sequence, the
 * actions separated by commas; a single value becomes a block sequence one step deeper than its key.
 */
function yamlExpansion(text: string, { node, inArray }: Target, actions: readonly Action[]): Edit {
  const eol = lineBreak(text);
  const ids = actions.map((a) => a.id);
  const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
  const before = text.slice(lineStart, node.offset);
  const dash = /^(\s*)-\s+$/.exec(before);
  if (inArray && dash) return { offset: node.offset, length: node.length, text: ids.join(`${eol}${dash[1]}- `) };
  if (inArray) return { offset: node.offset, length: node.length, text: ids.join(', ') };
  let start = node.offset;
  while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const indent = /^\s*/.exec(text.slice(lineStart, start))![0] + indentUnit(text).replace('\t', '  ');
  const lines = ids.map((id) => `${eol}${indent}- ${id}`).join('');
  return { offset: start, length: node.offset + node.length - start, text: lines };
}

function rewrite(title: string, edit: Edit): Fix {
  return { title, kind: 'refactor.rewrite', edits: [edit] };
}

function count(n: number): string {
  return n === 1 ? 'action' : `${n} actions`;
}
