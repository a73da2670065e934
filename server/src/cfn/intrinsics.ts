import { PNode, PObject, PProperty } from '../parsing/tree';

/**
 * The intrinsic functions of CloudFormation and the shapes of their arguments: a small hand-written table, as the
 * resource specification does not describe them. The shapes follow the CloudFormation User Guide's "Intrinsic
 * function reference".
 */
export interface IntrinsicSpec {
  /** The long form, the key of the one-property object: `Fn::Sub`, `Ref`. */
  name: string;
  /** The YAML short form: `!Sub`. */
  tag: string;
  /** The argument as a reader would say it, for messages. */
  shape: string;
  /** Whether the function may appear in the Conditions section (condition functions). */
  condition?: boolean;
  /** Needs the transform named here. */
  transform?: string;
}

export const INTRINSICS: readonly IntrinsicSpec[] = [
  { name: 'Ref', tag: '!Ref', shape: 'the logical id of a parameter or resource, or a pseudo parameter' },
  { name: 'Fn::Sub', tag: '!Sub', shape: 'a string, or a list of a string and a map of variables' },
  { name: 'Fn::GetAtt', tag: '!GetAtt', shape: '"LogicalId.Attribute", or a list [LogicalId, Attribute]' },
  { name: 'Fn::Join', tag: '!Join', shape: 'a list of a delimiter string and a list of values' },
  { name: 'Fn::Select', tag: '!Select', shape: 'a list of an index and a list of values' },
  { name: 'Fn::Split', tag: '!Split', shape: 'a list of a delimiter string and a string' },
  { name: 'Fn::If', tag: '!If', shape: 'a list of a condition name, a value if true and a value if false' },
  { name: 'Fn::Equals', tag: '!Equals', shape: 'a list of two values', condition: true },
  { name: 'Fn::And', tag: '!And', shape: 'a list of 2 to 10 conditions', condition: true },
  { name: 'Fn::Or', tag: '!Or', shape: 'a list of 2 to 10 conditions', condition: true },
  { name: 'Fn::Not', tag: '!Not', shape: 'a list of one condition', condition: true },
  { name: 'Fn::FindInMap', tag: '!FindInMap', shape: 'a list of a map name, a top-level key and a second-level key' },
  { name: 'Fn::ImportValue', tag: '!ImportValue', shape: 'the name of an exported output' },
  { name: 'Fn::Base64', tag: '!Base64', shape: 'a string' },
  { name: 'Fn::Cidr', tag: '!Cidr', shape: 'a list of an IP block, a count and the CIDR bits' },
  { name: 'Fn::GetAZs', tag: '!GetAZs', shape: 'a region name, or an empty string for the stack region' },
  { name: 'Condition', tag: '!Condition', shape: 'the name of a condition', condition: true },
  { name: 'Fn::Transform', tag: '!Transform', shape: 'an object with Name and Parameters' },
  {
    name: 'Fn::ToJsonString',
    tag: '!ToJsonString',
    shape: 'an object or a list',
    transform: 'AWS::LanguageExtensions',
  },
  { name: 'Fn::Length', tag: '!Length', shape: 'a list', transform: 'AWS::LanguageExtensions' },
  { name: 'Fn::ForEach', tag: '!ForEach', shape: 'a list of an identifier, a collection and an output map' },
];

const BY_NAME = new Map(INTRINSICS.map((i) => [i.name, i]));

/** The intrinsic of this name, `Fn::Sub` or `Ref`. */
export function intrinsicSpec(name: string): IntrinsicSpec | undefined {
  return BY_NAME.get(name);
}

/** A call of an intrinsic function found in the tree. */
export interface IntrinsicCall {
  name: string;
  /** The one-property object that is the call. */
  node: PObject;
  /** The property whose key is the function name (its key span is the name or the YAML tag). */
  property: PProperty;
  argument: PNode | undefined;
}

/**
 * The intrinsic call a node is, when it is one: an object with exactly one property whose key is a function name
 * (`Fn::*`, `Ref`, or `Condition` where conditions may stand). `Fn::ForEach::Name` loops of the language
 * extensions are keys of their parent, not calls, and are not matched here.
 */
export function intrinsicOf(node: PNode | undefined, allowCondition = false): IntrinsicCall | undefined {
  if (!node || node.type !== 'object' || node.properties.length !== 1) return undefined;
  const property = node.properties[0];
  const key = property.key;
  if (key === 'Condition' && !allowCondition && !node.tag) return undefined;
  if (key !== 'Ref' && key !== 'Condition' && !key.startsWith('Fn::')) return undefined;
  if (key.startsWith('Fn::ForEach::')) return undefined;
  return { name: key, node, property, argument: property.value };
}

/** A pseudo parameter: what it is, and a value of the right form for checking the policies that use it. */
export interface PseudoParameter {
  name: string;
  description: string;
  /**
   * A representative value: where a policy is checked, `${AWS::AccountId}` stands for a valid account id, so the
   * ARN around it is checked field by field. Undefined where no string stands for it (`AWS::NoValue`).
   */
  sample?: string;
  /** `AWS::NotificationARNs` is a list. */
  list?: boolean;
}

export const PSEUDO_PARAMETERS: readonly PseudoParameter[] = [
  { name: 'AWS::AccountId', description: 'The id of the account the stack is created in.', sample: '123456789012' },
  {
    name: 'AWS::NotificationARNs',
    description: 'The ARNs of the notification topics of the stack.',
    sample: 'arn:aws:sns:us-east-1:123456789012:topic',
    list: true,
  },
  {
    name: 'AWS::NoValue',
    description: 'Removes the property it is the value of: used as a branch of `Fn::If`.',
  },
  {
    name: 'AWS::Partition',
    description: 'The partition of the stack: `aws`, `aws-cn`, `aws-us-gov`, …',
    sample: 'aws',
  },
  { name: 'AWS::Region', description: 'The region the stack is created in.', sample: 'us-east-1' },
  {
    name: 'AWS::StackId',
    description: 'The ARN of the stack.',
    sample: 'arn:aws:cloudformation:us-east-1:123456789012:stack/stack-name/1c2fa620-982a-11e3-aff7-50e2416294e0',
  },
  { name: 'AWS::StackName', description: 'The name of the stack.', sample: 'stack-name' },
  {
    name: 'AWS::URLSuffix',
    description: 'The domain suffix of the partition: `amazonaws.com`, or `amazonaws.com.cn` in China.',
    sample: 'amazonaws.com',
  },
];

const PSEUDO_BY_NAME = new Map(PSEUDO_PARAMETERS.map((p) => [p.name, p]));

/** The pseudo parameter of this name, `AWS::Region`. */
export function pseudoParameter(name: string): PseudoParameter | undefined {
  return PSEUDO_BY_NAME.get(name);
}
