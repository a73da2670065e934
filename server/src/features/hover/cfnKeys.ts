import { bold, paragraphs } from './markdown';

/** What each top-level section of a template holds. */
const SECTIONS: Readonly<Record<string, string>> = {
  AWSTemplateFormatVersion: 'The version of the template format; the only one is `2010-09-09`.',
  Description: 'A text about the template, up to 1,024 bytes.',
  Metadata: "Details about the template, read by tools: cfn-init's configuration, the console's parameter groups.",
  Parameters: 'Values given when the stack is created or updated, read with `Ref`.',
  Rules: 'Checks of the parameter values, made before the stack is created or updated.',
  Mappings: 'Tables of values, read with `Fn::FindInMap`.',
  Conditions: 'Named conditions: whether resources and outputs are made, and which value `Fn::If` picks.',
  Transform:
    'Macros that process the template first: `AWS::Serverless-2016-10-31` (SAM), `AWS::LanguageExtensions`, `AWS::Include`.',
  Resources: 'The resources of the stack, by logical id. The one section every template needs.',
  Outputs: 'Values the stack returns; an exported one can be imported by other stacks with `Fn::ImportValue`.',
};

/** What each attribute of a resource does. */
const ATTRIBUTES: Readonly<Record<string, string>> = {
  Type: 'The resource type: `AWS::Service::Resource`, `Custom::Name`, or a SAM or registry type.',
  Properties: 'The settings of the resource, as its type defines them.',
  DependsOn:
    'Resources to create before this one (and delete after it), besides those that `Ref` and `Fn::GetAtt` imply.',
  Condition: 'The condition that decides whether the resource is created.',
  DeletionPolicy:
    'What happens to the resource when it leaves the stack: `Delete`, `Retain`, `RetainExceptOnCreate` or `Snapshot`.',
  UpdateReplacePolicy: 'What happens to the old resource when an update replaces it: `Delete`, `Retain` or `Snapshot`.',
  Metadata: "Data attached to the resource, such as cfn-init's configuration.",
  CreationPolicy: 'Makes CloudFormation wait for success signals before the resource counts as created.',
  UpdatePolicy:
    'How updates of Auto Scaling groups, ElastiCache, OpenSearch domains and Lambda aliases are rolled out.',
};

/** The hover of a top-level section key, or undefined for another key. */
export function sectionMarkdown(key: string): string | undefined {
  const text = Object.hasOwn(SECTIONS, key) ? SECTIONS[key] : undefined;
  return text && paragraphs(`${bold(key)} — template section`, text);
}

/** The hover of a resource attribute key (`Type`, `DependsOn`, …), or undefined for another key. */
export function attributeMarkdown(key: string): string | undefined {
  const text = Object.hasOwn(ATTRIBUTES, key) ? ATTRIBUTES[key] : undefined;
  return text && paragraphs(`${bold(key)} — resource attribute`, text);
}
