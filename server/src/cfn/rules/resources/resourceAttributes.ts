import { describeType } from '../../../parsing/tree';
import { RESOURCE_ATTRIBUTES } from '../../template';
import { TemplateRule } from '../rule';
import { didYouMean, fix, keyTarget, quoted, valueTarget } from '../util';

const POLICIES: Record<string, readonly string[]> = {
  DeletionPolicy: ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'],
  UpdateReplacePolicy: ['Delete', 'Retain', 'Snapshot'],
};

export const unknownResourceAttribute: TemplateRule = {
  id: 'cfn-unknown-resource-attribute',
  name: 'Unknown resource attribute',
  summary:
    'A key of a resource besides Type, Properties, DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy, Metadata, CreationPolicy, UpdatePolicy.',
  description: [
    'A resource is a map of these attributes only; anything else, most often a property written beside `Properties`',
    'instead of inside it, is rejected ("Invalid template resource property"). SAM resources may also have',
    '`Connectors` and `IgnoreGlobals`, and custom resources the old `Version` attribute.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3001'],
  check({ template, text, report }) {
    const known: readonly string[] = RESOURCE_ATTRIBUTES;
    for (const resource of template.resources) {
      const sam = resource.type?.startsWith('AWS::Serverless::');
      const custom = resource.type?.startsWith('Custom::') || resource.type === 'AWS::CloudFormation::CustomResource';
      for (const property of resource.node?.properties ?? []) {
        if (known.includes(property.key)) continue;
        if (sam && (property.key === 'Connectors' || property.key === 'IgnoreGlobals')) continue;
        // Custom resources keep the old `Version` attribute, which CloudFormation still accepts.
        if (custom && property.key === 'Version') continue;
        const hint = didYouMean(property.key, RESOURCE_ATTRIBUTES);
        const target = keyTarget(text, property, hint.replacement);
        const message = `Unknown attribute ${quoted(property.key)} of the resource ${resource.name}.${hint.text}`;
        report(target.span, message, fix(target.replacement));
      }
    }
  },
};

export const invalidResourceAttributeValue: TemplateRule = {
  id: 'cfn-invalid-resource-attribute',
  name: 'Invalid resource attribute value',
  summary:
    'DeletionPolicy or UpdateReplacePolicy not one of their values; Properties, Metadata, CreationPolicy or UpdatePolicy not a map; Condition not a name.',
  description: [
    '`DeletionPolicy` is `Delete`, `Retain`, `RetainExceptOnCreate` or `Snapshot`; `UpdateReplacePolicy` is `Delete`,',
    '`Retain` or `Snapshot` (case matters); `Properties`, `Metadata`, `CreationPolicy` and `UpdatePolicy` are maps;',
    '`Condition` names a condition; `DependsOn` is a logical id or a list of them. CloudFormation rejects other values.',
    'The policies may also be given by `Fn::If` or a `Ref` to a parameter, which are not checked.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3035', 'E3036', 'E3001', 'E3055', 'E3016'],
  check({ template, report }) {
    for (const resource of template.resources) {
      for (const property of resource.node?.properties ?? []) {
        const value = property.value;
        if (!value) continue;
        const allowed = POLICIES[property.key];
        if (allowed) {
          if (value.type === 'object') continue; // an intrinsic
          if (value.type === 'string' && allowed.includes(value.value)) continue;
          const right =
            value.type === 'string' ? allowed.find((a) => a.toLowerCase() === value.value.toLowerCase()) : undefined;
          const shown = value.type === 'string' ? `"${value.value}"` : describeType(value);
          const message = `${property.key} must be ${allowed.map((a) => `"${a}"`).join(', ')}, not ${shown}.`;
          const target = value.type === 'string' ? valueTarget(value, right) : { span: value };
          report(target.span, message, fix(target.replacement));
        } else if (['Properties', 'Metadata', 'CreationPolicy', 'UpdatePolicy'].includes(property.key)) {
          if (value.type !== 'object')
            report(value, `${property.key} of ${resource.name} must be a map, not ${describeType(value)}.`);
        } else if (property.key === 'Condition') {
          if (value.type !== 'string')
            report(value, `Condition must be the name of a condition, not ${describeType(value)}.`);
        } else if (property.key === 'DependsOn') {
          const items = value.type === 'array' ? value.items : [value];
          for (const item of items) {
            if (item.type !== 'string')
              report(item, `DependsOn must be a logical id or a list of them, not ${describeType(item)}.`);
          }
        }
      }
    }
  },
};
