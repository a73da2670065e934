/** The plain parameter types. */
export const PLAIN_TYPES = ['String', 'Number', 'List<Number>', 'CommaDelimitedList'] as const;

/** The AWS-specific parameter types, from the User Guide's "Supported AWS-specific parameter types". */
export const AWS_TYPES = [
  'AWS::EC2::AvailabilityZone::Name',
  'AWS::EC2::Image::Id',
  'AWS::EC2::Instance::Id',
  'AWS::EC2::KeyPair::KeyName',
  'AWS::EC2::SecurityGroup::GroupName',
  'AWS::EC2::SecurityGroup::Id',
  'AWS::EC2::Subnet::Id',
  'AWS::EC2::Volume::Id',
  'AWS::EC2::VPC::Id',
  'AWS::Route53::HostedZone::Id',
  'AWS::SSM::Parameter::Name',
] as const;

/** What an SSM parameter type may hold: `AWS::SSM::Parameter::Value<…>`. */
const SSM_VALUE_TYPES = ['String', 'List<String>', 'CommaDelimitedList'];

/** True for a parameter type CloudFormation accepts. */
export function validParameterType(type: string): boolean {
  if ((PLAIN_TYPES as readonly string[]).includes(type) || (AWS_TYPES as readonly string[]).includes(type)) return true;
  const list = /^List<(.+)>$/.exec(type);
  if (list && (AWS_TYPES as readonly string[]).includes(list[1])) return true;
  const ssm = /^AWS::SSM::Parameter::Value<(.+)>$/.exec(type);
  return !!ssm && (SSM_VALUE_TYPES.includes(ssm[1]) || validParameterType(ssm[1]));
}

/** The types completion offers: the plain ones, the AWS-specific ones and their lists, the common SSM ones. */
export const PARAMETER_TYPES: readonly string[] = [
  ...PLAIN_TYPES,
  ...AWS_TYPES.filter((t) => t !== 'AWS::SSM::Parameter::Name'),
  ...AWS_TYPES.filter((t) => t !== 'AWS::SSM::Parameter::Name' && t !== 'AWS::EC2::KeyPair::KeyName').map(
    (t) => `List<${t}>`,
  ),
  'AWS::SSM::Parameter::Name',
  ...SSM_VALUE_TYPES.map((t) => `AWS::SSM::Parameter::Value<${t}>`),
  'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
];
