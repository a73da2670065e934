import { PNode, PObject, PProperty, PString } from '../parsing/tree';

/** The top-level sections of a template, in the order the User Guide gives them. */
export const TEMPLATE_SECTIONS = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
] as const;

/** The attributes a resource may have besides Type and Properties. */
export const RESOURCE_ATTRIBUTES = [
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
] as const;

/** A named entry of a section (a parameter, a resource, a condition, …): its property and its value. */
export interface Entry {
  name: string;
  property: PProperty;
  /** The value when it is an object, as every entry must be (conditions excepted). */
  node?: PObject;
}

export interface Parameter extends Entry {
  /** The Type string (`String`, `AWS::EC2::VPC::Id`, `List<Number>`, …). */
  type?: string;
  default?: PNode;
}

export interface Resource extends Entry {
  /** The Type string: `AWS::S3::Bucket`. */
  type?: string;
  typeNode?: PString;
  /** The Properties property, and its object value. */
  propertiesProperty?: PProperty;
  properties?: PObject;
  /** The first of each attribute key of the resource. */
  attributes: Partial<Record<string, PProperty>>;
}

/** A CloudFormation template: its sections, with their entries in document order and looked up by name. */
export interface Template {
  root: PObject;
  /** The first property of each section key. */
  sections: Partial<Record<string, PProperty>>;
  /** The transforms declared (`AWS::Serverless-2016-10-31`, `AWS::LanguageExtensions`, macros). */
  transforms: string[];
  /** The transforms as one string: the key of what is kept per node and depends on them. */
  transformsKey: string;
  parameters: Parameter[];
  mappings: Entry[];
  conditions: Entry[];
  resources: Resource[];
  outputs: Entry[];
  /** Entries by name: the first of each. */
  parameter(name: string): Parameter | undefined;
  resource(name: string): Resource | undefined;
  condition(name: string): Entry | undefined;
  mapping(name: string): Entry | undefined;
  /**
   * True when names may be made by a transform that the template does not spell out: SAM makes resources
   * (`MyFunctionRole`), `Fn::ForEach` makes logical ids from its collection, a macro makes anything.
   */
  hasGeneratedNames: boolean;
}

/** The SAM transform. */
export const SERVERLESS_TRANSFORM = 'AWS::Serverless-2016-10-31';
/** The language extensions transform (`Fn::ForEach`, `Fn::Length`, `Fn::ToJsonString`). */
export const LANGUAGE_EXTENSIONS = 'AWS::LanguageExtensions';

/**
 * True when an object looks like a template: `AWSTemplateFormatVersion`, or a `Resources` map with at least one
 * entry whose `Type` is `AWS::…`, `Custom::…` or `Alexa::…`. A policy never has either.
 */
export function looksLikeTemplate(root: PNode | undefined): root is PObject {
  if (!root || root.type !== 'object') return false;
  for (const property of root.properties) {
    if (property.key === 'AWSTemplateFormatVersion') return true;
    if (property.key !== 'Resources' || property.value?.type !== 'object') continue;
    for (const entry of property.value.properties) {
      const type = entry.value?.type === 'object' ? entry.value.properties.find((p) => p.key === 'Type') : undefined;
      if (type?.value?.type === 'string' && /^(AWS|Custom|Alexa)::/.test(type.value.value)) return true;
    }
  }
  return false;
}

/** Builds the template view of a root object that {@link looksLikeTemplate}. */
export function buildTemplate(root: PObject): Template {
  const sections: Template['sections'] = {};
  for (const property of root.properties) if (!sections[property.key]) sections[property.key] = property;
  const entries = (section: string): Entry[] => {
    const value = sections[section]?.value;
    if (value?.type !== 'object') return [];
    return value.properties.map((property) => ({
      name: property.key,
      property,
      node: property.value?.type === 'object' ? property.value : undefined,
    }));
  };
  const parameters: Parameter[] = entries('Parameters').map((entry) => {
    const type = first(entry.node, 'Type')?.value;
    return {
      ...entry,
      type: type?.type === 'string' ? type.value : undefined,
      default: first(entry.node, 'Default')?.value,
    };
  });
  const resources: Resource[] = entries('Resources')
    .filter((entry) => !entry.name.startsWith('Fn::ForEach::'))
    .map(resourceOf);
  const transforms = transformsOf(sections.Transform?.value);
  const template: Template = {
    root,
    sections,
    transforms,
    transformsKey: transforms.join('\u0000'),
    parameters,
    mappings: entries('Mappings'),
    conditions: entries('Conditions'),
    resources,
    outputs: entries('Outputs'),
    parameter: lookup(parameters),
    resource: lookup(resources),
    condition: lookup(entries('Conditions')),
    mapping: lookup(entries('Mappings')),
    hasGeneratedNames:
      transforms.some((t) => t !== LANGUAGE_EXTENSIONS) ||
      hasForEach(sections.Resources?.value) ||
      hasForEach(sections.Outputs?.value) ||
      hasForEach(sections.Conditions?.value),
  };
  return template;
}

/**
 * Resources by their property in the Resources map, kept while the property has the same key and value node (the
 * resource is made from these alone): an edit elsewhere leaves both as they were, shifted in place.
 */
const resources = new WeakMap<PProperty, Resource>();

function resourceOf(entry: Entry): Resource {
  const kept = resources.get(entry.property);
  if (kept && kept.name === entry.name && kept.node === entry.node) return kept;
  const made = toResource(entry);
  resources.set(entry.property, made);
  return made;
}

function toResource(entry: Entry): Resource {
  const attributes: Resource['attributes'] = {};
  for (const property of entry.node?.properties ?? []) {
    if (!attributes[property.key]) attributes[property.key] = property;
  }
  const type = attributes.Type?.value;
  const propertiesProperty = attributes.Properties;
  return {
    ...entry,
    type: type?.type === 'string' ? type.value : undefined,
    typeNode: type?.type === 'string' ? type : undefined,
    propertiesProperty,
    properties: propertiesProperty?.value?.type === 'object' ? propertiesProperty.value : undefined,
    attributes,
  };
}

function first(node: PObject | undefined, key: string): PProperty | undefined {
  return node?.properties.find((p) => p.key === key);
}

function lookup<T extends Entry>(entries: T[]): (name: string) => T | undefined {
  const byName = new Map<string, T>();
  for (const entry of entries) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return (name) => byName.get(name);
}

/** `Transform: AWS::Serverless-2016-10-31`, a list of names, or `{Name: …}` objects of macros. */
function transformsOf(value: PNode | undefined): string[] {
  if (!value) return [];
  const items = value.type === 'array' ? value.items : [value];
  return items.flatMap((item) => {
    if (item.type === 'string') return [item.value];
    if (item.type === 'object') {
      const name = first(item, 'Name')?.value;
      return [name?.type === 'string' ? name.value : '<macro>'];
    }
    return [];
  });
}

function hasForEach(value: PNode | undefined): boolean {
  return value?.type === 'object' && value.properties.some((p) => p.key.startsWith('Fn::ForEach::'));
}
