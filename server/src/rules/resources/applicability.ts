import { Action, Catalog } from '../../catalog/catalog';
import { globsIntersect, hasWildcard } from '../../catalog/glob';
import { Statement, stringsOf } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { ArnIndex, ArnPattern, FormatEntry, arnIndex, arnPattern, patternNames } from './arnIndex';
import { ResourceValue, misplacedAccount, resourceValues } from './arns';

/** One string of the Action element and the catalog actions it stands for. */
export interface ActionValue {
  node: PString;
  actions: readonly Action[];
}

/** The Action element of a statement, resolved against the catalog. */
export interface ActionScope {
  values: ActionValue[];
  /** Every distinct action, in the order the values name them. */
  actions: Action[];
  /** False when some value is not a string or names no known action: then the statement cannot be judged whole. */
  complete: boolean;
}

// Both mismatch rules resolve the same statement; the node is the key, so an edited statement is resolved anew.
const scopes = new WeakMap<object, ActionScope | undefined>();

/** The statement's Action values, or undefined when it uses NotAction or has no Action. */
export function actionScope(statement: Statement, catalog: Catalog): ActionScope | undefined {
  if (scopes.has(statement.node)) return scopes.get(statement.node);
  const scope = resolveScope(statement, catalog);
  scopes.set(statement.node, scope);
  return scope;
}

function resolveScope(statement: Statement, catalog: Catalog): ActionScope | undefined {
  const element = statement.elements.Action;
  if (!element || statement.elements.NotAction || !element.value) return undefined;
  const strings = stringsOf(element);
  const itemCount = element.value.type === 'array' ? element.value.items.length : 1;
  let complete = strings.length === itemCount;
  const values: ActionValue[] = [];
  const seen = new Set<Action>();
  // A value repeated thousands of times (`"*"`) adds its actions once, not once per copy.
  const seenValues = new Set<string>();
  for (const node of strings) {
    const actions = catalog.matchActions(node.value);
    if (actions.length === 0) complete = false;
    else values.push({ node, actions });
    const lower = node.value.toLowerCase();
    if (seenValues.has(lower)) continue;
    seenValues.add(lower);
    for (const action of actions) seen.add(action);
  }
  return { values, actions: [...seen], complete };
}

/** A Resource ARN compiled for the applicability checks. */
export interface Target {
  value: ResourceValue & { arn: NonNullable<ResourceValue['arn']> };
  pattern: ArnPattern;
  /** May cover what actions without resource types are evaluated against. */
  coversStar: boolean;
  /** The formats written with the ARN's service that the ARN can name. */
  names: FormatEntry[];
}

/**
 * The statement's Resource values as targets, or undefined when some value cannot be judged (`*`, not an ARN, an
 * unknown or wildcard service), since then any action may apply. Undefined too for NotResource or no Resource.
 */
export function targetsOf(statement: Statement, index: ArnIndex): Target[] | undefined {
  if (!statement.elements.Resource?.value || statement.elements.NotResource) return undefined;
  const values = resourceValues(statement);
  const items = statement.elements.Resource.value;
  const itemCount = items.type === 'array' ? items.items.length : 1;
  if (values.length !== itemCount) return undefined;
  const targets: Target[] = [];
  for (const value of values) {
    const target = targetOf(value, index);
    if (!target) return undefined;
    targets.push(target);
  }
  return targets;
}

/** A Resource value as a target, or undefined when it is not an ARN of a known service. */
export function targetOf(value: ResourceValue, index: ArnIndex): Target | undefined {
  const arn = value.arn;
  if (!arn || arn.prefix.value !== 'arn' || !index.byService.has(arn.service.value)) return undefined;
  // invalid-arn-account reports an account written in the resource field; the resource part is not judged then.
  if (misplacedAccount(arn)) return undefined;
  const pattern = arnPattern(arn);
  const names = formatsNamed(value.text, pattern, index);
  // An ARN with a wildcard is accepted for actions without resource types: several services evaluate them against
  // patterns the catalog does not list (logs:DescribeLogGroups on log-group:*, iam:ListRoles on role/path/*,
  // s3:ListAllMyBuckets on arn:aws:s3:::*), so only a concrete ARN is surely wrong for them.
  const coversStar = hasWildcard(value.text);
  return { value: { ...value, arn }, pattern, coversStar, names };
}

/** The formats of the ARN's service that it can name; the index remembers them by the ARN's text. */
function formatsNamed(text: string, pattern: ArnPattern, index: ArnIndex): FormatEntry[] {
  let names = index.namedBy.get(text);
  if (!names) {
    names = (index.byService.get(pattern.service) ?? []).filter((e) => patternNames(pattern, e));
    if (index.namedBy.size >= 10_000) index.namedBy.clear();
    index.namedBy.set(text, names);
  }
  return names;
}

const typeCache = new WeakMap<Action, FormatEntry[] | 'unknown'>();

// Prefixes that several pages of the Service Authorization Reference share (Elastic Load Balancing and its V2, API
// Gateway and its V2, SES v1 and v2, the Marketplace APIs, …). The catalog's data merges them and keeps one resource
// list for an action both pages have (elasticloadbalancing:AddTags lists only classic load balancers), so those
// lists cannot be trusted to say what an action does not apply to.
const INCOMPLETE_SERVICES = new Set([
  'elasticloadbalancing',
  'apigateway',
  'ses',
  'kinesisanalytics',
  'lex',
  'aws-marketplace',
  'servicecatalog',
  'greengrass',
  'chime',
]);

// A service renamed with both names still in use: either prefix's actions apply to either ARN.
const ARN_ALIASES: Record<string, string> = {
  'codestar-connections': 'codeconnections',
  codeconnections: 'codestar-connections',
};

/** The format entries of an action's resource types; `unknown` when the catalog does not resolve one of them. */
export function actionFormats(action: Action, catalog: Catalog): FormatEntry[] | 'unknown' {
  let formats = typeCache.get(action);
  if (!formats && INCOMPLETE_SERVICES.has(action.service)) formats = 'unknown';
  if (!formats) {
    const index = arnIndex(catalog);
    const entries: FormatEntry[] = [];
    for (const { name } of action.resourceTypes) {
      const type = catalog.resourceType(action.service, name);
      const entry = type && index.byType.get(type);
      if (!entry) {
        formats = 'unknown';
        break;
      }
      entries.push(entry);
    }
    formats ??= entries;
    typeCache.set(action, formats);
  }
  return formats;
}

/** True when the action can apply to a resource the target names. */
export function appliesTo(action: Action, target: Target, catalog: Catalog): boolean {
  const formats = actionFormats(action, catalog);
  if (formats === 'unknown') return true;
  if (formats.length === 0) return target.coversStar;
  return formats.some((f) => {
    if (f.service === target.pattern.service) return target.names.includes(f);
    if (ARN_ALIASES[f.service] === target.pattern.service) return globsIntersect(target.pattern.resource, f.resource);
    return patternNames(target.pattern, f);
  });
}
