import { closest } from '../../catalog/suggest';

/** A value type with no structure of its own. `tag` is a `{Key, Value}` pair; `json` any JSON value. */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'date-time' | 'tag' | 'any';

/**
 * The type of a property or attribute. `enum` is a string with allowed values, or an integer when the values are
 * numbers (`AWS::Logs::LogGroup.RetentionInDays`). `ref` names a type of the same resource (`ResourceTypeSpec.types`).
 */
export type TypeRef =
  | ScalarType
  | { list: TypeRef }
  | { map: TypeRef }
  | { ref: string }
  | { union: TypeRef[] }
  | { enum: string[] | number[] };

/**
 * What kind of IAM policy a property holds: a document of a policy kind (`trust`, `key`, `bucket`, `identity`,
 * `resource`), a list of `{PolicyName, PolicyDocument}` inline identity policies (`identity-list`), or a list of
 * managed policy ARNs (`managed-arns`).
 */
export type PolicyHolder = 'trust' | 'key' | 'bucket' | 'identity' | 'identity-list' | 'managed-arns' | 'resource';

/** A property of a resource or of one of its types. */
export interface PropertySpec {
  type: TypeRef;
  required?: true;
  /** The first sentence of the documentation, markdown kept, at most 200 characters. */
  doc?: string;
  policy?: PolicyHolder;
  deprecated?: true;
}

/** A nested property type of a resource. */
export interface TypeSpec {
  properties: Record<string, PropertySpec>;
  doc?: string;
}

/** A CloudFormation resource type, e.g. `AWS::S3::Bucket`. */
export interface ResourceTypeSpec {
  /** The first paragraph of the documentation, markdown kept, at most about 400 characters. */
  doc: string;
  properties: Record<string, PropertySpec>;
  /** `Fn::GetAtt` names, nested ones dotted as CloudFormation spells them (`Endpoint.Address`). */
  attributes: Record<string, TypeRef>;
  /** E.g. `arn:${Partition}:s3:::${BucketName}`. */
  arnTemplate?: string;
  /** The property or identifier names whose values `Ref` returns. */
  ref?: string[];
  /** The nested types the properties and attributes refer to, by their name local to this resource. */
  types: Record<string, TypeSpec>;
  /** The transform the type needs, e.g. `AWS::Serverless-2016-10-31` for `AWS::Serverless::Function`. */
  transform?: string;
}

/** The content of the generated cfn-spec.json. */
export interface CfnSpecData {
  source: { package: string; version: string; license?: string };
  generatedBy?: string;
  /** Each type as an object, or as its JSON text (as the generated file stores them, to be parsed on first use). */
  resourceTypes: Record<string, ResourceTypeSpec | string>;
}

/** A property that holds an IAM policy: `path` from the resource's Properties, `name` the path dotted. */
export interface PolicyProperty {
  name: string;
  path: string[];
  holder: PolicyHolder;
}

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * The CloudFormation resource specification: plain data and lookups, no documents and no LSP. Built from the
 * generated cfn-spec.json; the indexes are built when first asked for. Names are case-sensitive, as in
 * CloudFormation.
 */
export class CfnSpec {
  readonly source: CfnSpecData['source'];
  /** Each type as the generated file holds it: its own JSON text, parsed on first use (or already an object). */
  private readonly types: Map<string, ResourceTypeSpec | string>;
  private namesCache: string[] | undefined;
  private lowerIndex: Map<string, string> | undefined;
  private readonly policyCache = new Map<string, PolicyProperty[]>();

  constructor(data: CfnSpecData) {
    this.source = data.source;
    this.types = new Map(Object.entries(data.resourceTypes));
  }

  /** A resource type by its exact name. */
  resourceType(name: string): ResourceTypeSpec | undefined {
    const found = this.types.get(name);
    if (typeof found !== 'string') return found;
    const parsed = JSON.parse(found) as ResourceTypeSpec;
    this.types.set(name, parsed);
    return parsed;
  }

  /** Every resource type name, sorted. */
  resourceTypeNames(): readonly string[] {
    this.namesCache ??= [...this.types.keys()].sort();
    return this.namesCache;
  }

  /**
   * The resource type a misspelt name most likely meant: the one that differs only in case, else the nearest by
   * edit distance within a bound that grows with the name's length. A known name is returned as it is.
   */
  suggestResourceType(name: string): string | undefined {
    if (this.types.has(name)) return name;
    if (!this.lowerIndex) {
      this.lowerIndex = new Map();
      for (const n of this.resourceTypeNames()) this.lowerIndex.set(n.toLowerCase(), n);
    }
    return this.lowerIndex.get(name.toLowerCase()) ?? closest(name, this.resourceTypeNames());
  }

  /**
   * The property at a path of property names from the resource's Properties, through nested types: lists and maps
   * are looked through (a path holds no list indices or map keys), and of a union, the member type that has the
   * next name is followed.
   */
  property(resourceType: string, path: readonly string[]): PropertySpec | undefined {
    const spec = this.resourceType(resourceType);
    if (!spec || path.length === 0) return undefined;
    let property = own(spec.properties, path[0]);
    for (let i = 1; property && i < path.length; i++) {
      const name = path[i];
      const holder = refNames(property.type)
        .map((t) => own(spec.types, t))
        .find((t) => own(t?.properties, name));
      property = own(holder?.properties, name);
    }
    return property;
  }

  /** A nested type of a resource by its local name (the name a `{ ref }` holds). */
  typeOf(resourceType: string, typeName: string): TypeSpec | undefined {
    return own(this.resourceType(resourceType)?.types, typeName);
  }

  /** The type of an `Fn::GetAtt` attribute, nested names dotted (`Endpoint.Address`). */
  attribute(resourceType: string, name: string): TypeRef | undefined {
    return own(this.resourceType(resourceType)?.attributes, name);
  }

  /**
   * The properties of a resource type that hold IAM policies, top-level ones first, then nested ones, shallower
   * first (`ResourcePolicy.PolicyDocument` of `AWS::DynamoDB::Table`), each by every path that leads to it.
   */
  policyProperties(resourceType: string): readonly PolicyProperty[] {
    const spec = this.resourceType(resourceType);
    if (!spec) return [];
    let found = this.policyCache.get(resourceType);
    if (found) return found;
    // Only the types that lead to a policy holder are walked, so that the paths through the large shared type
    // graphs (QuickSight's) are never enumerated: a fixed point over the types, from those that hold one.
    const leading = new Set<string>();
    for (let grew = true; grew;) {
      grew = false;
      for (const [t, type] of Object.entries(spec.types)) {
        if (leading.has(t)) continue;
        const props = Object.values(type.properties);
        if (props.some((p) => p.policy || refNames(p.type).some((r) => leading.has(r)))) {
          leading.add(t);
          grew = true;
        }
      }
    }
    const all: PolicyProperty[] = [];
    const walk = (properties: Record<string, PropertySpec>, prefix: string[], seen: Set<string>) => {
      for (const [name, p] of Object.entries(properties)) {
        const path = [...prefix, name];
        if (p.policy) all.push({ name: path.join('.'), path, holder: p.policy });
        for (const t of refNames(p.type)) {
          const type = leading.has(t) ? own(spec.types, t) : undefined;
          if (!type || seen.has(t)) continue;
          seen.add(t);
          walk(type.properties, path, seen);
          seen.delete(t);
        }
      }
    };
    walk(spec.properties, [], new Set());
    found = all.sort((a, b) => a.path.length - b.path.length);
    this.policyCache.set(resourceType, found);
    return found;
  }
}

/** The type names a TypeRef refers to, through lists, maps and unions. */
export function refNames(type: TypeRef): string[] {
  if (typeof type === 'string') return [];
  if ('ref' in type) return [type.ref];
  if ('list' in type) return refNames(type.list);
  if ('map' in type) return refNames(type.map);
  if ('union' in type) return type.union.flatMap(refNames);
  return [];
}
