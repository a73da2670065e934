import { Action, Catalog } from '../../catalog/catalog';
import { Statement, stringsOf } from '../../model/policy';
import { PString, Span, spanInString } from '../../parsing/tree';

/** The two elements that list actions. */
export type ActionElementName = 'Action' | 'NotAction';

/** The string values of one Action or NotAction element. */
export interface ActionList {
  element: ActionElementName;
  values: PString[];
}

/** The statement's Action and NotAction elements (both, when a statement wrongly has both), with their strings. */
export function actionLists(statement: Statement): ActionList[] {
  const lists: ActionList[] = [];
  for (const element of ['Action', 'NotAction'] as const) {
    const property = statement.elements[element];
    if (property) lists.push({ element, values: stringsOf(property) });
  }
  return lists;
}

const strings = new WeakMap<Statement, PString[]>();

/** Every string value of the statement's Action and NotAction elements; found once per statement, as most action rules read them. */
export function actionStrings(statement: Statement): PString[] {
  let found = strings.get(statement);
  if (!found) strings.set(statement, (found = actionLists(statement).flatMap((list) => list.values)));
  return found;
}

/** A well-formed action value `service:name`, split at its colon. */
export interface ActionParts {
  service: string;
  name: string;
}

/**
 * Splits a well-formed `service:name` value: one colon, text on both sides, no whitespace. Undefined for `*`, for
 * malformed values (another rule reports them) and for values with a policy variable, which IAM does not expand
 * in actions and which the variable rules report.
 */
export function actionParts(value: string): ActionParts | undefined {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1 || value.indexOf(':', colon + 1) >= 0) return undefined;
  if (hasWhitespace(value) || value.includes('${')) return undefined;
  return { service: value.slice(0, colon), name: value.slice(colon + 1) };
}

/** The span of the service prefix of a well-formed value. */
export function serviceSpan(node: PString, parts: ActionParts): Span {
  return spanInString(node, 0, parts.service.length);
}

/** The span of the action-name part (after the colon) of a well-formed value. */
export function nameSpan(node: PString, parts: ActionParts): Span {
  return spanInString(node, parts.service.length + 1, node.value.length);
}

/** A fix of a value's characters `start..end`. */
export interface Fix {
  span: Span;
  replacement: string;
}

/**
 * The fix that puts `text` in place of characters `start..end` of a string: that exact span, or, when the string
 * has escapes (so its characters have no exact place), the whole token with the corrected string, quoted.
 */
export function fixIn(node: PString, start: number, end: number, text: string): Fix {
  if (node.valueOffset === undefined) {
    return { span: node, replacement: JSON.stringify(node.value.slice(0, start) + text + node.value.slice(end)) };
  }
  return { span: spanInString(node, start, end), replacement: text };
}

/** True when the text has a space, tab, line break or other white space. */
export function hasWhitespace(text: string): boolean {
  return /\s/.test(text);
}

/** The actions a value matches (the catalog guards against huge patterns and remembers wildcard results). */
export function matchingActions(catalog: Catalog, pattern: string): readonly Action[] {
  return catalog.matchActions(pattern);
}

/** True when the text is `*` or a well-formed value that matches at least one action. */
export function matchesSomething(catalog: Catalog, text: string): boolean {
  if (text === '*') return true;
  return actionParts(text) !== undefined && matchingActions(catalog, text).length > 0;
}

/** The prefixes of the services that have an action of this exact name (case-insensitively). */
export function servicesWithAction(catalog: Catalog, name: string): string[] {
  return catalog.actionsNamed(name).map((a) => a.service);
}

/** A value as messages quote it: JSON-quoted, and shortened when long. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
}

/** A list for a message, `a, b and c`, cut after `max` items with the number left. */
export function listed(items: string[], max = 4): string {
  if (items.length <= 1) return items.join('');
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
