import { GlobToken, compileWildcard, globMatch, hasWildcard } from './glob';
import { ArnFormat, compileArnFormat } from './arnFormat';

/** The access levels of the AWS Service Authorization Reference. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';
export const ACCESS_LEVELS: readonly AccessLevel[] = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

/** The base value type of a condition key. */
export type KeyType = 'String' | 'Numeric' | 'Bool' | 'Date' | 'IPAddress' | 'ARN' | 'Binary';

/** A condition key: its canonical spelling (variable parts as `${Name}`), type, and whether it is multi-valued. */
export interface ConditionKey {
  key: string;
  type: KeyType;
  multiValued: boolean;
  description: string;
  /** The prefix of the key: `aws` for most global keys, else the service that defines it. */
  service: string;
  /** True for keys present in requests to any service (`aws:SourceIp`, `ec2:SourceInstanceArn`). */
  global: boolean;
}

/** A resource type of a service, with its ARN format. */
export interface ResourceType {
  service: string;
  name: string;
  arnFormat: string;
  conditionKeys: string[];
}

/** An action, e.g. `s3:GetObject`. */
export interface Action {
  service: string;
  name: string;
  /** `service:Name`, as AWS documents it. */
  id: string;
  /** The id in lower case, for case-insensitive matching. */
  lowerId: string;
  description: string;
  accessLevel: AccessLevel;
  resourceTypes: { name: string; required: boolean }[];
  /** Condition keys the action supports, its resource types' keys included, in canonical spelling. */
  conditionKeys: string[];
}

/** A service prefix with its actions, resource types and condition keys. */
export interface Service {
  prefix: string;
  name: string;
  actions: Action[];
  resourceTypes: ResourceType[];
  conditionKeys: ConditionKey[];
}

interface RawCatalog {
  source: { package: string; version: string; updatedAt: string; license: string };
  services: Record<string, RawService>;
  globalConditionKeys: RawKey[];
  rcpSupportedServices: string[];
}
interface RawService {
  n: string;
  a: { n: string; d: string; l: string; r?: [string, 1?][]; c?: string[] }[];
  r: { n: string; f: string; c?: string[] }[];
  c: RawKey[];
}
interface RawKey {
  k: string;
  t: string;
  d?: string;
}

const LEVELS: Record<string, AccessLevel> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  P: 'Permissions management',
  T: 'Tagging',
};

/** A condition key whose name has a variable part, matched as a pattern. */
interface KeyPattern {
  tokens: GlobToken[];
  key: ConditionKey;
}

/**
 * The AWS catalog: plain data and lookups, no documents and no LSP. Built once from the generated catalog.json;
 * the indexes are built when first asked for.
 */
export class Catalog {
  readonly source: RawCatalog['source'];
  readonly services = new Map<string, Service>();
  readonly globalKeys: ConditionKey[];
  /** The service prefixes whose actions a resource control policy may name. */
  readonly rcpServices: ReadonlySet<string>;
  private readonly actionIndex = new Map<string, Action>();
  /** The same by the id as documented: most values are written so, and need no lower-casing to be found. */
  private readonly exactActionIndex = new Map<string, Action>();
  private readonly keyIndex = new Map<string, ConditionKey>();
  private readonly keyPatterns: KeyPattern[] = [];
  private readonly arnFormats = new Map<ResourceType, ArnFormat>();
  private allActionsCache: Action[] | undefined;
  private longestActionId = 0;
  /** Wildcard patterns already expanded; emptied when full, which costs one recomputation each. */
  private readonly wildcardMemo = new Map<string, Action[]>();

  constructor(raw: RawCatalog) {
    this.source = raw.source;
    for (const [prefix, rs] of Object.entries(raw.services)) {
      const service: Service = {
        prefix,
        name: rs.n,
        actions: rs.a.map((a) => ({
          service: prefix,
          name: a.n,
          id: `${prefix}:${a.n}`,
          lowerId: `${prefix}:${a.n}`.toLowerCase(),
          description: a.d,
          accessLevel: LEVELS[a.l],
          resourceTypes: (a.r ?? []).map(([name, required]) => ({ name, required: required === 1 })),
          conditionKeys: a.c ?? [],
        })),
        resourceTypes: rs.r.map((r) => ({ service: prefix, name: r.n, arnFormat: r.f, conditionKeys: r.c ?? [] })),
        conditionKeys: rs.c.map((k) => toKey(k, prefix, false)),
      };
      this.services.set(prefix, service);
      for (const action of service.actions) {
        this.actionIndex.set(action.lowerId, action);
        this.exactActionIndex.set(action.id, action);
        this.longestActionId = Math.max(this.longestActionId, action.id.length);
      }
    }
    this.rcpServices = new Set(raw.rcpSupportedServices);
    this.globalKeys = raw.globalConditionKeys.map((k) => toKey(k, k.k.slice(0, k.k.indexOf(':')), true));
    for (const key of this.globalKeys) this.indexKey(key);
    for (const service of this.services.values()) for (const key of service.conditionKeys) this.indexKey(key);
  }

  /** A service by prefix; prefixes are case-insensitive in IAM. */
  service(prefix: string): Service | undefined {
    return this.services.get(prefix.toLowerCase());
  }

  /** An action by `service:Name`, case-insensitively. */
  action(id: string): Action | undefined {
    return this.exactActionIndex.get(id) ?? this.actionIndex.get(id.toLowerCase());
  }

  private actionsByNameCache?: Map<string, Action[]>;

  /** The actions of every service with this name (`GetObject`), case-insensitively; indexed on first use. */
  actionsNamed(name: string): readonly Action[] {
    if (!this.actionsByNameCache) {
      this.actionsByNameCache = new Map();
      for (const action of this.allActions()) {
        const key = action.name.toLowerCase();
        const list = this.actionsByNameCache.get(key);
        if (list) list.push(action);
        else this.actionsByNameCache.set(key, [action]);
      }
    }
    return this.actionsByNameCache.get(name.toLowerCase()) ?? [];
  }

  /** Every action of every service. */
  allActions(): readonly Action[] {
    this.allActionsCache ??= [...this.services.values()].flatMap((s) => s.actions);
    return this.allActionsCache;
  }

  /**
   * The actions an Action element value matches: `s3:GetObject`, `s3:Get*`, `*`, `s3:*Object?`. Case-insensitive,
   * as IAM matches actions. Linear in the number of candidate actions; wildcard results are remembered, since
   * every rule about actions asks for the same values, and the same values recur across statements and edits.
   */
  matchActions(pattern: string): readonly Action[] {
    if (pattern === '*') return this.allActions();
    const colon = pattern.indexOf(':');
    if (colon < 0) return [];
    if (!hasWildcard(pattern)) {
      const one = this.action(pattern);
      return one ? [one] : [];
    }
    // More characters than `*` can stand for nothing than the longest action id: no match, at once (a huge
    // pattern would otherwise cost its length for every candidate).
    let fixed = 0;
    for (let i = 0; i < pattern.length && fixed <= this.longestActionId; i++) if (pattern[i] !== '*') fixed++;
    if (fixed > this.longestActionId) return [];
    const key = pattern.toLowerCase();
    let found = this.wildcardMemo.get(key);
    if (!found) {
      const servicePart = pattern.slice(0, colon);
      const candidates = hasWildcard(servicePart) ? this.allActions() : (this.service(servicePart)?.actions ?? []);
      const tokens = compileWildcard(key);
      found = candidates.filter((a) => globMatch(tokens, a.lowerId));
      if (this.wildcardMemo.size >= 4000) this.wildcardMemo.clear();
      this.wildcardMemo.set(key, found);
    }
    return found;
  }

  /** The services whose prefix a (possibly wildcarded) service part matches. */
  matchServices(servicePart: string): Service[] {
    if (!hasWildcard(servicePart)) {
      const one = this.service(servicePart);
      return one ? [one] : [];
    }
    const tokens = compileWildcard(servicePart, true);
    return [...this.services.values()].filter((s) => globMatch(tokens, s.prefix));
  }

  /** A resource type of a service by name. */
  resourceType(service: string, name: string): ResourceType | undefined {
    return this.service(service)?.resourceTypes.find((r) => r.name === name);
  }

  /** The compiled ARN format of a resource type. */
  arnFormat(resourceType: ResourceType): ArnFormat {
    let format = this.arnFormats.get(resourceType);
    if (!format) {
      format = compileArnFormat(resourceType.arnFormat);
      this.arnFormats.set(resourceType, format);
    }
    return format;
  }

  /**
   * A condition key by the name a policy uses: exact keys case-insensitively, then keys with a variable part
   * (`aws:RequestTag/${TagKey}` matches `aws:RequestTag/team`).
   */
  conditionKey(name: string): ConditionKey | undefined {
    const lower = name.toLowerCase();
    const exact = this.keyIndex.get(lower);
    if (exact) return exact;
    for (const pattern of this.keyPatterns) if (globMatch(pattern.tokens, lower)) return pattern.key;
    return undefined;
  }

  /** Every condition key defined for a service prefix (global keys not included). */
  serviceKeys(prefix: string): ConditionKey[] {
    return this.service(prefix)?.conditionKeys ?? [];
  }

  private indexKey(key: ConditionKey): void {
    if (key.key.includes('${')) {
      if (!this.keyPatterns.some((p) => p.key.key.toLowerCase() === key.key.toLowerCase())) {
        this.keyPatterns.push({ tokens: compileKeyPattern(key.key), key });
      }
    } else if (!this.keyIndex.has(key.key.toLowerCase())) {
      this.keyIndex.set(key.key.toLowerCase(), key);
    }
  }
}

function toKey(raw: RawKey, service: string, global: boolean): ConditionKey {
  const multiValued = raw.t.endsWith('[]');
  return {
    key: raw.k,
    type: (multiValued ? raw.t.slice(0, -2) : raw.t) as KeyType,
    multiValued,
    description: raw.d ?? '',
    service,
    global,
  };
}

/** `aws:RequestTag/${TagKey}` → a lower-case pattern where the variable is any non-empty run. */
function compileKeyPattern(key: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  const re = /\$\{[^}]*\}/g;
  let last = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    for (const c of key.slice(last, m.index).toLowerCase()) tokens.push({ kind: 'char', c });
    tokens.push({ kind: 'one', except: '' }, { kind: 'star', except: '' });
    last = m.index + m[0].length;
  }
  for (const c of key.slice(last).toLowerCase()) tokens.push({ kind: 'char', c });
  return tokens;
}
