import { PARAMETER_TYPES } from '../../cfn/parameterTypes';
import { CompletionItemKind } from 'vscode-languageserver';
import { LANGUAGE_EXTENSIONS, SERVERLESS_TRANSFORM } from '../../cfn/template';
import { Env, startingFirst } from './env';
import { Offer, ValueShape } from './offers';

const SECTIONS: [string, string, ValueShape | 'version' | 'transform'][] = [
  ['AWSTemplateFormatVersion', 'The template format version: `2010-09-09`, the only one.', 'version'],
  ['Description', 'What the template is for.', 'string'],
  ['Metadata', 'Objects that describe the template.', 'object'],
  ['Parameters', 'Values given when the stack is created or updated.', 'object'],
  ['Rules', 'Checks of the parameter values.', 'object'],
  ['Mappings', 'Lookup tables for `Fn::FindInMap`.', 'object'],
  ['Conditions', 'Conditions that decide whether resources and outputs are created.', 'object'],
  ['Transform', 'Macros to process the template with, such as `AWS::Serverless-2016-10-31`.', 'transform'],
  ['Resources', 'The resources of the stack.', 'object'],
  ['Outputs', 'Values the stack returns, to show or to export.', 'object'],
];

/** The top-level sections of a template, but those already there. */
export function sectionKeys(env: Env): void {
  for (const [name, doc, shape] of SECTIONS) {
    if (env.place.present.has(name)) continue;
    const offer: Offer = {
      label: name,
      kind: CompletionItemKind.Module,
      detail: 'Template section',
      documentation: doc,
    };
    if (shape === 'version') env.offers.key({ ...offer, value: ['2010-09-09'] });
    else if (shape === 'transform') env.offers.key({ ...offer, shape: 'string', retrigger: true });
    else env.offers.key({ ...offer, shape });
  }
}

export function formatVersionValues(env: Env): void {
  env.offers.value({ label: '2010-09-09', kind: CompletionItemKind.Value, detail: 'Template format version' });
}

export function transformValues(env: Env): void {
  env.offers.value({
    label: SERVERLESS_TRANSFORM,
    kind: CompletionItemKind.Module,
    detail: 'AWS SAM',
    documentation: 'The AWS Serverless Application Model: `AWS::Serverless::*` resource types.',
  });
  env.offers.value({
    label: LANGUAGE_EXTENSIONS,
    kind: CompletionItemKind.Module,
    detail: 'Language extensions',
    documentation: '`Fn::ForEach`, `Fn::Length`, `Fn::ToJsonString`, and intrinsics in more places.',
  });
}

const ATTRIBUTES: [string, string, ValueShape, boolean][] = [
  ['Type', 'The resource type, such as `AWS::S3::Bucket`.', 'string', true],
  ['Properties', 'The properties of the resource, as its type defines them.', 'object', false],
  ['DependsOn', 'Resources to create before this one.', 'string', true],
  ['Condition', 'The condition that decides whether the resource is created.', 'string', true],
  ['DeletionPolicy', 'What happens to the resource when it is removed from the stack.', 'string', true],
  ['UpdateReplacePolicy', 'What happens to the old resource when an update replaces it.', 'string', true],
  ['Metadata', 'Data attached to the resource.', 'object', false],
  ['CreationPolicy', 'Wait for signals before the resource counts as created.', 'object', false],
  ['UpdatePolicy', 'How updates of Auto Scaling groups, Lambda aliases and others are made.', 'object', false],
];

/** The attributes of a resource: Type and Properties first, but those already there. */
export function resourceAttributeKeys(env: Env): void {
  for (const [name, doc, shape, retrigger] of ATTRIBUTES) {
    if (env.place.present.has(name)) continue;
    env.offers.key({
      label: name,
      kind: CompletionItemKind.Property,
      detail: 'Resource attribute',
      documentation: doc,
      shape,
      retrigger,
    });
  }
}

const POLICIES: Record<string, [string, string][]> = {
  DeletionPolicy: [
    ['Delete', 'The resource is deleted (the default for most types).'],
    ['Retain', 'The resource is kept, outside the stack.'],
    ['RetainExceptOnCreate', 'Kept, unless the stack failed to create it.'],
    ['Snapshot', 'A snapshot is taken, then the resource is deleted (databases, volumes, caches).'],
  ],
  UpdateReplacePolicy: [
    ['Delete', 'The old resource is deleted.'],
    ['Retain', 'The old resource is kept, outside the stack.'],
    ['Snapshot', 'A snapshot of the old resource is taken, then it is deleted.'],
  ],
};

export function deletionPolicyValues(env: Env, attribute: 'DeletionPolicy' | 'UpdateReplacePolicy'): void {
  for (const [value, doc] of POLICIES[attribute]) {
    env.offers.value({ label: value, kind: CompletionItemKind.EnumMember, detail: attribute, documentation: doc });
  }
}

/** Resource names, for DependsOn: every resource but the one the cursor is in and those listed already. */
export function dependsOnValues(env: Env, current: string | undefined): void {
  const listed = new Set(env.place.previousItems.map(unquote));
  for (const resource of startingFirst(env, env.template?.resources ?? [], (r) => r.name)) {
    if (!env.offers.more()) return;
    if (resource.name === current || listed.has(resource.name)) continue;
    env.offers.value({ label: resource.name, kind: CompletionItemKind.Reference, detail: resource.type });
  }
}

/** Condition names of the template's Conditions section. */
export function conditionNameValues(env: Env): void {
  for (const condition of startingFirst(env, env.template?.conditions ?? [], (c) => c.name)) {
    if (!env.offers.more()) return;
    env.offers.value({ label: condition.name, kind: CompletionItemKind.EnumMember, detail: 'Condition' });
  }
}

export function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1) : t;
}

const PARAMETER_KEYS: [string, string, ValueShape, boolean][] = [
  [
    'Type',
    'The parameter type: `String`, `Number`, `CommaDelimitedList`, an AWS-specific type, or an SSM one.',
    'string',
    true,
  ],
  ['Description', 'What the parameter is for.', 'string', false],
  ['Default', 'The value when none is given.', 'string', false],
  ['AllowedValues', 'The values the parameter may take.', 'list', false],
  ['AllowedPattern', 'A regular expression the value must match.', 'string', false],
  ['ConstraintDescription', 'What is shown when the value breaks a constraint.', 'string', false],
  ['MinLength', 'The shortest a String value may be.', 'scalar', false],
  ['MaxLength', 'The longest a String value may be.', 'scalar', false],
  ['MinValue', 'The smallest a Number value may be.', 'scalar', false],
  ['MaxValue', 'The largest a Number value may be.', 'scalar', false],
  ['NoEcho', 'Mask the value wherever it is shown.', 'scalar', false],
];

export function parameterKeys(env: Env): void {
  for (const [name, doc, shape, retrigger] of PARAMETER_KEYS) {
    if (env.place.present.has(name)) continue;
    env.offers.key({
      label: name,
      kind: CompletionItemKind.Property,
      detail: 'Parameter',
      documentation: doc,
      shape,
      retrigger,
    });
  }
}

export function parameterTypeValues(env: Env): void {
  for (const type of startingFirst(env, PARAMETER_TYPES, (t) => t)) {
    env.offers.value({ label: type, kind: CompletionItemKind.TypeParameter, detail: 'Parameter type' });
  }
}

const OUTPUT_KEYS: [string, string, ValueShape, boolean][] = [
  ['Description', 'What the output is.', 'string', false],
  ['Value', 'The value returned: often `!Ref`, `!GetAtt` or `!Sub`.', 'scalar', true],
  ['Export', 'Export the value for other stacks to import, under a Name.', 'object', false],
  ['Condition', 'The condition that decides whether the output exists.', 'string', true],
];

export function outputKeys(env: Env): void {
  for (const [name, doc, shape, retrigger] of OUTPUT_KEYS) {
    if (env.place.present.has(name)) continue;
    env.offers.key({
      label: name,
      kind: CompletionItemKind.Property,
      detail: 'Output',
      documentation: doc,
      shape,
      retrigger,
    });
  }
}

export function exportKeys(env: Env): void {
  if (env.place.present.has('Name')) return;
  env.offers.key({
    label: 'Name',
    kind: CompletionItemKind.Property,
    detail: 'Export name',
    documentation: 'The name other stacks import the value by, unique in the Region.',
    shape: 'scalar',
    retrigger: true,
  });
}

/**
 * Resource types matching what is typed, with their documentation. When too many match (nothing typed yet), the
 * namespaces instead (`AWS::S3::`), each opening the list again.
 */
export function resourceTypeValues(env: Env, limit: number): void {
  const { spec, offers } = env;
  const typed = env.typed;
  const names = spec.resourceTypeNames();
  const starting = names.filter((n) => n.toLowerCase().startsWith(typed));
  const containing =
    typed.includes('::') || !typed
      ? []
      : names.filter((n) => !n.toLowerCase().startsWith(typed) && n.toLowerCase().includes(typed));
  const found = [...starting, ...containing];
  if (found.length > limit) {
    const namespaces = new Map<string, number>();
    for (const name of starting) {
      const parts = name.split('::');
      const namespace = `${parts[0]}::${parts[1]}::`;
      namespaces.set(namespace, (namespaces.get(namespace) ?? 0) + 1);
    }
    if (namespaces.size > 1) {
      for (const [namespace, count] of namespaces) {
        offers.value({
          label: namespace,
          kind: CompletionItemKind.Module,
          detail: `${count} resource type${count === 1 ? '' : 's'}`,
          form: 'partial',
          retrigger: true,
        });
      }
      offers.cut();
      return;
    }
  }
  for (const name of found.slice(0, limit)) {
    const type = spec.resourceType(name)!;
    offers.value({
      label: name,
      kind: CompletionItemKind.Class,
      detail: type.transform ? `Needs Transform ${type.transform}` : 'Resource type',
      documentation: type.doc,
    });
  }
  if (found.length > limit) offers.cut();
}
