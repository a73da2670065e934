import { CompletionItemKind } from 'vscode-languageserver';
import { Action, Catalog, Service } from '../../catalog/catalog';
import { stringsOf } from '../../model/policy';
import { PNode } from '../../parsing/tree';
import { BUCKET_SERVICES, appliesToBucket } from '../../rules/bucket/bucketActions';
import { TRUST_ACTIONS } from '../../rules/trust/trustActions';
import { Env, PolicyAt } from './env';

/** The most actions listed for one service prefix; the list is marked incomplete past it. */
const MAX_ACTIONS = 200;
/** Statements with more actions than this are not narrowed to their actions' resource types and keys. */
const MAX_STATEMENT_ACTIONS = 3000;

const TRUST_IDS: ReadonlySet<string> = new Set(TRUST_ACTIONS.map((a) => a.toLowerCase()));

/** Whether a policy of a known kind can allow the action: bucket policies S3, key policies KMS, trust policies STS. */
function allowedBy(at: PolicyAt): ((action: Action) => boolean) | undefined {
  if (!at.strict) return undefined;
  switch (at.kind) {
    case 'bucket':
      return (a) => BUCKET_SERVICES.has(a.service) && appliesToBucket(a);
    case 'key':
      return (a) => a.service === 'kms';
    case 'trust':
      return (a) => TRUST_IDS.has(a.lowerId);
    default:
      return undefined;
  }
}

function servicesFor(catalog: Catalog, at: PolicyAt): Service[] {
  const all = [...catalog.services.values()];
  if (!at.strict) return all;
  switch (at.kind) {
    case 'bucket':
      return all.filter((s) => BUCKET_SERVICES.has(s.prefix));
    case 'key':
      return all.filter((s) => s.prefix === 'kms');
    case 'trust':
      return all.filter((s) => s.prefix === 'sts');
    case 'rcp':
      return all.filter((s) => catalog.rcpServices.has(s.prefix));
    default:
      return all;
  }
}

const sortedServices = new WeakMap<Catalog, Service[]>();

/** The services policies name most: listed first while nothing is typed, the others after them by prefix. */
const COMMON_SERVICES = [
  's3',
  'iam',
  'sts',
  'ec2',
  'lambda',
  'dynamodb',
  'sqs',
  'sns',
  'kms',
  'logs',
  'cloudwatch',
  'secretsmanager',
  'ssm',
  'ecr',
  'ecs',
  'events',
  'states',
  'cloudformation',
  'apigateway',
  'execute-api',
];

/**
 * Action values: before a colon, the service prefixes (with the service's name); after `s3:`, that service's
 * actions matching what is typed, with access level and description, then wildcards that group them (`s3:Get*`).
 */
export function actionValues(env: Env, at: PolicyAt): void {
  const { catalog, offers } = env;
  const typed = env.place.token.prefix;
  const colon = typed.indexOf(':');
  const allowed = allowedBy(at);
  if (colon < 0) {
    let services = sortedServices.get(catalog);
    if (!services) {
      services = [...catalog.services.values()].sort((a, b) => a.prefix.localeCompare(b.prefix));
      sortedServices.set(catalog, services);
    }
    const permitted = new Set(servicesFor(catalog, at));
    const lower = typed.toLowerCase();
    let starting = services.filter((s) => permitted.has(s) && s.prefix.startsWith(lower));
    if (!lower) {
      const common = COMMON_SERVICES.flatMap((p) => starting.filter((s) => s.prefix === p));
      starting = [...common, ...starting.filter((s) => !common.includes(s))];
    }
    const named = lower
      ? services.filter((s) => permitted.has(s) && !s.prefix.startsWith(lower) && s.name.toLowerCase().includes(lower))
      : [];
    for (const service of [...starting, ...named]) {
      const count = allowed ? service.actions.filter(allowed).length : service.actions.length;
      offers.value({
        label: service.prefix,
        kind: CompletionItemKind.Module,
        detail: service.name,
        documentation: `${service.name}: ${count} action${count === 1 ? '' : 's'}.`,
        insert: [service.prefix + ':'],
        form: 'partial',
        filterText: `${service.prefix} ${service.name}`,
        retrigger: true,
      });
    }
    return;
  }
  const service = catalog.service(typed.slice(0, colon));
  if (!service || !servicesFor(catalog, at).includes(service)) return;
  const name = typed.slice(colon + 1).toLowerCase();
  const actions = sortedActions(service, at, allowed);
  if (actions.length === 0) return;
  const starting = actions.filter((a) => a.name.toLowerCase().startsWith(name));
  const containing = name
    ? actions.filter((a) => !a.name.toLowerCase().startsWith(name) && a.name.toLowerCase().includes(name))
    : [];
  const listed = [...starting, ...containing];
  for (const action of listed.slice(0, MAX_ACTIONS)) {
    offers.value({
      label: action.id,
      kind: CompletionItemKind.Function,
      detail: `${action.accessLevel} · ${action.id}`,
      documentation: actionDoc(action),
    });
  }
  if (listed.length > MAX_ACTIONS) offers.cut();
  if (at.strict && at.kind === 'trust') return;
  for (const wildcard of wildcards(service, actions, name)) {
    if (!offers.more()) return;
    const count = countStarting(service, wildcard.stem);
    offers.value({
      label: wildcard.pattern,
      kind: CompletionItemKind.Constant,
      detail: `matches ${count} action${count === 1 ? '' : 's'}`,
      documentation: wildcard.doc,
    });
  }
}

const lowerNames = new WeakMap<Service, string[]>();

/**
 * How many of the service's actions `prefix:stem*` matches, as IAM matches it (case-insensitively), by binary
 * search over the sorted lower-case names.
 */
export function countStarting(service: Service, stem: string): number {
  let names = lowerNames.get(service);
  if (!names) {
    names = service.actions.map((a) => a.name.toLowerCase()).sort();
    lowerNames.set(service, names);
  }
  const lower = stem.toLowerCase();
  const bound = (key: string) => {
    let low = 0;
    let high = names.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (names[mid] < key) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return bound(lower + '\uffff') - bound(lower);
}

const sortedByName = new WeakMap<Service, Action[]>();

/** The service's actions the kind allows, by name; a trust policy's in the order AWS documents them. */
function sortedActions(service: Service, at: PolicyAt, allowed: ((a: Action) => boolean) | undefined): Action[] {
  let sorted = sortedByName.get(service);
  if (!sorted) {
    sorted = [...service.actions].sort((a, b) => a.name.localeCompare(b.name));
    sortedByName.set(service, sorted);
  }
  if (at.strict && at.kind === 'trust') {
    const order = (a: Action) => TRUST_ACTIONS.findIndex((t) => t.toLowerCase() === a.lowerId);
    return sorted.filter((a) => TRUST_IDS.has(a.lowerId)).sort((a, b) => order(a) - order(b));
  }
  return allowed ? sorted.filter(allowed) : sorted;
}

function actionDoc(action: Action): string {
  const lines = [`**${action.id}** · ${action.accessLevel}`, '', action.description];
  if (action.resourceTypes.length > 0) {
    const types = action.resourceTypes.map((r) => `\`${r.name}\`${r.required ? ' (required)' : ''}`).join(', ');
    lines.push('', `Resource types: ${types}`);
  } else {
    lines.push('', 'Resource types: none (`"Resource": "*"`)');
  }
  return lines.join('\n');
}

/**
 * Wildcards over the service's actions: what is typed followed by `*` when it starts several actions, then one per
 * leading verb (`Get*`, `List*`, `Put*`) among the names that start with what is typed, and `*` for the service.
 */
function wildcards(
  service: Service,
  actions: readonly Action[],
  name: string,
): { pattern: string; stem: string; doc: string }[] {
  const found: { pattern: string; stem: string; doc: string }[] = [];
  const add = (stem: string, matched: readonly Action[]) => {
    const shown = matched.slice(0, 12).map((a) => `\`${a.id}\``);
    const more = matched.length > shown.length ? `, and ${matched.length - shown.length} more` : '';
    found.push({ pattern: `${service.prefix}:${stem}*`, stem, doc: `Matches ${shown.join(', ')}${more}.` });
  };
  const verbs = new Map<string, Action[]>();
  for (const action of actions) {
    const verb = /^[A-Z][a-z]+/.exec(action.name)?.[0];
    if (!verb || !verb.toLowerCase().startsWith(name)) continue;
    const list = verbs.get(verb) ?? [];
    list.push(action);
    verbs.set(verb, list);
  }
  const groups = [...verbs].filter(([, list]) => list.length > 1);
  groups.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (name) {
    // What is typed, followed by `*`, unless a verb's wildcard is the same set of actions.
    const starting = actions.filter((a) => a.name.toLowerCase().startsWith(name));
    const same = groups.some(([verb, list]) => verb.toLowerCase().startsWith(name) && list.length === starting.length);
    if (starting.length > 1 && !same && !groups.some(([verb]) => verb.toLowerCase() === name)) {
      add(starting[0].name.slice(0, name.length), starting);
    }
  }
  for (const [verb, list] of groups) add(verb, list);
  if (!name) add('', actions);
  return found;
}

/**
 * The actions a statement's Action element names, for narrowing resources and condition keys; undefined when it
 * names none, or so many (`*`) that narrowing means nothing.
 */
export function statementActions(catalog: Catalog, statement: PNode | undefined): readonly Action[] | undefined {
  if (statement?.type !== 'object') return undefined;
  const property = statement.properties.find((p) => p.key === 'Action');
  const found = new Set<Action>();
  for (const value of stringsOf(property)) {
    if (value.value === '*' || !value.value.includes(':')) continue;
    for (const action of catalog.matchActions(value.value)) found.add(action);
    if (found.size > MAX_STATEMENT_ACTIONS) return undefined;
  }
  return found.size > 0 ? [...found] : undefined;
}
