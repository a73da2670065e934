import { CfnSpec, PropertySpec, refNames, ResourceTypeSpec, TypeRef } from '../../cfn/spec/spec';
import { resourceTypeUrl } from './links';
import { bold, bullets, code, link, listSome, paragraphs, sentence } from './markdown';

/** How many allowed values or attributes a hover names before counting the rest. */
const SHOWN_VALUES = 10;

const SCALARS: Record<string, string> = {
  string: 'String',
  integer: 'Integer',
  number: 'Number',
  boolean: 'Boolean',
  json: 'JSON',
  'date-time': 'Timestamp',
  tag: 'Tag',
  any: 'Any',
};

/** A type as the User Guide writes it: `List of Tag`, `String (one of: Enabled, Suspended)`, `Map of String`. */
export function readableType(type: TypeRef): string {
  if (typeof type === 'string') return SCALARS[type] ?? type;
  if ('list' in type) return `List of ${readableType(type.list)}`;
  if ('map' in type) return `Map of ${readableType(type.map)}`;
  if ('ref' in type) return type.ref;
  if ('union' in type) return type.union.map(readableType).join(' or ');
  const values = type.enum.map(String);
  const base = typeof type.enum[0] === 'number' ? 'Integer' : 'String';
  const more = values.length > SHOWN_VALUES ? `, and ${values.length - SHOWN_VALUES} more` : '';
  return `${base} (one of: ${values.slice(0, SHOWN_VALUES).join(', ')}${more})`;
}

/** The hover of a resource type name: the specification's summary, what Ref and GetAtt give, and its page. */
export function resourceTypeMarkdown(type: string, spec: CfnSpec): string | undefined {
  if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') {
    return paragraphs(
      `${bold(type)} — custom resource`,
      'Made by the Lambda function or SNS topic that its `ServiceToken` names, with the properties the provider reads.',
    );
  }
  const found = spec.resourceType(type);
  if (!found) return undefined;
  const url = resourceTypeUrl(type);
  return paragraphs(
    bold(type),
    summaryOf(found),
    bullets(refLine(found), attributesLine(found)),
    url && link(`${type} in the ${found.transform ? 'SAM Developer Guide' : 'CloudFormation Template Reference'}`, url),
  );
}

/** The documentation of a type, or for SAM's (whose documentation is a link) what they need. */
function summaryOf(type: ResourceTypeSpec): string | undefined {
  if (type.doc && !/^https?:\/\//.test(type.doc)) return type.doc;
  if (type.transform) return `A SAM resource: the template needs \`Transform: ${type.transform}\`.`;
  return undefined;
}

/** What `Ref` returns for a type, or undefined when the specification does not say. */
export function refLine(type: ResourceTypeSpec): string | undefined {
  const ref = type.ref ?? [];
  if (ref.length === 0) return undefined;
  if (ref.length === 1) return `\`Ref\` returns its ${code(ref[0])}`;
  return `\`Ref\` returns its identifier, made of ${listSome(ref.map(code), SHOWN_VALUES)}`;
}

function attributesLine(type: ResourceTypeSpec): string | undefined {
  const names = Object.keys(type.attributes);
  if (names.length === 0) return undefined;
  return `\`Fn::GetAtt\`: ${listSome(names.map(code), SHOWN_VALUES)}`;
}

/**
 * The hover of a property key below a resource's Properties: its type, whether it is required, its documentation.
 * `path` holds the keys from Properties down to the property.
 */
export function propertyMarkdown(resourceType: string, path: readonly string[], spec: CfnSpec): string | undefined {
  const name = path[path.length - 1];
  const property = spec.property(resourceType, path) ?? tagField(resourceType, path, spec);
  if (!property) return undefined;
  const owner =
    path.length > 1 ? (ownerType(resourceType, path, spec) ?? tagOwner(resourceType, path, spec)) : undefined;
  return paragraphs(
    `${bold(name)} — property of ${code(resourceType)}${owner ? ` › ${code(owner)}` : ''}`,
    property.doc && sentence(property.doc),
    bullets(`Type: ${readableType(property.type)}`, requiredLine(property), property.deprecated && 'Deprecated'),
  );
}

/** The `Key` and `Value` of a tag, which the specification gives as a scalar type of its own. */
function tagField(resourceType: string, path: readonly string[], spec: CfnSpec): PropertySpec | undefined {
  const name = path[path.length - 1];
  if (path.length < 2 || (name !== 'Key' && name !== 'Value')) return undefined;
  const parent = spec.property(resourceType, path.slice(0, -1))?.type;
  const isTag = parent === 'tag' || (typeof parent === 'object' && 'list' in parent && parent.list === 'tag');
  if (!isTag) return undefined;
  return { type: 'string', required: true, doc: name === 'Key' ? 'The key of the tag.' : 'The value of the tag.' };
}

function requiredLine(property: PropertySpec): string {
  return property.required ? 'Required' : 'Optional';
}

function tagOwner(resourceType: string, path: readonly string[], spec: CfnSpec): string | undefined {
  return tagField(resourceType, path, spec) ? 'Tag' : undefined;
}

/** The name of the nested type that holds the last property of a path. */
function ownerType(resourceType: string, path: readonly string[], spec: CfnSpec): string | undefined {
  const parent = spec.property(resourceType, path.slice(0, -1));
  if (!parent) return undefined;
  const name = path[path.length - 1];
  return refNames(parent.type).find((t) => {
    const nested = spec.typeOf(resourceType, t);
    return nested !== undefined && Object.hasOwn(nested.properties, name);
  });
}
