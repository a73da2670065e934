import { pseudoParameter, PSEUDO_PARAMETERS } from '../../intrinsics';
import { Reference } from '../../references';
import { Entry, Resource, Template } from '../../template';
import { CfnSpec } from '../../spec/spec';
import { TemplateContext, TemplateRule } from '../rule';
import { didYouMean, quoted } from '../util';

/** Names a Ref or `${…}` may use: parameters, resources and pseudo parameters. */
function refNames(template: Template): string[] {
  return [
    ...template.parameters.map((p) => p.name),
    ...template.resources.map((r) => r.name),
    ...PSEUDO_PARAMETERS.map((p) => p.name),
  ];
}

export const invalidRef: TemplateRule = {
  id: 'cfn-invalid-ref',
  name: 'Ref to nothing',
  summary: 'A `Ref` or `${…}` naming no parameter, resource or pseudo parameter of the template.',
  description: [
    '`Ref` and the variables of `Fn::Sub` name a parameter, a resource (its logical id) or a pseudo parameter',
    '(`AWS::Region`, …); CloudFormation rejects any other name ("Template format error: Unresolved resource',
    'dependencies"). A `Fn::Sub` variable may also be one of its own map. A `${…}` with a dot is an attribute',
    '(`cfn-invalid-getatt`). Names that a transform makes (SAM, `Fn::ForEach`) cannot be known and are not reported',
    'in templates that use one.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1020', 'E1019', 'E3005'],
  check({ template, references, report }) {
    if (template.hasGeneratedNames) return;
    const names = refNames(template);
    for (const ref of references) {
      if (ref.kind !== 'Ref' && !(ref.kind === 'Sub' && ref.attribute === undefined)) continue;
      if (template.parameter(ref.target) || template.resource(ref.target) || pseudoParameter(ref.target)) continue;
      const what = ref.kind === 'Ref' ? 'Ref' : `The variable \${${ref.target}}`;
      const condition = template.condition(ref.target) ? ' It is a condition: use it with Fn::If or Condition.' : '';
      const hint = condition ? { text: '' } : didYouMean(ref.target, names);
      report(
        ref.span,
        `${what} names ${quoted(ref.target)}, which is no parameter, resource or pseudo parameter.${condition}${hint.text}`,
        {
          data: hint.replacement ? { replacement: hint.replacement } : undefined,
        },
      );
    }
  },
};

/** Sorted once per resource type: a template asks for the same types' attributes thousands of times. */
const sortedAttributes = new WeakMap<object, string[]>();

/** The attributes a resource has for GetAtt, or undefined when any may be (custom resources, nested stacks, SAM). */
function attributesOf(resource: Resource, spec: CfnSpec): string[] | undefined {
  const type = resource.type;
  if (!type || type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') return undefined;
  if (type.startsWith('AWS::Serverless::') || !/^(AWS|Alexa)::/.test(type) || type.endsWith('::MODULE'))
    return undefined;
  const facts = spec.resourceType(type);
  if (!facts) return undefined;
  let names = sortedAttributes.get(facts);
  if (!names) {
    // Plain names first, then the nested ones, each in alphabetical order, as messages list them.
    const depth = (name: string) => name.split('.').length;
    names = Object.keys(facts.attributes).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
    sortedAttributes.set(facts, names);
  }
  return names;
}

function attributeValid(attribute: string, resource: Resource, known: string[]): boolean {
  if (known.includes(attribute)) return true;
  // A nested stack's outputs: Outputs.Name.
  if (resource.type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) return true;
  // Attributes of a map type have free keys below a known prefix.
  return known.some((k) => attribute.startsWith(k + '.'));
}

export const invalidGetAtt: TemplateRule = {
  id: 'cfn-invalid-getatt',
  name: 'GetAtt of nothing',
  summary:
    'A `Fn::GetAtt` or `${X.Attr}` on a name that is no resource, or an attribute the resource type does not have.',
  description: [
    '`Fn::GetAtt` reads an attribute of a resource of the template, and the attributes are those of its type in the',
    'CloudFormation specification (`Arn` of an `AWS::IAM::Role`, `Arn` and `DomainName` of an `AWS::S3::Bucket`).',
    'CloudFormation rejects the template otherwise ("Template error: resource … does not support attribute type").',
    'Custom resources, nested stacks (`Outputs.Name`) and SAM resources may have any attribute.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1010', 'E1019'],
  check({ template, references, spec, report }) {
    const resources = template.resources.map((r) => r.name);
    for (const ref of references) {
      if (ref.kind !== 'GetAtt' && !(ref.kind === 'Sub' && ref.attribute !== undefined)) continue;
      const resource = template.resource(ref.target);
      if (!resource) {
        if (template.hasGeneratedNames) continue;
        const parameter = template.parameter(ref.target) ? ' It is a parameter: use Ref.' : '';
        const hint = parameter ? { text: '' } : didYouMean(ref.target, resources);
        report(
          ref.span,
          `${ref.kind === 'Sub' ? `\${${ref.target}.${ref.attribute}}` : 'GetAtt'} names ${quoted(ref.target)}, which is not a resource of this template.${parameter}${hint.text}`,
        );
        continue;
      }
      if (ref.attribute === undefined) continue;
      const known = attributesOf(resource, spec);
      if (!known || attributeValid(ref.attribute, resource, known)) continue;
      const hint = didYouMean(ref.attribute, known);
      const plain = known.filter((k) => !k.includes('.'));
      const nested = known.length - plain.length;
      const more = nested > 0 ? ` and ${nested} nested ${nested === 1 ? 'one' : 'ones'}` : '';
      const names = `${plain.slice(0, 10).join(', ')}${plain.length > 10 ? ', …' : ''}${more}`;
      const list = known.length === 0 ? 'it has none' : `it has ${names}`;
      report(
        ref.attributeSpan ?? ref.span,
        `${resource.type} has no attribute ${quoted(ref.attribute)} (${list}).${hint.text}`,
        {
          data: hint.replacement ? { replacement: hint.replacement } : undefined,
        },
      );
    }
  },
};

export const undefinedCondition: TemplateRule = {
  id: 'cfn-undefined-condition',
  name: 'Condition not defined',
  summary:
    'A Condition attribute, `Fn::If` or `Condition` function naming a condition that the Conditions section does not define.',
  description: [
    'Conditions are named in the Conditions section and used by name: a resource or output `Condition`, the first',
    'item of `Fn::If`, the `Condition` function inside other conditions. CloudFormation rejects an unknown name',
    '("Template format error: Unresolved condition dependency").',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E8002', 'E1028', 'E3015'],
  check({ template, references, report }) {
    const names = template.conditions.map((c) => c.name);
    for (const ref of references) {
      if (ref.kind !== 'Condition' || template.condition(ref.target)) continue;
      if (template.hasGeneratedNames && ref.target.includes('${')) continue;
      const hint = didYouMean(ref.target, names);
      report(ref.span, `The condition ${quoted(ref.target)} is not defined in Conditions.${hint.text}`, {
        data: hint.replacement ? { replacement: hint.replacement } : undefined,
      });
    }
  },
};

export const undefinedMapping: TemplateRule = {
  id: 'cfn-undefined-mapping',
  name: 'FindInMap of nothing',
  summary: 'A `Fn::FindInMap` naming a map, or literal keys, that the Mappings section does not have.',
  description: [
    '`Fn::FindInMap: [Map, TopKey, SecondKey]` reads the Mappings section; where the names are written out, they',
    'must exist, or the stack fails ("Template error: Unable to get mapping for …"). Keys given by `Ref` (a region,',
    'a parameter) are not checked.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1011'],
  check({ template, references, report }) {
    for (const ref of references) {
      if (ref.kind !== 'FindInMap' || ref.target === '') continue;
      const mapping = template.mapping(ref.target);
      if (!mapping) {
        const hint = didYouMean(
          ref.target,
          template.mappings.map((m) => m.name),
        );
        report(ref.span, `The mapping ${quoted(ref.target)} is not defined in Mappings.${hint.text}`);
        continue;
      }
      const args = ref.call?.argument?.type === 'array' ? ref.call.argument.items : [];
      let level = mapping.node;
      for (const key of args.slice(1, 3)) {
        if (key.type !== 'string' || !level) break;
        const entry = level.properties.find((p) => p.key === key.value);
        if (!entry) {
          // With the language extensions a DefaultValue may stand in for a missing key.
          if (args.length === 4) break;
          report(key, `The mapping ${ref.target} has no key ${quoted(key.value)}.`);
          break;
        }
        level = entry.value?.type === 'object' ? entry.value : undefined;
      }
    }
  },
};

function used(references: readonly Reference[], kinds: Reference['kind'][]): Set<string> {
  return new Set(references.filter((r) => kinds.includes(r.kind)).map((r) => r.target));
}

/** A rule that reports the names of a section that no reference of the given kinds uses. */
function unusedRule(
  meta: Pick<TemplateRule, 'id' | 'name' | 'summary' | 'description' | 'cfnLint'>,
  kinds: Reference['kind'][],
  entries: (template: TemplateContext['template']) => readonly Entry[],
  what: string,
  skip: (context: TemplateContext) => boolean,
): TemplateRule {
  return {
    ...meta,
    severity: 'warning',
    check(context) {
      if (skip(context)) return;
      const names = used(context.references, kinds);
      for (const entry of entries(context.template)) {
        if (!names.has(entry.name)) context.report(entry.property.keySpan, `The ${what} ${entry.name} is never used.`);
      }
    },
  };
}

export const unusedParameter = unusedRule(
  {
    id: 'cfn-unused-parameter',
    name: 'Parameter never used',
    summary: 'A parameter that no `Ref` or `${…}` of the template uses.',
    description: [
      'A parameter nobody reads asks the person deploying for a value that changes nothing, and usually means a',
      'reference was forgotten or misspelt. A warning; CloudFormation accepts it.',
    ].join(' '),
    cfnLint: ['W2001'],
  },
  ['Ref', 'Sub'],
  (t) => t.parameters,
  'parameter',
  ({ template }) => template.transforms.length > 0 && template.hasGeneratedNames,
);

export const unusedCondition = unusedRule(
  {
    id: 'cfn-unused-condition',
    name: 'Condition never used',
    summary: 'A condition that no resource, output, `Fn::If` or other condition uses.',
    description: 'A condition nobody uses has no effect; usually a Condition attribute was forgotten. A warning.',
    cfnLint: ['W8001'],
  },
  ['Condition'],
  (t) => t.conditions,
  'condition',
  ({ template }) => template.hasGeneratedNames,
);

export const unusedMapping = unusedRule(
  {
    id: 'cfn-unused-mapping',
    name: 'Mapping never used',
    summary: 'A mapping that no `Fn::FindInMap` reads.',
    description: 'A mapping nobody reads has no effect. A warning.',
    cfnLint: ['W7001'],
  },
  ['FindInMap'],
  (t) => t.mappings,
  'mapping',
  // A map name given by Ref cannot be told: then every mapping may be used.
  ({ template, references }) =>
    template.hasGeneratedNames || references.some((r) => r.kind === 'FindInMap' && r.target === ''),
);
