import { CompletionItemKind } from 'vscode-languageserver';
import { PropertySpec, TypeRef, refNames } from '../../cfn/spec/spec';
import { Env } from './env';
import { ValueShape } from './offers';
import { Segment } from './place';

const POLICY_HOLDERS: Record<string, string> = {
  trust: 'a role trust policy',
  key: 'a KMS key policy',
  bucket: 'an S3 bucket policy',
  identity: 'an identity policy',
  'identity-list': 'inline identity policies',
  'managed-arns': 'managed policy ARNs',
  resource: 'a resource-based policy',
};

/** How a type is said in a detail: `String`, `List of Policy`, `Map of String`. */
export function describeType(type: TypeRef): string {
  if (typeof type === 'string') {
    const names: Record<string, string> = {
      string: 'String',
      integer: 'Integer',
      number: 'Number',
      boolean: 'Boolean',
      json: 'Json',
      'date-time': 'Timestamp',
      tag: 'Tag',
      any: 'Any',
    };
    return names[type] ?? type;
  }
  if ('list' in type) return `List of ${describeType(type.list)}`;
  if ('map' in type) return `Map of ${describeType(type.map)}`;
  if ('ref' in type) return type.ref;
  if ('union' in type) return type.union.map(describeType).join(' | ');
  return typeof type.enum[0] === 'number' ? 'Integer (enumerated)' : 'String (enumerated)';
}

/** The shape of a value of the type, for what is written after its key. */
export function shapeOf(type: TypeRef): ValueShape {
  if (typeof type === 'string') {
    if (type === 'json' || type === 'tag') return 'object';
    return type === 'string' || type === 'date-time' ? 'string' : 'scalar';
  }
  if ('list' in type) {
    const item = type.list;
    return typeof item !== 'string' && 'ref' in item ? 'objectList' : item === 'tag' ? 'objectList' : 'list';
  }
  if ('map' in type || 'ref' in type) return 'object';
  if ('union' in type) return shapeOf(type.union[0]);
  return typeof type.enum[0] === 'number' ? 'scalar' : 'string';
}

/** True when the type has values to offer after its key is written. */
function hasValues(type: TypeRef): boolean {
  if (typeof type === 'string') return type === 'boolean';
  if ('enum' in type) return true;
  if ('union' in type) return type.union.some(hasValues);
  return false;
}

/** The property names of a path below Properties, without the list indexes. */
export function propertyNames(path: readonly Segment[]): string[] {
  return path.filter((s): s is string => typeof s === 'string');
}

/**
 * The properties that may be written at a path below a resource's Properties: the resource type's own, or those of
 * the nested type of the property at the path. Required ones first, deprecated ones last, those present left out.
 */
export function propertyKeys(env: Env, type: string, path: readonly Segment[]): void {
  const { spec, offers } = env;
  const resource = spec.resourceType(type);
  if (!resource) return;
  const names = propertyNames(path);
  let properties: Record<string, PropertySpec> | undefined;
  if (names.length === 0) {
    properties = resource.properties;
  } else {
    const property = spec.property(type, names);
    if (!property) return;
    const refs = refNames(property.type);
    if (refs.length === 0) {
      if (hasTag(property.type)) properties = TAG_PROPERTIES;
    } else {
      properties = {};
      for (const ref of refs) Object.assign(properties, spec.typeOf(type, ref)?.properties ?? {});
    }
  }
  if (!properties) return;
  const entries = Object.entries(properties).filter(([name]) => !env.place.present.has(name));
  const rank = ([, p]: [string, PropertySpec]) => (p.deprecated ? 2 : p.required ? 0 : 1);
  entries.sort((a, b) => rank(a) - rank(b) || a[0].localeCompare(b[0]));
  for (const [name, property] of entries) {
    const detail = `${property.required ? 'Required · ' : ''}${describeType(property.type)}`;
    const policy = property.policy ? `\n\nHolds ${POLICY_HOLDERS[property.policy]}.` : '';
    offers.key({
      label: name,
      kind: CompletionItemKind.Property,
      detail,
      documentation: (property.doc ?? '') + policy || undefined,
      shape:
        property.policy && property.policy !== 'managed-arns' && property.policy !== 'identity-list'
          ? 'object'
          : shapeOf(property.type),
      retrigger: hasValues(property.type),
      deprecated: property.deprecated,
    });
  }
}

const TAG_PROPERTIES: Record<string, PropertySpec> = {
  Key: { type: 'string', required: true, doc: 'The key of the tag.' },
  Value: { type: 'string', required: true, doc: 'The value of the tag.' },
};

function hasTag(type: TypeRef): boolean {
  if (typeof type === 'string') return type === 'tag';
  if ('list' in type) return hasTag(type.list);
  return false;
}

/** The values a property takes when it has few: its enumeration, or true and false. */
export function propertyValues(env: Env, type: string, path: readonly Segment[]): void {
  const names = propertyNames(path);
  if (names.length === 0) return;
  const property = env.spec.property(type, names);
  if (!property) return;
  const inList = typeof path[path.length - 1] === 'number';
  for (const value of valuesOf(property.type, inList)) {
    env.offers.value({
      label: String(value),
      kind: typeof value === 'boolean' ? CompletionItemKind.Value : CompletionItemKind.EnumMember,
      detail: names[names.length - 1],
      form: typeof value === 'string' ? 'string' : 'literal',
    });
  }
}

function valuesOf(type: TypeRef, inList: boolean): (string | number | boolean)[] {
  if (typeof type === 'string') return type === 'boolean' && !inList ? [true, false] : [];
  if ('enum' in type) return inList ? [] : [...type.enum];
  if ('list' in type) return inList ? valuesOf(type.list, false) : [];
  if ('union' in type) return type.union.flatMap((t) => valuesOf(t, inList));
  return [];
}
