import { describeType } from '../../../parsing/tree';
import { SERVERLESS_TRANSFORM } from '../../template';
import { TemplateRule } from '../rule';
import { fix, quoted, valueTarget } from '../util';

/** Types that no specification lists but CloudFormation accepts: custom resources and modules. */
function isOpenType(type: string): boolean {
  return type.startsWith('Custom::') || type.endsWith('::MODULE') || !/^(AWS|Alexa)::/.test(type);
}

export const missingResourceType: TemplateRule = {
  id: 'cfn-missing-resource-type',
  name: 'Resource without a Type',
  summary: 'A resource has no `Type`, or its Type is not a string.',
  description:
    'Every resource needs a `Type` string (`AWS::S3::Bucket`); CloudFormation rejects a resource without one.',
  severity: 'error',
  cfnLint: ['E3001'],
  check({ template, report }) {
    for (const resource of template.resources) {
      if (!resource.node) continue;
      const type = resource.attributes.Type;
      if (!type) report(resource.property.keySpan, `The resource ${quoted(resource.name)} has no Type.`);
      else if (type.value && type.value.type !== 'string')
        report(type.value, `Type must be a string such as "AWS::S3::Bucket", not ${describeType(type.value)}.`);
    }
  },
};

export const unknownResourceType: TemplateRule = {
  id: 'cfn-unknown-resource-type',
  name: 'Unknown resource type',
  summary: 'An `AWS::` resource type that CloudFormation does not have, with the nearest real one.',
  description: [
    'The type is checked against the CloudFormation resource specification shipped with Policy Lens',
    '(`@aws-cdk/aws-service-spec`). CloudFormation rejects an unknown type when the stack is created ("Unrecognized',
    'resource types"). Custom resources (`Custom::…`), modules (`…::MODULE`) and third-party registry types are not',
    'in the specification and are left alone; SAM types (`AWS::Serverless::…`) are known, and need the transform',
    '(`cfn-serverless-without-transform`).',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3006'],
  check({ template, spec, report }) {
    for (const resource of template.resources) {
      const type = resource.type;
      if (!type || !resource.typeNode || isOpenType(type) || spec.resourceType(type)) continue;
      const suggestion = spec.suggestResourceType(type);
      const target = valueTarget(resource.typeNode, suggestion);
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      report(target.span, `Unknown resource type ${quoted(type)}.${hint}`, fix(target.replacement));
    }
  },
};

export const serverlessWithoutTransform: TemplateRule = {
  id: 'cfn-serverless-without-transform',
  name: 'SAM resource without the transform',
  summary: 'An `AWS::Serverless::…` resource in a template without `Transform: AWS::Serverless-2016-10-31`.',
  description: [
    'SAM resource types exist only through the SAM transform, which turns them into CloudFormation resources. Without',
    '`Transform: AWS::Serverless-2016-10-31` CloudFormation rejects the template ("Unrecognized resource types").',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3038'],
  check({ template, spec, report }) {
    if (template.transforms.includes(SERVERLESS_TRANSFORM)) return;
    for (const resource of template.resources) {
      const facts = resource.type ? spec.resourceType(resource.type) : undefined;
      if (resource.typeNode && facts?.transform) {
        report(
          resource.typeNode,
          `${resource.type} needs the transform ${facts.transform}: add "Transform: ${facts.transform}" to the template.`,
        );
      }
    }
  },
};
