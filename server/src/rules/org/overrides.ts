import { Action, Catalog } from '../../catalog/catalog';
import { compileWildcard, globMatch, hasWildcard } from '../../catalog/glob';
import { effectOf, Statement } from '../../model/policy';
import { PNode, PProperty } from '../../parsing/tree';
import { actionParts } from '../actions/actionValue';

/** What a statement applies to, when every part of it is known exactly enough to compare. */
export interface Scope {
  statement: Statement;
  effect: 'Allow' | 'Deny';
  /** True when an Action value is `*`. */
  allActions: boolean;
  /** The actions the Action values match, or, for NotAction, the actions left out. */
  actions: Set<Action>;
  /** True for a Deny written with NotAction. */
  negated: boolean;
  /** The Resource strings; undefined when the statement has no Resource (trust policies). */
  resources: string[] | undefined;
  /** The Principal as canonical text; undefined when the statement has none. */
  principal: string | undefined;
  hasCondition: boolean;
}

/**
 * The scope of a statement, or undefined when anything about it is unsure: an unknown or malformed action, a
 * value that is not a string, NotPrincipal, NotResource, or an Allow with NotAction (whose extent the catalog
 * cannot bound).
 */
export function scopeOf(statement: Statement, catalog: Catalog): Scope | undefined {
  const effect = effectOf(statement);
  const { Action, NotAction, Resource, NotResource, NotPrincipal, Principal, Condition } = statement.elements;
  if (!effect || NotPrincipal || NotResource || (Action && NotAction)) return undefined;
  const actionProperty = Action ?? (effect === 'Deny' ? NotAction : undefined);
  const values = allStrings(actionProperty);
  if (!values) return undefined;
  let allActions = false;
  const actions = new Set<Action>();
  for (const value of values) {
    if (value === '*') {
      allActions = true;
      continue;
    }
    if (!actionParts(value)) return undefined;
    const matched = catalog.matchActions(value);
    if (matched.length === 0) return undefined;
    for (const action of matched) actions.add(action);
  }
  const resources = Resource ? allStrings(Resource) : undefined;
  if (Resource && !resources) return undefined;
  return {
    statement,
    effect,
    allActions,
    actions,
    negated: actionProperty === NotAction,
    resources,
    principal: Principal?.value ? canonical(Principal.value) : undefined,
    hasCondition: Condition !== undefined,
  };
}

/** The values of an element when it is a non-empty string or array of strings only. */
function allStrings(property: PProperty | undefined): string[] | undefined {
  const value = property?.value;
  if (value?.type === 'string') return [value.value];
  if (value?.type !== 'array' || value.items.length === 0) return undefined;
  const strings: string[] = [];
  for (const item of value.items) {
    if (item.type !== 'string') return undefined;
    strings.push(item.value);
  }
  return strings;
}

/** A value as text with object keys and array items in a fixed order, so that equal principals compare equal. */
function canonical(node: PNode): string {
  switch (node.type) {
    case 'object':
      return `{${node.properties
        .map((p) => `${JSON.stringify(p.key)}:${p.value ? canonical(p.value) : ''}`)
        .sort()
        .join(',')}}`;
    case 'array':
      return `[${node.items.map(canonical).sort().join(',')}]`;
    default:
      return JSON.stringify(node.value);
  }
}

/** True when a Deny without condition applies to every principal and resource the Allow names. */
export function denyReaches(deny: Scope, allow: Scope): boolean {
  if (deny.hasCondition) return false;
  const principalCovered =
    deny.principal === allow.principal || (deny.principal === '"*"' && allow.principal !== undefined);
  if (!principalCovered) return false;
  if (!deny.resources || !allow.resources) return deny.resources === allow.resources;
  const denied = deny.resources;
  return allow.resources.every((r) => denied.some((d) => resourceCovers(d, r)));
}

/** True when the Deny's action values cover this action. */
export function denyCovers(deny: Scope, action: Action): boolean {
  if (deny.negated) return !deny.allActions && !deny.actions.has(action);
  return deny.allActions || deny.actions.has(action);
}

/** True when every resource the Allow value names is named by the Deny value too. */
export function resourceCovers(deny: string, allow: string): boolean {
  if (deny === '*' || deny === allow) return true;
  // A variable's value is only known at request time.
  if (deny.includes('${') || allow.includes('${')) return false;
  if (!hasWildcard(allow)) return globMatch(compileWildcard(deny), allow);
  // Between two patterns, only the sure case: the Deny is a fixed prefix of the Allow's fixed start, then `*`.
  if (deny.indexOf('*') !== deny.length - 1 || deny.includes('?')) return false;
  const fixedStart = allow.slice(0, allow.search(/[*?]/));
  return fixedStart.startsWith(deny.slice(0, -1));
}
