import { Action, Catalog, ConditionKey } from '../../catalog/catalog';

/** What a condition key name is, as far as the catalog can tell. */
export type KeyLookup =
  | { kind: 'known'; key: ConditionKey }
  /** A claim of an identity provider (`token.actions.githubusercontent.com:sub`) or a SAML attribute. */
  | { kind: 'external' }
  | { kind: 'malformed'; problem: FormatProblem }
  | { kind: 'unknown'; prefix: string };

// Identity providers name their claims after their host: accounts.google.com:aud, oidc.eks.<region>.amazonaws.com/id/<id>:sub.
const HOST_PREFIX = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s:]*)?$/i;
const SERVICE_PREFIX = /^[a-z0-9-]+$/i;

/** How a key name breaks the `service:key` form. */
export type FormatProblem = 'empty' | 'space' | 'no-colon' | 'no-prefix' | 'no-name' | 'bad-prefix';

/** Classifies a condition key: malformed, known to the catalog, an identity-provider claim, or unknown. */
export function lookupKey(catalog: Catalog, name: string): KeyLookup {
  const problem = formatProblem(name);
  if (problem) return { kind: 'malformed', problem };
  const key = catalog.conditionKey(name);
  if (key) return { kind: 'known', key };
  const prefix = name.slice(0, name.indexOf(':'));
  if (prefix.toLowerCase() === 'saml' || HOST_PREFIX.test(prefix)) return { kind: 'external' };
  return { kind: 'unknown', prefix };
}

/** The known key of a name, or undefined for every other kind. */
export function knownKey(catalog: Catalog, name: string): ConditionKey | undefined {
  const found = lookupKey(catalog, name);
  return found.kind === 'known' ? found.key : undefined;
}

function formatProblem(name: string): FormatProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (/\s/.test(name)) return 'space';
  const colon = name.indexOf(':');
  if (colon < 0) return 'no-colon';
  if (colon === 0) return 'no-prefix';
  if (colon === name.length - 1) return 'no-name';
  const prefix = name.slice(0, colon);
  return SERVICE_PREFIX.test(prefix) || HOST_PREFIX.test(prefix) ? undefined : 'bad-prefix';
}

/**
 * True when the catalog's notion of how many values the key holds can be trusted: keys of AWS services. Claims of
 * identity providers that the catalog lists under sts (`cognito-identity.amazonaws.com:amr`) may be multi-valued
 * whatever it says, as the provider decides.
 */
export function cardinalityKnown(key: ConditionKey): boolean {
  const prefix = key.key.slice(0, key.key.indexOf(':')).toLowerCase();
  return prefix === key.service || prefix === 'aws';
}

const actionKeys = new WeakMap<Action, Set<string>>();

/**
 * The keys an action supports, in lower case: its own and those of its resource types. The catalog's action
 * keys miss many resource-type keys (`rds:db-tag/...` for `rds:DescribeDBInstances`), so both are read here.
 */
export function supportedKeys(catalog: Catalog, action: Action): Set<string> {
  let keys = actionKeys.get(action);
  if (!keys) {
    const resourceKeys = action.resourceTypes.flatMap(
      (r) => catalog.resourceType(action.service, r.name)?.conditionKeys ?? [],
    );
    keys = new Set([...action.conditionKeys, ...resourceKeys].map((k) => k.toLowerCase()));
    actionKeys.set(action, keys);
  }
  return keys;
}
