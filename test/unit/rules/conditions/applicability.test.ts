import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const statement = (effect: string, action: string, condition: string) =>
  policy(`{"Effect": "${effect}", "Action": ${action}, "Resource": "*", "Condition": ${condition}}`);

describe('condition-key-not-applicable', () => {
  it('says that an Allow statement grants nothing when no action has the key', () => {
    expectFindings(
      statement('Allow', '"s3:GetObject"', '{"StringLike": {"«s3:prefix»": "home/"}}'),
      'condition-key-not-applicable',
      [
        'No action of this statement supports s3:prefix, so the condition never matches and the statement allows nothing: use it in a statement for actions that support it, such as s3:ListBucket.',
      ],
    );
  });
  it('says that a Deny statement denies nothing when no action has the key', () => {
    expectFindings(
      statement('Deny', '["s3:GetObject", "s3:PutObject"]', '{"StringEquals": {"«s3:prefix»": "home/"}}'),
      'condition-key-not-applicable',
      [
        'No action of this statement supports s3:prefix, so the condition never matches and the statement denies nothing: use it in a statement for actions that support it, such as s3:ListBucket.',
      ],
    );
  });
  it('says that a negated operator restricts nothing', () => {
    expectFindings(
      statement('Deny', '"s3:GetObject"', '{"StringNotEquals": {"«s3:prefix»": "home/"}}'),
      'condition-key-not-applicable',
      [/^No action of this statement supports s3:prefix, so the condition always matches and restricts nothing: /],
    );
  });
  it('reports a key of another service than the actions', () => {
    expectFindings(
      statement('Allow', '"s3:GetObject"', '{"StringEquals": {"«kms:ViaService»": "s3.us-east-1.amazonaws.com"}}'),
      'condition-key-not-applicable',
      [
        /^No action of this statement supports kms:ViaService, so the condition never matches and the statement allows nothing: .* kms:/,
      ],
    );
  });
  it('accepts a key that one of the actions supports', () => {
    expectNone(
      statement('Allow', '["s3:GetObject", "s3:ListBucket"]', '{"StringLike": {"s3:prefix": "home/"}}'),
      'condition-key-not-applicable',
    );
    expectNone(
      statement('Allow', '"s3:List*"', '{"StringLike": {"s3:prefix": "home/"}}'),
      'condition-key-not-applicable',
    );
  });
  it('accepts aws-marketplace:ProductId on Subscribe, as AWS documents outside the Service Authorization Reference', () => {
    // AnthropicFullAccess, ROSAManageSubscription and Bedrock's model-access guide condition subscriptions this way.
    expectNone(
      statement(
        'Allow',
        '["aws-marketplace:Subscribe", "aws-marketplace:Unsubscribe"]',
        '{"ForAnyValue:StringEquals": {"aws-marketplace:ProductId": ["prod-3qbeiztufnva6"]}}',
      ),
      'condition-key-not-applicable',
    );
  });
  it('accepts keys of the resource types an action works on', () => {
    expectNone(
      statement('Allow', '"rds:DescribeDBInstances"', '{"StringEquals": {"rds:db-tag/env": "prod"}}'),
      'condition-key-not-applicable',
    );
  });
  it('accepts global keys with any action', () => {
    expectNone(
      statement('Allow', '"s3:GetObject"', '{"StringEquals": {"aws:RequestTag/team": "x", "aws:SourceVpc": "vpc-1"}}'),
      'condition-key-not-applicable',
    );
  });
  it('skips NotAction, "*", and statements with actions the catalog does not know', () => {
    const condition = '{"StringLike": {"s3:prefix": "home/"}}';
    expectNone(
      policy(`{"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*", "Condition": ${condition}}`),
      'condition-key-not-applicable',
    );
    expectNone(statement('Allow', '"*"', condition), 'condition-key-not-applicable');
    expectNone(statement('Allow', '["s3:GetObjekt", "s3:GetObject"]', condition), 'condition-key-not-applicable');
  });
});
