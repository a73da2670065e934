import { describeType, PNode } from '../../../parsing/tree';
import { AWS_TYPES, PLAIN_TYPES, validParameterType } from '../../parameterTypes';
import { TemplateRule } from '../rule';
import { didYouMean, fix, keyTarget, quoted, valueTarget } from '../util';

const PARAMETER_KEYS = [
  'Type',
  'Default',
  'AllowedValues',
  'AllowedPattern',
  'ConstraintDescription',
  'Description',
  'MaxLength',
  'MaxValue',
  'MinLength',
  'MinValue',
  'NoEcho',
];

function scalarText(node: PNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.value;
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}

export const invalidParameter: TemplateRule = {
  id: 'cfn-invalid-parameter',
  name: 'Malformed parameter',
  summary: 'A parameter without a valid Type, with an unknown key, or whose Default is not among its AllowedValues.',
  description: [
    'A parameter needs a `Type`: `String`, `Number`, `List<Number>`, `CommaDelimitedList`, an AWS-specific type',
    '(`AWS::EC2::VPC::Id`, `List<AWS::EC2::Subnet::Id>`, …) or an SSM parameter type',
    '(`AWS::SSM::Parameter::Value<String>`). Its other keys are Default, AllowedValues, AllowedPattern,',
    'ConstraintDescription, Description, MaxLength, MaxValue, MinLength, MinValue and NoEcho. A Default outside',
    'AllowedValues makes every deployment that keeps the default fail. CloudFormation rejects each of these.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E2001', 'E2002', 'E2015'],
  check({ template, text, report }) {
    for (const parameter of template.parameters) {
      const node = parameter.node;
      if (!node) continue;
      for (const property of node.properties) {
        if (PARAMETER_KEYS.includes(property.key)) continue;
        const hint = didYouMean(property.key, PARAMETER_KEYS);
        const target = keyTarget(text, property, hint.replacement);
        const message = `Unknown key ${quoted(property.key)} in the parameter ${parameter.name}.${hint.text}`;
        report(target.span, message, fix(target.replacement));
      }
      const type = node.properties.find((p) => p.key === 'Type');
      if (!type) report(parameter.property.keySpan, `The parameter ${parameter.name} has no Type.`);
      else if (type.value?.type !== 'string') {
        if (type.value) report(type.value, `Type must be a string, not ${describeType(type.value)}.`);
      } else if (!validParameterType(type.value.value)) {
        const hint = didYouMean(type.value.value, [...PLAIN_TYPES, ...AWS_TYPES]);
        const target = valueTarget(type.value, hint.replacement);
        report(
          target.span,
          `${quoted(type.value.value)} is not a parameter type.${hint.text}`,
          fix(target.replacement),
        );
      }
      const allowed = node.properties.find((p) => p.key === 'AllowedValues')?.value;
      const fallback = scalarText(parameter.default);
      if (allowed?.type === 'array' && fallback !== undefined && parameter.default) {
        const values = allowed.items.map(scalarText);
        const list =
          parameter.type === 'CommaDelimitedList' || parameter.type?.startsWith('List<')
            ? fallback.split(',').map((v) => v.trim())
            : [fallback];
        const outside = list.find((v) => !values.includes(v));
        if (outside !== undefined)
          report(parameter.default, `The Default ${quoted(outside)} is not one of the AllowedValues.`);
      }
    }
  },
};
