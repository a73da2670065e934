import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../helpers/marked';
import { grammarRules } from '../../../../server/src/rules/grammar';

const GRAMMAR = new Set(grammarRules.map((r) => r.id));

/** Policies as the AWS documentation gives them, each under a file name that sets its kind. */
const EXAMPLES: Record<string, object> = {
  'home-folder.policy.json': {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowListingOfUserFolder',
        Action: ['s3:ListBucket'],
        Effect: 'Allow',
        Resource: ['arn:aws:s3:::amzn-s3-demo-bucket'],
        Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } },
      },
      {
        Sid: 'AllowAllS3ActionsInUserFolder',
        Effect: 'Allow',
        Action: ['s3:*'],
        Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*'],
      },
    ],
  },
  'mfa.policy.json': {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AllowViewAccountInfo',
        Effect: 'Allow',
        Action: ['iam:GetAccountPasswordPolicy', 'iam:ListVirtualMFADevices'],
        Resource: '*',
      },
      {
        Sid: 'BlockMostAccessUnlessSignedInWithMFA',
        Effect: 'Deny',
        NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'sts:GetSessionToken'],
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ],
  },
  'public-read.bucket-policy.json': {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicReadGetObject',
        Effect: 'Allow',
        Principal: '*',
        Action: ['s3:GetObject'],
        Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/*'],
      },
    ],
  },
  'tls-only.bucket-policy.json': {
    Version: '2012-10-17',
    Id: 'PolicyId2',
    Statement: [
      {
        Sid: 'AllowSSLRequestsOnly',
        Action: 's3:*',
        Effect: 'Deny',
        Principal: '*',
        Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  },
  'default.key-policy.json': {
    Version: '2012-10-17',
    Id: 'key-consolepolicy-3',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'Allow use of the key',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/ExampleRole' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
      },
      {
        Sid: 'Allow attachment of persistent resources',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/ExampleRole' },
        Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
        Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
      },
    ],
  },
  'ec2.trust-policy.json': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  },
  'github.trust-policy.json': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' },
        },
      },
    ],
  },
  'regions.scp.json': {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyAllOutsideEU',
        Effect: 'Deny',
        NotAction: ['iam:*', 'organizations:*', 'route53:*', 'support:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
      },
    ],
  },
  'default.topic-policy.json': {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['SNS:GetTopicAttributes', 'SNS:Subscribe', 'SNS:Publish'],
        Resource: 'arn:aws:sns:us-east-2:123456789012:MyTopic',
        Condition: { StringEquals: { 'AWS:SourceOwner': '123456789012' } },
      },
    ],
  },
  'queue.queue-policy.json': {
    Version: '2012-10-17',
    Id: 'Queue1_Policy_UUID',
    Statement: [
      {
        Sid: 'Queue1_AllActions',
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::111122223333:role/role1', 'arn:aws:iam::111122223333:user/username1'] },
        Action: 'sqs:*',
        Resource: 'arn:aws:sqs:us-east-2:444455556666:queue1',
      },
    ],
  },
};

describe('grammar rules on policies from the AWS documentation', () => {
  for (const [fileName, document] of Object.entries(EXAMPLES)) {
    it(`find nothing wrong in ${fileName}`, () => {
      const text = JSON.stringify(document, null, 2);
      const findings = lint(text, { fileName }).filter((f) => GRAMMAR.has(f.ruleId) && f.ruleId !== 'old-version');
      assert.deepEqual(
        findings.map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
    });
  }
});
