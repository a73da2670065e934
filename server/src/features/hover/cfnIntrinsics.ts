import { intrinsicSpec } from '../../cfn/intrinsics';
import { intrinsicUrl } from './links';
import { bold, bullets, code, link, paragraphs } from './markdown';

/** What each intrinsic function returns, in a sentence. */
const DOINGS: Readonly<Record<string, string>> = {
  Ref: "The value of a parameter, what a resource's `Ref` returns (its name, id or ARN, by type), or a pseudo parameter.",
  'Fn::Sub':
    'The string with its `${Name}` variables replaced: parameters and resources as `Ref` gives them, `${Resource.Attribute}` as `Fn::GetAtt` does, pseudo parameters, or the names of its own map. `${!Text}` stays as `${Text}`.',
  'Fn::GetAtt': 'An attribute of a resource of the template: its ARN, endpoint, id, and so on.',
  'Fn::Join': 'The values joined into one string, with the delimiter between them.',
  'Fn::Select': 'The item at an index of a list, counting from 0.',
  'Fn::Split': 'The list of the parts of a string between its delimiters.',
  'Fn::If': 'One of two values, by whether the condition is true; `AWS::NoValue` as a value removes the property.',
  'Fn::Equals': 'True when the two values are equal.',
  'Fn::And': 'True when every condition is true.',
  'Fn::Or': 'True when at least one condition is true.',
  'Fn::Not': 'True when the condition is false.',
  'Fn::FindInMap': 'A value of the Mappings section, by map name, top-level key and second-level key.',
  'Fn::ImportValue': 'A value exported by another stack of the same account and region.',
  'Fn::Base64': 'The string encoded in base64, as EC2 user data wants it.',
  'Fn::Cidr': 'A list of CIDR blocks cut out of an IP block.',
  'Fn::GetAZs': 'The availability zones of a region, in a list.',
  Condition: 'The value of a condition of the Conditions section.',
  'Fn::Transform': 'The result of a macro run on a part of the template.',
  'Fn::ToJsonString': 'An object or a list written as a JSON string.',
  'Fn::Length': 'The number of items of a list.',
  'Fn::ForEach': 'A template fragment repeated for each item of a collection.',
};

/** The hover of an intrinsic function name (`Fn::Sub`, `!Sub`), or undefined for a name that is none. */
export function intrinsicMarkdown(name: string): string | undefined {
  const spec = intrinsicSpec(name);
  if (!spec) return undefined;
  return paragraphs(
    `${bold(spec.name)} (${code(spec.tag)}) — intrinsic function`,
    DOINGS[spec.name],
    bullets(
      `Argument: ${spec.shape}`,
      spec.condition && 'A condition function: it belongs in the Conditions section',
      spec.transform && `Needs \`Transform: ${spec.transform}\``,
    ),
    link(`${spec.name} in the CloudFormation Template Reference`, intrinsicUrl(spec.name)),
  );
}
