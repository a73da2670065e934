import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getCatalog } from '../../../server/src/catalog/load';
import { getCfnSpec } from '../../../server/src/cfn/spec/load';
import { CursorContext, cursorAt } from '../../../server/src/features/cursor';
import { hoverAt } from '../../../server/src/features/hover';
import { readDocumentSettings } from '../../../server/src/features/settings';

/** What a hover shows: its markdown, and the text of the document its range covers. */
interface Shown {
  markdown: string;
  covered: string;
}

const settings = readDocumentSettings({});

function languageOf(name: string): string {
  if (/\.ya?ml$/.test(name)) return 'yaml';
  return name.endsWith('c') ? 'jsonc' : 'json';
}

/** The context at the one `|` of a text, which is taken out of the document. */
function contextAt(marked: string, name: string, languageId = languageOf(name)): CursorContext | undefined {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0 && marked.indexOf('|', offset + 1) < 0, 'mark the cursor with exactly one |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create(`file:///w/${name}`, languageId, 1, text);
  return cursorAt(document, offset, settings);
}

/** The hover at the `|` of a text: its markdown and the text its range covers; null when there is none. */
function hoverOf(marked: string, name = 'policy.json', languageId?: string): Shown | null {
  const context = contextAt(marked, name, languageId);
  const hover = hoverAt(context, getCatalog(), getCfnSpec());
  if (!hover) return null;
  assert.ok(context && hover.range, 'a hover has a range');
  assert.equal(typeof hover.contents === 'object' && 'kind' in hover.contents && hover.contents.kind, 'markdown');
  const document = context.document;
  const covered = context.text.slice(document.offsetAt(hover.range.start), document.offsetAt(hover.range.end));
  return { markdown: (hover.contents as { value: string }).value, covered };
}

/** A policy with the given statements. */
const policy = (...statements: string[]) => `{"Version": "2012-10-17", "Statement": [${statements.join(', ')}]}`;

const lines = (...parts: string[]) => parts.join('\n');

// The same action in every place an Action can be: its hover is one text.
const SEND_MESSAGE = lines(
  '**sqs:SendMessage** — Amazon SQS',
  '',
  'Grants permission to deliver a message to the specified queue.',
  '',
  '- Access level: Write',
  '- Resource types: `queue` (required)',
  '- Condition keys: `aws:ResourceTag/${TagKey}`',
  '',
  '[Amazon SQS in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html)',
);

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
    Default: prod
    AllowedValues: [dev, prod]
    Description: The deployment environment
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      Tags:
        - Key: env
          Value: !Ref Env
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: sns.amazonaws.com
            Action: !If [IsProd, sqs:SendMessage, sqs:ReceiveMessage]
            Resource: !GetAtt Queue.Arn
            Condition:
              ArnEquals:
                aws:SourceArn: !Ref Topic
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'
            Action: [s3:GetObject, s3:ListBucket]
            Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/*'
Outputs:
  Region:
    Value: !Ref AWS::Region
`;

/** The hover in the template above, at the `|` of a snippet of it. */
function inTemplate(snippet: string): Shown | null {
  const at = snippet.indexOf('|');
  const plain = snippet.replace('|', '');
  const start = TEMPLATE.indexOf(plain);
  assert.ok(start >= 0 && TEMPLATE.indexOf(plain, start + 1) < 0, `the snippet ${plain} is once in the template`);
  return hoverOf(TEMPLATE.slice(0, start + at) + '|' + TEMPLATE.slice(start + at), 'template.yaml');
}

describe('hover on actions', () => {
  it('describes an action of a standalone JSON policy as the Service Authorization Reference does', () => {
    const shown = hoverOf(policy('{"Effect": "Allow", "Action": ["s3:ListBucket", "s3:Get|Object"], "Resource": "*"}'));
    assert.deepEqual(shown, {
      markdown: lines(
        '**s3:GetObject** — Amazon S3',
        '',
        'Grants permission to retrieve objects from Amazon S3.',
        '',
        '- Access level: Read',
        '- Resource types: `accesspointobject`, `object`',
        '- Condition keys: `s3:AccessGrantsInstanceArn`, `s3:ExistingObjectTag/${TagKey}`, `s3:ResourceAccount`, ' +
          '`s3:TlsVersion`, `s3:authType`, `s3:signatureAge`, `s3:signatureversion`, `s3:x-amz-content-sha256`, ' +
          '`aws:ResourceTag/${TagKey}`, `s3:AccessPointNetworkOrigin` and 4 more',
        '',
        '[Amazon S3 in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html)',
      ),
      covered: 's3:GetObject',
    });
  });

  it('shows the same in JSONC, whatever the case the action is written in', () => {
    const shown = hoverOf(
      '// a queue policy\n' + policy('{"Effect": "Allow", "Action": "SQS:sendmessage|", "Resource": "*"}'),
      'policy.jsonc',
    );
    assert.deepEqual(shown, { markdown: SEND_MESSAGE, covered: 'SQS:sendmessage' });
  });

  it('marks required resource types and says when an action has none', () => {
    const shown = hoverOf(policy('{"Effect": "Allow", "Action": "sqs:List|Queues", "Resource": "*"}'));
    assert.equal(
      shown?.markdown,
      lines(
        '**sqs:ListQueues** — Amazon SQS',
        '',
        'Grants permission to return a list of your queues.',
        '',
        '- Access level: Read',
        '- Resource types: none, so the statement needs `"Resource": "*"`',
        '',
        '[Amazon SQS in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html)',
      ),
    );
  });

  it('says what NotAction does with the action', () => {
    const shown = hoverOf(policy('{"Effect": "Deny", "NotAction": "iam:Pass|Role", "Resource": "*"}'));
    assert.deepEqual(shown, {
      markdown: lines(
        '**iam:PassRole** — AWS Identity and Access Management (IAM)',
        '',
        'Grants permission to pass a role to a service.',
        '',
        '- Access level: Write',
        '- Resource types: `role` (required)',
        '- Condition keys: `iam:AssociatedResourceArn`, `iam:PassedToService`, `aws:ResourceTag/${TagKey}` and `iam:ResourceTag/${TagKey}`',
        '',
        'In `NotAction`: the statement covers every action except this one.',
        '',
        '[AWS Identity and Access Management (IAM) in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html)',
      ),
      covered: 'iam:PassRole',
    });
  });

  it('describes an action of a policy embedded in a JSON template', () => {
    const template = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Queue": {"Type": "AWS::SQS::Queue"},
    "Policy": {
      "Type": "AWS::SQS::QueuePolicy",
      "Properties": {
        "Queues": [{"Ref": "Queue"}],
        "PolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:Send|Message", "Resource": "*"}]}
      }
    }
  }
}`;
    assert.deepEqual(hoverOf(template, 'template.json'), { markdown: SEND_MESSAGE, covered: 'sqs:SendMessage' });
  });

  it('describes an action in a branch of !If of a policy embedded in a YAML template', () => {
    assert.deepEqual(inTemplate('sqs:Send|Message, sqs'), { markdown: SEND_MESSAGE, covered: 'sqs:SendMessage' });
    assert.match(inTemplate('sqs:Receive|Message]')?.markdown ?? '', /^\*\*sqs:ReceiveMessage\*\* — Amazon SQS\n/);
  });

  it('describes an action in a YAML flow list', () => {
    assert.deepEqual(inTemplate('[s3:GetObject, s3:List|Bucket]'), {
      markdown: lines(
        '**s3:ListBucket** — Amazon S3',
        '',
        'Grants permission to list some or all of the objects in an Amazon S3 bucket (up to 1000).',
        '',
        '- Access level: List',
        '- Resource types: `accesspoint`, `bucket`',
        '- Condition keys: `s3:AccessGrantsInstanceArn`, `s3:ResourceAccount`, `s3:TlsVersion`, `s3:authType`, ' +
          '`s3:delimiter`, `s3:max-keys`, `s3:prefix`, `s3:signatureAge`, `s3:signatureversion`, ' +
          '`s3:x-amz-content-sha256` and 6 more',
        '',
        '[Amazon S3 in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html)',
      ),
      covered: 's3:ListBucket',
    });
  });

  it('counts what a wildcard matches, by access level, with the first names of each', () => {
    assert.deepEqual(hoverOf(policy('{"Effect": "Allow", "Action": "sqs:*Message|*", "Resource": "*"}')), {
      markdown: lines(
        '**sqs:\\*Message\\*** — matches 7 actions of Amazon SQS',
        '',
        '- Read (2): `sqs:ListMessageMoveTasks` and `sqs:ReceiveMessage`',
        '- Write (5): `sqs:CancelMessageMoveTask`, `sqs:ChangeMessageVisibility`, `sqs:DeleteMessage` and 2 more',
        '',
        '[Amazon SQS in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html)',
      ),
      covered: 'sqs:*Message*',
    });
  });

  it('lists every access level a service wildcard covers', () => {
    assert.equal(
      hoverOf(policy('{"Effect": "Allow", "Action": "sns:|*", "Resource": "*"}'))?.markdown,
      lines(
        '**sns:\\*** — matches 41 actions of Amazon SNS',
        '',
        '- List (7): `sns:ListEndpointsByPlatformApplication`, `sns:ListOriginationNumbers`, `sns:ListPlatformApplications` and 4 more',
        '- Read (10): `sns:CheckIfPhoneNumberIsOptedOut`, `sns:GetDataProtectionPolicy`, `sns:GetEndpointAttributes` and 7 more',
        '- Write (19): `sns:ConfirmSubscription`, `sns:CreatePlatformApplication`, `sns:CreatePlatformEndpoint` and 16 more',
        '- Permissions management (3): `sns:AddPermission`, `sns:RemovePermission` and `sns:SetTopicAttributes`',
        '- Tagging (2): `sns:TagResource` and `sns:UntagResource`',
        '',
        '[Amazon SNS in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html)',
      ),
    );
  });

  it('counts all actions of all services for "*"', () => {
    const shown = hoverOf(policy('{"Effect": "Allow", "Action": "|*", "Resource": "*"}'));
    const catalog = getCatalog();
    const [title, , ...levels] = shown!.markdown.split('\n');
    assert.equal(
      title,
      `**\\*** — matches ${catalog.allActions().length.toLocaleString('en-US')} actions of ${catalog.services.size} services`,
    );
    assert.deepEqual(
      levels.map((l) => l.replace(/ \(.*$/, '')),
      ['- List', '- Read', '- Write', '- Permissions management', '- Tagging'],
    );
    assert.equal(shown!.covered, '*');
  });

  it('has nothing to say about an unknown action or a wildcard that matches none', () => {
    assert.equal(hoverOf(policy('{"Effect": "Allow", "Action": "s3:GetObjekt|", "Resource": "*"}')), null);
    assert.equal(hoverOf(policy('{"Effect": "Allow", "Action": "s3:Nothing*|", "Resource": "*"}')), null);
  });
});

describe('hover on ARNs', () => {
  it('breaks an ARN into its fields, with its resource type and the actions that apply to it', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "arn:aws:s3:::my-bucket/|*"}',
      ),
    );
    assert.deepEqual(shown, {
      markdown: lines(
        '**ARN** — Amazon S3 `object`',
        '',
        'Format: `arn:${Partition}:s3:::${BucketName}/${ObjectName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `s3`',
        '- Region: none',
        '- Account: none',
        '- Resource: `my-bucket/*`',
        '',
        'Applies to `s3:GetObject`; not to `s3:ListBucket` (needs `accesspoint` or `bucket`).',
      ),
      covered: 'arn:aws:s3:::my-bucket/*',
    });
  });

  it('takes the resource type whose region and account are given as in the ARN', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:us-east-1:123456789012:accesspoint/a|p"]}',
      ),
    );
    assert.equal(
      shown?.markdown,
      lines(
        '**ARN** — Amazon S3 `accesspoint`',
        '',
        'Format: `arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `s3`',
        '- Region: `us-east-1`',
        '- Account: `123456789012`',
        '- Resource: `accesspoint/ap`',
        '',
        'Applies to `s3:GetObject`.',
      ),
    );
  });

  it('names every type a wildcard ARN can be, and says when no action of the statement applies', () => {
    assert.equal(
      hoverOf(policy('{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:s3:::|*"}'))?.markdown,
      lines(
        '**ARN** — Amazon S3 `bucket` or `object`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `s3`',
        '- Region: none',
        '- Account: none',
        '- Resource: `*` (any)',
        '',
        'Applies to no action of the statement: not to `sqs:SendMessage` (needs `queue`).',
      ),
    );
  });

  it('says what NotResource does, and describes "*"', () => {
    assert.equal(
      hoverOf(policy('{"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::b|"}'))?.markdown,
      lines(
        '**ARN** — Amazon S3 `bucket`',
        '',
        'Format: `arn:${Partition}:s3:::${BucketName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `s3`',
        '- Region: none',
        '- Account: none',
        '- Resource: `b`',
        '',
        'In `NotResource`: the statement covers every resource except this one.',
      ),
    );
    assert.deepEqual(hoverOf(policy('{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "|*"}')), {
      markdown: lines(
        '**All resources** (`*`)',
        '',
        'Every resource the actions of the statement can name. Actions that have no resource types need it.',
      ),
      covered: '*',
    });
    assert.equal(
      hoverOf(policy('{"Effect": "Deny", "Action": "s3:*", "NotResource": ["|*"]}'))?.markdown,
      lines(
        '**All resources** (`*`)',
        '',
        'In `NotResource`: every resource is excluded, so the statement covers none.',
      ),
    );
  });

  it('shows an ARN of a service the catalog does not know, and nothing for a value that is no ARN', () => {
    assert.equal(
      hoverOf(policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:nope:::x|"}'))?.markdown,
      lines(
        '**ARN** — unknown service `nope`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `nope`',
        '- Region: none',
        '- Account: none',
        '- Resource: `x`',
      ),
    );
    assert.equal(hoverOf(policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "my-b|ucket"}')), null);
  });

  it('shows an ARN in a condition value', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*", "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:al|erts"}}}',
      ),
    );
    assert.deepEqual(shown, {
      markdown: lines(
        '**ARN** — Amazon SNS `topic`',
        '',
        'Format: `arn:${Partition}:sns:${Region}:${Account}:${TopicName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `sns`',
        '- Region: `us-east-1`',
        '- Account: `123456789012`',
        '- Resource: `alerts`',
      ),
      covered: 'arn:aws:sns:us-east-1:123456789012:alerts',
    });
  });

  it('shows an ARN built by !Sub as it is checked, and what its parts stand for', () => {
    assert.deepEqual(inTemplate("!Sub 'arn:${AWS::Partition}:s3|:::${Bucket}/*'"), {
      markdown: lines(
        '**ARN** — Amazon S3 `object`',
        '',
        'Format: `arn:${Partition}:s3:::${BucketName}/${ObjectName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `s3`',
        '- Region: none',
        '- Account: none',
        '- Resource: `bucket/*`',
        '',
        'Applies to `s3:GetObject`; not to `s3:ListBucket` (needs `accesspoint` or `bucket`).',
        '',
        'Built by `!Sub`; checked as `arn:aws:s3:::bucket/*`, where `aws` stands for `${AWS::Partition}` and `bucket` for `${Bucket}`.',
      ),
      covered: "!Sub 'arn:${AWS::Partition}:s3:::${Bucket}/*'",
    });
  });

  it('shows an ARN built by !GetAtt after what the attribute is', () => {
    assert.deepEqual(inTemplate('!GetAtt Queue.A|rn'), {
      markdown: lines(
        '**Queue.Arn** — attribute of `AWS::SQS::Queue` resource `Queue`',
        '',
        '- Type: String',
        '- ARN format: `arn:${Partition}:sqs:${Region}:${Account}:${QueueName}`',
        '',
        '---',
        '',
        '**ARN** — Amazon SQS `queue`',
        '',
        'Format: `arn:${Partition}:sqs:${Region}:${Account}:${QueueName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `sqs`',
        '- Region: `us-east-1`',
        '- Account: `123456789012`',
        '- Resource: `queue`',
        '',
        'Applies to every action of the statement: `sqs:SendMessage` and `sqs:ReceiveMessage`.',
        '',
        'Built by `!GetAtt`; checked as `arn:aws:sqs:us-east-1:123456789012:queue`, where `aws` stands for ' +
          '`${AWS::Partition}`, `us-east-1` for `${AWS::Region}`, `123456789012` for `${AWS::AccountId}` and ' +
          '`queue` for `${Queue}`.',
      ),
      covered: 'Queue.Arn',
    });
  });

  it('shows an ARN built by Fn::GetAtt in a JSON template, anywhere in the call', () => {
    const template = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Queue": {"Type": "AWS::SQS::Queue"},
    "Policy": {
      "Type": "AWS::SQS::QueuePolicy",
      "Properties": {
        "Queues": [{"Ref": "Queue"}],
        "PolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": |{"Fn::GetAtt": ["Queue", "Arn"]}}]}
      }
    }
  }
}`;
    const shown = hoverOf(template, 'template.json');
    assert.equal(shown?.covered, '{"Fn::GetAtt": ["Queue", "Arn"]}');
    assert.equal(
      shown?.markdown.split('\n\n').slice(-2).join('\n\n'),
      lines(
        'Applies to `sqs:SendMessage`.',
        '',
        'Built by `Fn::GetAtt`; checked as `arn:aws:sqs:us-east-1:123456789012:queue`, where `aws` stands for ' +
          '`${AWS::Partition}`, `us-east-1` for `${AWS::Region}`, `123456789012` for `${AWS::AccountId}` and ' +
          '`queue` for `${Queue}`.',
      ),
    );
  });
});

describe('hover on condition operators and keys', () => {
  it('says what an operator with a qualifier does and what values it takes', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAnyValue:String|Like": {"aws:TagKeys": "team*"}}}',
      ),
    );
    assert.deepEqual(shown, {
      markdown: lines(
        '**ForAnyValue:StringLike** — condition operator',
        '',
        'Matches when the value fits one of the policy patterns, case-sensitively: `*` stands for any run of characters, `?` for one.',
        '',
        'With `ForAnyValue:`, for a key with several values: matches when at least one value in the request matches.',
        '',
        '- Values: strings, with wildcards',
        '- Policy variables (`${aws:username}`) are replaced in the values',
        '',
        '[Condition operators in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)',
      ),
      covered: 'ForAnyValue:StringLike',
    });
  });

  it('explains IfExists, and what an absent key does to a plain operator', () => {
    assert.equal(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericLessThanIf|Exists": {"s3:max-keys": "10"}}}',
        ),
      )?.markdown,
      lines(
        '**NumericLessThanIfExists** — condition operator',
        '',
        'Matches when the number is less than the policy value.',
        '',
        'With `IfExists`: matches when the key is absent from the request; when present, compared as `NumericLessThan`.',
        '',
        '- Values: numbers',
        '',
        '[Condition operators in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)',
      ),
    );
    assert.equal(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NotIp|Address": {"aws:SourceIp": "10.0.0.0/8"}}}',
        ),
      )?.markdown,
      lines(
        '**NotIpAddress** — condition operator',
        '',
        'Matches when the address is in none of the policy ranges.',
        '',
        '- Values: IPv4 or IPv6 addresses or CIDR ranges (`203.0.113.0/24`)',
        '- A key absent from the request matches',
        '',
        '[Condition operators in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)',
      ),
    );
  });

  it('has nothing to say about an operator IAM does not know', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEqual|": {"aws:SourceIp": "x"}}}',
      ),
    );
    assert.equal(shown, null);
  });

  it('describes a global key', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"IpAddress": {"aws:Source|Ip": "203.0.113.0/24"}}}',
      ),
    );
    assert.deepEqual(shown, {
      markdown: lines(
        '**aws:SourceIp** — global condition key',
        '',
        "The requester's public IP address; absent for requests through a VPC endpoint (see `aws:VpcSourceIp`).",
        '',
        '- Type: IPAddress, one value',
        '- Global: usable with any action, present when the request has it',
        '',
        '[Global condition keys in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html)',
      ),
      covered: 'aws:SourceIp',
    });
  });

  it('describes a key with a variable part and a multivalued key by the name the catalog gives them', () => {
    assert.equal(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["a"], "aws:RequestTag/te|am": "x"}}}',
        ),
      )?.markdown,
      lines(
        '**aws:RequestTag/team** (`aws:RequestTag/${TagKey}`) — global condition key',
        '',
        'A tag passed in the request, by its key.',
        '',
        '- Type: String, one value',
        '- Global: usable with any action, present when the request has it',
        '',
        '[Global condition keys in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html)',
      ),
    );
    assert.match(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:Tag|Keys": ["a"]}}}',
        ),
      )?.markdown ?? '',
      /\n- Type: String, several values: use `ForAnyValue:` or `ForAllValues:`\n/,
    );
  });

  it("says which of the statement's actions support a service key", () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "*", "Condition": {"StringLike": {"s3:pre|fix": "home/*"}}}',
      ),
    );
    assert.deepEqual(shown, {
      markdown: lines(
        '**s3:prefix** — Amazon S3 condition key',
        '',
        'Filters access by key name prefix.',
        '',
        '- Type: String, one value',
        '- Supported by `s3:ListBucket`; not by `s3:GetObject`',
        '',
        '[Amazon S3 in the Service Authorization Reference](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html)',
      ),
      covered: 's3:prefix',
    });
    assert.match(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringLike": {"s3:pre|fix": "home/*"}}}',
        ),
      )?.markdown ?? '',
      /\n- Supported by no action of the statement: in its requests the key is always absent\n/,
    );
  });

  it("describes an identity provider's claim, and nothing for an unknown key", () => {
    assert.equal(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:s|ub": "repo:o/r:*"}}}',
        ),
        'role.trust-policy.json',
      )?.markdown,
      lines(
        '**token.actions.githubusercontent.com:sub** — claim of an identity provider',
        '',
        'The `sub` claim of the tokens that `token.actions.githubusercontent.com` issues, in `sts:AssumeRoleWithWebIdentity` requests.',
      ),
    );
    assert.equal(
      hoverOf(
        policy(
          '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"nope:Th|ing": "x"}}}',
        ),
      ),
      null,
    );
  });
});

describe('hover on principals', () => {
  const statement = (principal: string, action = 's3:GetObject', resource = '"arn:aws:s3:::b/*"') =>
    policy(`{"Effect": "Allow", "Principal": ${principal}, "Action": "${action}", "Resource": ${resource}}`);

  it('says what "*" means in each kind of policy', () => {
    assert.deepEqual(hoverOf(statement('"|*"'), 'site.bucket-policy.json'), {
      markdown: lines(
        '**Anyone** (`*`)',
        '',
        'Anyone, anonymous requests included: the bucket is public for these actions unless a Condition narrows it or S3 Block Public Access stops it.',
      ),
      covered: '*',
    });
    const trust = policy('{"Effect": "Allow", "Principal": {"AWS": "|*"}, "Action": "sts:AssumeRole"}');
    assert.equal(
      hoverOf(trust, 'role.trust-policy.json')?.markdown,
      lines(
        '**Anyone** (`*`)',
        '',
        'Any principal of any AWS account can assume this role, unless a Condition narrows it (`aws:PrincipalOrgID`, `sts:ExternalId`).',
      ),
    );
    assert.equal(
      hoverOf(statement('"|*"', 'kms:Decrypt', '"*"'), 'key.key-policy.json')?.markdown,
      lines(
        '**Anyone** (`*`)',
        '',
        'Any principal of any AWS account can use the key as the statement says, unless a Condition narrows it (`kms:CallerAccount`, `aws:PrincipalOrgID`).',
      ),
    );
  });

  it('calls the root ARN and an account id the whole account, whose IAM policies decide', () => {
    assert.deepEqual(hoverOf(statement('{"AWS": "arn:aws:iam::123456789012:ro|ot"}'), 'site.bucket-policy.json'), {
      markdown: lines(
        '**Account** `123456789012`',
        '',
        'The account as a whole: its IAM policies decide which of its users and roles get this access.',
      ),
      covered: 'arn:aws:iam::123456789012:root',
    });
    assert.equal(
      hoverOf(statement('{"AWS": "1234|56789012"}', 'kms:*', '"*"'), 'key.key-policy.json')?.markdown,
      lines(
        '**Account** `123456789012`',
        '',
        'The account as a whole: this is what lets the IAM policies of the account grant access to the key.',
        '',
        'IAM stores it as `arn:aws:iam::123456789012:root`.',
      ),
    );
  });

  it('names roles, users, role sessions and federated users', () => {
    const trust = (value: string) =>
      hoverOf(
        policy(`{"Effect": "Allow", "Principal": {"AWS": "${value}"}, "Action": "sts:AssumeRole"}`),
        'role.trust-policy.json',
      )?.markdown;
    assert.equal(
      trust('arn:aws:iam::123456789012:role/ops/Dep|loy'),
      lines(
        '**IAM role** `Deploy` — account `123456789012`',
        '',
        'Every session of this role. Its path is `/ops/`. If the role is deleted, the policy stops matching it, even when a role of the same name is made again.',
      ),
    );
    assert.equal(
      trust('arn:aws:iam::123456789012:user/al|ice'),
      lines(
        '**IAM user** `alice` — account `123456789012`',
        '',
        "Requests signed with this user's credentials. If the user is deleted, the policy stops matching it, even when a user of the same name is made again.",
      ),
    );
    assert.equal(
      trust('arn:aws:sts::123456789012:assumed-role/Admin/al|ice'),
      lines(
        '**Session** `alice` of role `Admin` — account `123456789012`',
        '',
        'That one role session only, by its session name.',
      ),
    );
    assert.equal(
      trust('arn:aws:sts::123456789012:federated-user/b|ob'),
      lines(
        '**Federated user** `bob` — account `123456789012`',
        '',
        'A session obtained with `sts:GetFederationToken`.',
      ),
    );
    assert.equal(
      trust('AROA|EXAMPLEID12345678'),
      lines(
        '**Unique id of an IAM role** `AROAEXAMPLEID12345678`',
        '',
        'What a policy shows once the role it named is deleted: it matches no role made since, not even one of the same name.',
      ),
    );
  });

  it('says what NotPrincipal does', () => {
    const shown = hoverOf(
      policy(
        '{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:role/Ad|min"}, "Action": "s3:*", "Resource": "*"}',
      ),
      'site.bucket-policy.json',
    );
    assert.equal(
      shown?.markdown,
      lines(
        '**IAM role** `Admin` — account `123456789012`',
        '',
        'Every session of this role. If the role is deleted, the policy stops matching it, even when a role of the same name is made again.',
        '',
        'In `NotPrincipal`: the statement applies to every principal except this one.',
      ),
    );
  });

  it('names the service of a service principal, by what it may do in the kind of policy', () => {
    const trust = policy(
      '{"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazon|aws.com"]}, "Action": "sts:AssumeRole"}',
    );
    assert.deepEqual(hoverOf(trust, 'role.trust-policy.json'), {
      markdown: lines(
        '**Service principal** `lambda.amazonaws.com` — AWS Lambda',
        '',
        'AWS Lambda can assume this role and act with its permissions.',
      ),
      covered: 'lambda.amazonaws.com',
    });
    assert.equal(
      hoverOf(
        statement('{"Service": "sns.amazon|aws.com"}', 'sqs:SendMessage', '"arn:aws:sqs:us-east-1:123456789012:q"'),
        'q.queue-policy.json',
      )?.markdown,
      lines(
        '**Service principal** `sns.amazonaws.com` — Amazon SNS',
        '',
        'Amazon SNS itself, acting for you. Conditions on `aws:SourceArn` or `aws:SourceAccount` keep it to your own resources.',
      ),
    );
  });

  it('names federated providers: OIDC, SAML and the web identity providers', () => {
    const federated = (value: string, action = 'sts:AssumeRoleWithWebIdentity') =>
      hoverOf(
        policy(`{"Effect": "Allow", "Principal": {"Federated": "${value}"}, "Action": "${action}"}`),
        'role.trust-policy.json',
      )?.markdown;
    assert.equal(
      federated('arn:aws:iam::123456789012:oidc-provider/token.actions.githubuser|content.com'),
      lines(
        '**OIDC provider** `token.actions.githubusercontent.com` — account `123456789012`',
        '',
        'Users it authenticates, through `sts:AssumeRoleWithWebIdentity`. Conditions on its claims ' +
          '(`token.actions.githubusercontent.com:aud`, `token.actions.githubusercontent.com:sub`) say which.',
      ),
    );
    assert.equal(
      federated('arn:aws:iam::123456789012:saml-provider/Ok|ta', 'sts:AssumeRoleWithSAML'),
      lines(
        '**SAML provider** `Okta` — account `123456789012`',
        '',
        'Users it authenticates, through `sts:AssumeRoleWithSAML`.',
      ),
    );
    assert.equal(
      federated('cognito-identity.amazon|aws.com'),
      lines(
        '**Web identity provider** `cognito-identity.amazonaws.com` — Amazon Cognito identity pools',
        '',
        'Users it signs in, through `sts:AssumeRoleWithWebIdentity`. Narrow it with `cognito-identity.amazonaws.com:aud`.',
      ),
    );
    assert.equal(
      federated('accounts.goo|gle.com'),
      lines(
        '**Web identity provider** `accounts.google.com` — Google',
        '',
        'Users it signs in, through `sts:AssumeRoleWithWebIdentity`.',
      ),
    );
  });

  it('describes a canonical user id', () => {
    const id = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
    assert.deepEqual(
      hoverOf(statement(`{"CanonicalUser": "${id.slice(0, 10)}|${id.slice(10)}"}`), 'site.bucket-policy.json'),
      {
        markdown: lines(
          `**Canonical user id** \`${id}\``,
          '',
          'An obfuscated form of an AWS account id that Amazon S3 uses; CloudFront origin access identities have one too.',
        ),
        covered: id,
      },
    );
  });

  it('shows an ARN under AWS that is no principal as an ARN', () => {
    assert.equal(
      hoverOf(statement('{"AWS": "arn:aws:iam::123456789012:group/dev|s"}'), 'site.bucket-policy.json')?.markdown,
      lines(
        '**ARN** — AWS Identity and Access Management (IAM) `group`',
        '',
        'Format: `arn:${Partition}:iam::${Account}:group/${GroupNameWithPath}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `iam`',
        '- Region: none',
        '- Account: `123456789012`',
        '- Resource: `group/devs`',
      ),
    );
  });

  it('shows a principal built by !Sub as it is checked', () => {
    assert.deepEqual(inTemplate("AWS: !Sub 'arn:${AWS::Partition}:iam::|${AWS::AccountId}:root'"), {
      markdown: lines(
        '**Account** `123456789012`',
        '',
        'The account as a whole: its IAM policies decide which of its users and roles get this access.',
        '',
        'Built by `!Sub`; checked as `arn:aws:iam::123456789012:root`, where `aws` stands for `${AWS::Partition}` and `123456789012` for `${AWS::AccountId}`.',
      ),
      covered: "!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'",
    });
  });
});

describe('hover on policy elements', () => {
  it('says what a statement element is, with its page in the IAM User Guide', () => {
    assert.deepEqual(hoverOf(policy('{"Eff|ect": "Allow", "Action": "s3:GetObject", "Resource": "*"}')), {
      markdown: lines(
        '**Effect** — policy element',
        '',
        '`Allow` or `Deny`. A Deny always wins over an Allow, and what no statement allows is denied.',
        '',
        '[Effect in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html)',
      ),
      covered: 'Effect',
    });
  });

  it('says what the top-level elements are, and that an identity policy has no Principal', () => {
    assert.deepEqual(hoverOf('{"Vers|ion": "2012-10-17", "Statement": []}'), {
      markdown: lines(
        '**Version** — policy element',
        '',
        'The version of the policy language. Write `2012-10-17`: the older `2008-10-17` has no policy variables, so `${aws:username}` stays plain text.',
        '',
        '[Version in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html)',
      ),
      covered: 'Version',
    });
    assert.equal(
      hoverOf(
        policy('{"Effect": "Allow", "Princ|ipal": "*", "Action": "s3:GetObject", "Resource": "*"}'),
        'user.policy.json',
      )?.markdown,
      lines(
        '**Principal** — policy element',
        '',
        'Who the statement applies to: accounts, IAM users and roles, role sessions, AWS services, federated users, or `*`. Resource-based policies name it; identity policies cannot.',
        '',
        'This identity policy applies to whoever it is attached to: Principal is not allowed here.',
        '',
        '[Principal in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html)',
      ),
    );
  });

  it('says what the keys of a Principal object name', () => {
    assert.deepEqual(
      hoverOf(
        policy('{"Effect": "Allow", "Principal": {"Serv|ice": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}'),
        'role.trust-policy.json',
      ),
      {
        markdown: lines(
          '**Service** — principal type',
          '',
          'AWS services, by their service principal (`lambda.amazonaws.com`).',
          '',
          '[Principal in the IAM User Guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html)',
        ),
        covered: 'Service',
      },
    );
  });

  it('describes the elements of a policy embedded in a YAML template', () => {
    assert.equal(inTemplate('            Condi|tion:')?.markdown.split('\n')[0], '**Condition** — policy element');
  });
});

describe('hover in CloudFormation templates', () => {
  it("gives a resource type's summary, what Ref and GetAtt give, and its page", () => {
    assert.deepEqual(inTemplate('Type: AWS::SQS::Qu|eue\n'), {
      markdown: lines(
        '**AWS::SQS::Queue**',
        '',
        'The `AWS::SQS::Queue` resource creates an Amazon SQS standard or FIFO queue.',
        '',
        '- `Ref` returns its `QueueUrl`',
        '- `Fn::GetAtt`: `Arn`, `QueueName` and `QueueUrl`',
        '',
        '[AWS::SQS::Queue in the CloudFormation Template Reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html)',
      ),
      covered: 'AWS::SQS::Queue',
    });
  });

  it('links a SAM type to the SAM Developer Guide, and has nothing for an unknown type', () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Func|tion
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      InlineCode: exports.handler = async () => {}
`;
    assert.deepEqual(hoverOf(sam, 'template.yaml'), {
      markdown: lines(
        '**AWS::Serverless::Function**',
        '',
        'A SAM resource: the template needs `Transform: AWS::Serverless-2016-10-31`.',
        '',
        '[AWS::Serverless::Function in the SAM Developer Guide](https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html)',
      ),
      covered: 'AWS::Serverless::Function',
    });
    const unknown = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  X:\n    Type: AWS::S3::Buck|et2\n";
    assert.equal(hoverOf(unknown, 'template.yaml'), null);
  });

  it('gives the type, requirement and documentation of a property, nested ones too', () => {
    assert.deepEqual(inTemplate('Stat|us: Enabled'), {
      markdown: lines(
        '**Status** — property of `AWS::S3::Bucket` › `VersioningConfiguration`',
        '',
        'The versioning state of the bucket.',
        '',
        '- Type: String (one of: Enabled, Suspended)',
        '- Required',
      ),
      covered: 'Status',
    });
    assert.deepEqual(inTemplate('Ta|gs:'), {
      markdown: lines(
        '**Tags** — property of `AWS::S3::Bucket`',
        '',
        'An arbitrary set of tags (key-value pairs) for this S3 bucket.',
        '',
        '- Type: List of Tag',
        '- Optional',
      ),
      covered: 'Tags',
    });
    assert.deepEqual(inTemplate('- K|ey: env'), {
      markdown: lines(
        '**Key** — property of `AWS::S3::Bucket` › `Tag`',
        '',
        'The key of the tag.',
        '',
        '- Type: String',
        '- Required',
      ),
      covered: 'Key',
    });
    assert.match(
      inTemplate('Versioning|Configuration:')?.markdown ?? '',
      /\n- Type: VersioningConfiguration\n- Optional$/,
    );
  });

  it('writes long lists of allowed values short', () => {
    const logs = 'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      Retention|InDays: 7\n';
    assert.equal(
      hoverOf(logs, 'template.yaml')?.markdown,
      lines(
        '**RetentionInDays** — property of `AWS::Logs::LogGroup`',
        '',
        'The number of days to retain the log events in the specified log group.',
        '',
        '- Type: Integer (one of: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, and 12 more)',
        '- Optional',
      ),
    );
  });

  it('says what an intrinsic function does and takes, by its tag or its long name', () => {
    assert.deepEqual(inTemplate("Resource: !S|ub 'arn"), {
      markdown: lines(
        '**Fn::Sub** (`!Sub`) — intrinsic function',
        '',
        'The string with its `${Name}` variables replaced: parameters and resources as `Ref` gives them, ' +
          '`${Resource.Attribute}` as `Fn::GetAtt` does, pseudo parameters, or the names of its own map. ' +
          '`${!Text}` stays as `${Text}`.',
        '',
        '- Argument: a string, or a list of a string and a map of variables',
        '',
        '[Fn::Sub in the CloudFormation Template Reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html)',
      ),
      covered: '!Sub',
    });
    const json =
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}, "Outputs": {"O": {"Value": {"Fn::Get|Att": "B.Arn"}}}}';
    assert.deepEqual(hoverOf(json, 'template.json'), {
      markdown: lines(
        '**Fn::GetAtt** (`!GetAtt`) — intrinsic function',
        '',
        'An attribute of a resource of the template: its ARN, endpoint, id, and so on.',
        '',
        '- Argument: "LogicalId.Attribute", or a list [LogicalId, Attribute]',
        '',
        '[Fn::GetAtt in the CloudFormation Template Reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html)',
      ),
      covered: 'Fn::GetAtt',
    });
    assert.equal(
      inTemplate('IsProd: !Equ|als')?.markdown,
      lines(
        '**Fn::Equals** (`!Equals`) — intrinsic function',
        '',
        'True when the two values are equal.',
        '',
        '- Argument: a list of two values',
        '- A condition function: it belongs in the Conditions section',
        '',
        '[Fn::Equals in the CloudFormation Template Reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html)',
      ),
    );
  });

  it('says what a Ref to a parameter gives: its type, default, allowed values and description', () => {
    assert.deepEqual(inTemplate('Value: !Ref E|nv'), {
      markdown: lines(
        '**Env** — parameter',
        '',
        'The deployment environment.',
        '',
        '- Type: `String`',
        '- Default: `prod`',
        '- Allowed values: `dev` and `prod`',
      ),
      covered: 'Env',
    });
  });

  it('says what a Ref to a resource returns for its type', () => {
    assert.deepEqual(inTemplate('Queues: [!Ref Qu|eue]'), {
      markdown: lines('**Queue** — `AWS::SQS::Queue` resource', '', '- `Ref` returns its `QueueUrl`'),
      covered: 'Queue',
    });
  });

  it('names the parts of an identifier that Ref returns', () => {
    const hooks = `Resources:
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
  Hook:
    Type: AWS::AutoScaling::LifecycleHook
Outputs:
  Hook:
    Value: !Ref Ho|ok
`;
    assert.deepEqual(hoverOf(hooks, 'template.yaml'), {
      markdown: lines(
        '**Hook** — `AWS::AutoScaling::LifecycleHook` resource',
        '',
        '- `Ref` returns its identifier, made of `AutoScalingGroupName` and `LifecycleHookName`',
      ),
      covered: 'Hook',
    });
  });

  it('says what a Ref in a policy stands for, then the ARN it gives there', () => {
    assert.deepEqual(inTemplate('aws:SourceArn: !Ref To|pic'), {
      markdown: lines(
        '**Topic** — `AWS::SNS::Topic` resource',
        '',
        '- `Ref` returns its `TopicArn`',
        '',
        '---',
        '',
        '**ARN** — Amazon SNS `topic`',
        '',
        'Format: `arn:${Partition}:sns:${Region}:${Account}:${TopicName}`',
        '',
        '- Partition: `aws` (AWS Regions)',
        '- Service: `sns`',
        '- Region: `us-east-1`',
        '- Account: `123456789012`',
        '- Resource: `topic`',
        '',
        'Built by `!Ref`; checked as `arn:aws:sns:us-east-1:123456789012:topic`, where `aws` stands for ' +
          '`${AWS::Partition}`, `us-east-1` for `${AWS::Region}`, `123456789012` for `${AWS::AccountId}` and ' +
          '`topic` for `${Topic}`.',
      ),
      covered: 'Topic',
    });
    assert.equal(
      inTemplate('aws:Source|Arn: !Ref Topic')?.markdown.split('\n')[0],
      '**aws:SourceArn** — global condition key',
    );
  });

  it('says what a pseudo parameter is, and the sample policies are checked with', () => {
    assert.deepEqual(inTemplate('!Ref AWS::Reg|ion'), {
      markdown: lines(
        '**AWS::Region** — pseudo parameter',
        '',
        'The region the stack is created in.',
        '',
        'Policies are checked with `us-east-1` in its place.',
        '',
        '[Pseudo parameters in the CloudFormation Template Reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html)',
      ),
      covered: 'AWS::Region',
    });
  });

  it('says what a ${…} of a Sub stands for, then what the ARN it builds is', () => {
    const shown = inTemplate("${AWS::Partition}:s3:::${Buc|ket}/*'");
    assert.equal(shown?.covered, 'Bucket');
    assert.equal(
      shown?.markdown.split('\n\n---\n\n')[0],
      lines('**Bucket** — `AWS::S3::Bucket` resource', '', '- `Ref` returns its `BucketName`'),
    );
    assert.equal(shown?.markdown.split('\n\n---\n\n')[1].split('\n')[0], '**ARN** — Amazon S3 `object`');
    assert.equal(
      inTemplate("iam::${AWS::Acc|ountId}:root'")?.markdown.split('\n')[0],
      '**AWS::AccountId** — pseudo parameter',
    );
  });

  it('says what a GetAtt gives: the attribute, its type and for an ARN its format', () => {
    const outputs = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
Outputs:
  Name:
    Value: !GetAtt Bucket.Domain|Name
  Arn:
    Value: !GetAtt [Bucket, Arn]
`;
    assert.deepEqual(hoverOf(outputs, 'template.yaml'), {
      markdown: lines('**Bucket.DomainName** — attribute of `AWS::S3::Bucket` resource `Bucket`', '', '- Type: String'),
      covered: 'Bucket.DomainName',
    });
    const listed = outputs.replace('Domain|Name', 'DomainName').replace('[Bucket, Arn]', '[Bucket, A|rn]');
    assert.deepEqual(hoverOf(listed, 'template.yaml'), {
      markdown: lines(
        '**Bucket.Arn** — attribute of `AWS::S3::Bucket` resource `Bucket`',
        '',
        '- Type: String',
        '- ARN format: `arn:${Partition}:s3:::${BucketName}`',
      ),
      covered: 'Arn',
    });
  });

  it('shows the definition of a condition a !If names', () => {
    assert.deepEqual(inTemplate('!If [IsP|rod,'), {
      markdown: lines('**IsProd** — condition', '', 'Defined as `!Equals [!Ref Env, prod]`'),
      covered: 'IsProd',
    });
  });

  it('describes sections, resource attributes and the logical ids where they are defined', () => {
    assert.deepEqual(inTemplate('Resourc|es:'), {
      markdown: lines(
        '**Resources** — template section',
        '',
        'The resources of the stack, by logical id. The one section every template needs.',
      ),
      covered: 'Resources',
    });
    assert.deepEqual(inTemplate('  QueuePolicy:\n    Ty|pe'), {
      markdown: lines(
        '**Type** — resource attribute',
        '',
        'The resource type: `AWS::Service::Resource`, `Custom::Name`, or a SAM or registry type.',
      ),
      covered: 'Type',
    });
    assert.deepEqual(inTemplate('  To|pic:'), {
      markdown: lines('**Topic** — `AWS::SNS::Topic` resource', '', '- `Ref` returns its `TopicArn`'),
      covered: 'Topic',
    });
    assert.equal(inTemplate('  E|nv:')?.markdown.split('\n')[0], '**Env** — parameter');
  });
});

describe('hover where there is nothing to say', () => {
  it('is null on whitespace, between tokens and outside any policy or template', () => {
    assert.equal(hoverOf(policy('{"Effect": "Allow",  |  "Action": "s3:GetObject", "Resource": "*"}')), null);
    assert.equal(hoverOf(policy('{"Effect": "Al|low", "Action": "s3:GetObject", "Resource": "*"}')), null);
    assert.equal(inTemplate('Status: Ena|bled'), null);
    assert.equal(inTemplate('Description: The dep|loyment'), null);
    assert.equal(hoverOf('{"name": "x", "vers|ion": "1.0.0"}', 'package.json'), null);
    assert.equal(hoverOf('name: ci\non:\n  pu|sh: {}\n', 'workflow.yaml'), null);
  });

  it('is null for an unknown property, a value an intrinsic hides and a name defined nowhere', () => {
    assert.equal(
      hoverOf('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Nope|Name: x\n', 'template.yaml'),
      null,
    );
    const hidden = `Parameters:
  Arn:
    Type: String
Resources:
  P:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [x]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: sns:Publish
            Resource: !Select [0, ['arn:aws:sns:us-east-1:123456789012:t|opic']]
            Condition:
              ArnLike:
                aws:SourceArn: !Ref Nowh|ere
`;
    assert.equal(hoverOf(hidden.replace('Nowh|ere', 'Nowhere'), 'template.yaml'), null);
    assert.equal(hoverOf(hidden.replace('t|opic', 'topic'), 'template.yaml'), null);
  });

  it('is null without a context, and a failure inside is no hover rather than an exception', () => {
    assert.equal(hoverAt(undefined, getCatalog(), getCfnSpec()), null);
    const context = contextAt(
      policy('{"Effect": "Allow", "Action": "s3:Get|Object", "Resource": "*"}'),
      'policy.json',
    )!;
    const broken = { ...context, analysis: { ...context.analysis } };
    Object.defineProperty(broken.analysis, 'template', {
      get() {
        throw new Error('boom');
      },
    });
    assert.equal(hoverAt(broken, getCatalog(), getCfnSpec()), null);
  });

  it('is null when Policy Lens is disabled for the document', () => {
    const text = policy('{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}');
    const document = TextDocument.create('file:///w/policy.json', 'json', 1, text);
    const offset = text.indexOf('GetObject');
    const context = cursorAt(document, offset, readDocumentSettings({ enable: false }));
    assert.equal(hoverAt(context, getCatalog(), getCfnSpec()), null);
  });
});
