import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const statement = (action: string, resource: string) =>
  `    {"Effect": "Allow", "Action": ${action}, "Resource": ${resource}}`;

describe('resource-mismatch', () => {
  it('reports object actions on a bucket ARN, with the object ARN as the fix', () => {
    const text = policy(statement('["s3:GetObject", "s3:PutObject"]', '"«arn:aws:s3:::test»"'));
    const [finding] = expectFindings(text, 'resource-mismatch', [
      's3:GetObject and s3:PutObject apply to objects (arn:${Partition}:s3:::${BucketName}/${ObjectName}), not to this bucket ARN.',
    ]);
    assert.equal(finding.data?.replacement, 'arn:aws:s3:::test/*');
  });
  it('reports s3:ListBucket on objects, with the bucket ARN as the fix', () => {
    const [finding] = expectFindings(
      policy(statement('"s3:ListBucket"', '"«arn:aws:s3:::test/*»"')),
      'resource-mismatch',
      ['s3:ListBucket applies to buckets (arn:${Partition}:s3:::${BucketName}), not to this object ARN.'],
    );
    assert.equal(finding.data?.replacement, 'arn:aws:s3:::test');
  });
  it('reports an action without resource types on a concrete ARN', () => {
    expectFindings(
      policy(statement('"ec2:DescribeInstances"', '"«arn:aws:ec2:us-east-1:123456789012:instance/i-0abc»"')),
      'resource-mismatch',
      ['ec2:DescribeInstances has no resource types and applies only to "*", not to this instance ARN.'],
    );
  });
  it('names every group of actions when several miss the ARN', () => {
    const text = policy(
      statement('["s3:GetObject", "sqs:SendMessage"]', '"«arn:aws:sns:us-east-1:123456789012:topic»"'),
    );
    expectFindings(text, 'resource-mismatch', [
      'No action of this statement applies to this topic ARN: s3:GetObject applies to accesspointobjects (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}) or objects (arn:${Partition}:s3:::${BucketName}/${ObjectName}); sqs:SendMessage applies to queues (arn:${Partition}:sqs:${Region}:${Account}:${QueueName}).',
    ]);
  });
  it('reports a DynamoDB index ARN for item actions, which apply to tables only', () => {
    const text = policy(
      statement('"dynamodb:GetItem"', '"«arn:aws:dynamodb:us-east-1:123456789012:table/Books/index/ByAuthor»"'),
    );
    const [finding] = expectFindings(text, 'resource-mismatch', [
      /^dynamodb:GetItem applies to tables .*, not to this index ARN\.$/,
    ]);
    assert.equal(finding.data?.replacement, 'arn:aws:dynamodb:us-east-1:123456789012:table/Books');
  });
  it('leaves NotAction, NotResource, unknown actions and wildcard services alone', () => {
    expectNone(
      policy('{"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "arn:aws:s3:::test"}'),
      'resource-mismatch',
    );
    expectNone(
      policy('{"Effect": "Deny", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::test"}'),
      'resource-mismatch',
    );
    expectNone(policy(statement('["s3:GetObject", "s3:GetObjekt"]', '"arn:aws:s3:::test"')), 'resource-mismatch');
    expectNone(policy(statement('"s3:GetObject"', '"arn:aws:*:::test"')), 'resource-mismatch');
  });
  it('accepts wildcard resources that could name the right type', () => {
    expectNone(policy(statement('"s3:GetObject"', '["arn:aws:s3:::test*", "arn:aws:s3:::*"]')), 'resource-mismatch');
  });
  it('accepts wildcard ARNs for actions without resource types, which some services evaluate against patterns', () => {
    expectNone(policy(statement('"s3:ListAllMyBuckets"', '"arn:aws:s3:::*"')), 'resource-mismatch');
    expectNone(
      policy(statement('"logs:DescribeLogGroups"', '"arn:aws:logs:us-east-1:123456789012:log-group:*"')),
      'resource-mismatch',
    );
  });
  it('stays fast on wildcard-heavy resources', () => {
    const started = performance.now();
    lint(policy(statement('"*"', `"arn:aws:s3:::${'*a'.repeat(200)}b"`)));
    assert.ok(performance.now() - started < 2000);
  });
});

describe('action-without-resource', () => {
  it('reports s3:ListBucket next to object actions with only object ARNs, with the bucket ARN to add', () => {
    const text = policy(statement('["«s3:ListBucket»", "s3:GetObject"]', '"arn:aws:s3:::test/*"'));
    const [finding] = expectFindings(text, 'action-without-resource', [
      's3:ListBucket applies to buckets (arn:${Partition}:s3:::${BucketName}), and no resource of this statement is one: add arn:aws:s3:::test.',
    ]);
    assert.deepEqual(finding.data, { addResources: ['arn:aws:s3:::test'] });
  });
  it('reports an action without resource types next to resource ARNs', () => {
    const text = policy(statement('["«s3:ListAllMyBuckets»", "s3:GetObject"]', '"arn:aws:s3:::test/report.csv"'));
    expectFindings(text, 'action-without-resource', [
      's3:ListAllMyBuckets has no resource types and applies only to "*": give it a statement of its own with "Resource": "*".',
    ]);
  });
  it('leaves a statement alone when no action fits any resource (resource-mismatch reports it)', () => {
    expectNone(policy(statement('"s3:ListBucket"', '"arn:aws:s3:::test/*"')), 'action-without-resource');
  });
  it('leaves statements with "*" among their resources alone', () => {
    expectNone(
      policy(statement('["s3:ListBucket", "s3:GetObject"]', '["arn:aws:s3:::test/*", "*"]')),
      'action-without-resource',
    );
  });
});

const RULES = ['resource-mismatch', 'action-without-resource'];

/** Policies from the AWS documentation: none of them may get a mismatch finding. */
const DOCUMENTED = {
  's3 bucket and objects': [
    statement('"s3:ListBucket"', '"arn:aws:s3:::amzn-s3-demo-bucket"'),
    statement('["s3:PutObject", "s3:GetObject", "s3:DeleteObject"]', '"arn:aws:s3:::amzn-s3-demo-bucket/*"'),
    statement(
      '["s3:ListBucket", "s3:GetObject"]',
      '["arn:aws:s3:::amzn-s3-demo-bucket", "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*"]',
    ),
  ],
  'dynamodb table and indexes': [
    statement(
      '["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]',
      '["arn:aws:dynamodb:us-west-2:123456789012:table/Books", "arn:aws:dynamodb:us-west-2:123456789012:table/Books/index/*"]',
    ),
  ],
  'logs for a lambda function': [
    statement('"logs:CreateLogGroup"', '"arn:aws:logs:us-east-1:123456789012:*"'),
    statement(
      '["logs:CreateLogStream", "logs:PutLogEvents"]',
      '["arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/my-function:*"]',
    ),
  ],
  'lambda with qualifiers': [
    statement(
      '["lambda:InvokeFunction", "lambda:GetFunction"]',
      '["arn:aws:lambda:us-west-2:123456789012:function:my-function", "arn:aws:lambda:us-west-2:123456789012:function:my-function:*"]',
    ),
  ],
  'iam roles with paths and PassRole': [
    statement('["iam:GetRole", "iam:PassRole"]', '"arn:aws:iam::123456789012:role/application/team/*"'),
    statement('"sts:AssumeRole"', '"arn:aws:iam::123456789012:role/service-role/MyRole"'),
    statement('"iam:ChangePassword"', '"arn:aws:iam::*:user/${aws:username}"'),
  ],
  'kms keys and aliases': [
    statement(
      '["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]',
      '"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
    ),
    statement(
      '["kms:CreateAlias", "kms:DeleteAlias"]',
      '["arn:aws:kms:us-west-2:111122223333:alias/test-key", "arn:aws:kms:us-west-2:111122223333:key/*"]',
    ),
  ],
  'sqs and sns': [
    statement(
      '["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"]',
      '"arn:aws:sqs:us-east-2:444455556666:queue1"',
    ),
    statement('"sns:Publish"', '"arn:aws:sns:us-east-2:444455556666:MyTopic"'),
  ],
  'ec2 instances': [
    statement('["ec2:StartInstances", "ec2:StopInstances"]', '"arn:aws:ec2:*:*:instance/*"'),
    statement('"ec2:DescribeInstances"', '"*"'),
    statement(
      '"ec2:RunInstances"',
      '["arn:aws:ec2:us-east-1::image/ami-*", "arn:aws:ec2:us-east-1:123456789012:instance/*", "arn:aws:ec2:us-east-1:123456789012:subnet/*", "arn:aws:ec2:us-east-1:123456789012:network-interface/*", "arn:aws:ec2:us-east-1:123456789012:volume/*", "arn:aws:ec2:us-east-1:123456789012:key-pair/*", "arn:aws:ec2:us-east-1:123456789012:security-group/*"]',
    ),
  ],
  'secrets and api gateway': [
    statement(
      '"secretsmanager:GetSecretValue"',
      '"arn:aws:secretsmanager:us-west-2:111122223333:secret:aes128-1a2b3c"',
    ),
    statement('"execute-api:Invoke"', '"arn:aws:execute-api:us-east-1:111122223333:a123456789/*/GET/pets"'),
  ],
};

describe('resource rules on policies from the AWS documentation', () => {
  for (const [name, statements] of Object.entries(DOCUMENTED)) {
    it(`finds nothing in ${name}`, () => {
      for (const rule of RULES) expectNone(policy(...statements), rule);
    });
  }
  it('finds the swapped bucket and object ARNs of the notes, and nothing in the right version', () => {
    const dir = join(__dirname, '..', '..', '..', 'fixtures', 'notes');
    const swapped = readFileSync(join(dir, 's3-bucket-and-objects-swapped.policy.json'), 'utf8');
    assert.equal(lint(swapped).filter((f) => f.ruleId === 'resource-mismatch').length, 2);
    for (const rule of RULES) expectNone(readFileSync(join(dir, 's3-bucket-and-objects.policy.json'), 'utf8'), rule);
  });
});
