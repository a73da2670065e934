import { Action, ACCESS_LEVELS, Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { PolicyDocument } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { actionParts } from '../../rules/actions/actionValue';
import { Edit, Fix } from './edits';
import { replaceItem, replaceWithArray, stringItem, yamlList } from './lists';

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
  if (yaml)
    return yamlList(
      text,
      target.node,
      target.inArray,
      actions.map((a) => a.id),
    );
  const items = actions.map((a) => stringItem(a.id));
  return target.inArray ? replaceItem(text, target.node, items) : replaceWithArray(text, target.node, items);
}

function rewrite(title: string, edit: Edit): Fix {
  return { title, kind: 'refactor.rewrite', edits: [edit] };
}

function count(n: number): string {
  return n === 1 ? 'action' : `${n} actions`;
}
