import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionsRules } from '../../../../server/src/rules/actions';
import { lint } from '../../../helpers/marked';

const ids = new Set(actionsRules.map((r) => r.id));

/** Asserts that no actions rule reports anything on a policy. */
function expectClean(document: object, fileName?: string): void {
  const text = JSON.stringify(document, null, 2);
  const findings = lint(text, { fileName }).filter((f) => ids.has(f.ruleId));
  assert.deepEqual(
    findings.map((f) => `${f.ruleId}: ${f.message}`),
    [],
  );
}

const version = '2012-10-17';

describe('actions rules on policies from the AWS documentation', () => {
  it('accept read and write access to the objects of a bucket', () => {
    expectClean({
      Version: version,
      Statement: [
        {
          Sid: 'ListObjectsInBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket'],
          Resource: ['arn:aws:s3:::bucket-name'],
        },
        { Sid: 'AllObjectActions', Effect: 'Allow', Action: 's3:*Object', Resource: ['arn:aws:s3:::bucket-name/*'] },
      ],
    });
  });

  it('accept starting and stopping the instances a user owns', () => {
    expectClean({
      Version: version,
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances'],
          Resource: 'arn:aws:ec2:*:*:instance/*',
          Condition: { StringEquals: { 'aws:ResourceTag/Owner': '${aws:username}' } },
        },
        { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
      ],
    });
  });

  it('accept access to one DynamoDB table', () => {
    expectClean({
      Version: version,
      Statement: [
        {
          Sid: 'DynamoDBTableAccess',
          Effect: 'Allow',
          Action: [
            'dynamodb:BatchGetItem',
            'dynamodb:BatchWriteItem',
            'dynamodb:ConditionCheckItem',
            'dynamodb:PutItem',
            'dynamodb:DescribeTable',
            'dynamodb:DeleteItem',
            'dynamodb:GetItem',
            'dynamodb:Scan',
            'dynamodb:Query',
            'dynamodb:UpdateItem',
          ],
          Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/MyTable',
        },
      ],
    });
  });

  it('accept the MFA self-management policy', () => {
    expectClean({
      Version: version,
      Statement: [
        {
          Sid: 'AllowViewAccountInfo',
          Effect: 'Allow',
          Action: ['iam:GetAccountPasswordPolicy', 'iam:ListVirtualMFADevices'],
          Resource: '*',
        },
        {
          Sid: 'AllowManageOwnVirtualMFADevice',
          Effect: 'Allow',
          Action: ['iam:CreateVirtualMFADevice'],
          Resource: 'arn:aws:iam::*:mfa/*',
        },
        {
          Sid: 'AllowManageOwnUserMFA',
          Effect: 'Allow',
          Action: [
            'iam:DeactivateMFADevice',
            'iam:EnableMFADevice',
            'iam:GetUser',
            'iam:GetMFADevice',
            'iam:ListMFADevices',
            'iam:ResyncMFADevice',
          ],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
        {
          Sid: 'DenyAllExceptListedIfNoMFA',
          Effect: 'Deny',
          NotAction: [
            'iam:CreateVirtualMFADevice',
            'iam:EnableMFADevice',
            'iam:GetUser',
            'iam:ListMFADevices',
            'iam:ListVirtualMFADevices',
            'iam:ResyncMFADevice',
            'sts:GetSessionToken',
          ],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    });
  });

  it('accept the SCP that denies access outside the requested Regions', () => {
    expectClean(
      {
        Version: version,
        Statement: [
          {
            Sid: 'DenyAllOutsideEU',
            Effect: 'Deny',
            NotAction: [
              'a4b:*',
              'acm:*',
              'aws-marketplace-management:*',
              'aws-marketplace:*',
              'aws-portal:*',
              'budgets:*',
              'ce:*',
              'chime:*',
              'cloudfront:*',
              'config:*',
              'cur:*',
              'directconnect:*',
              'ec2:DescribeRegions',
              'ec2:DescribeTransitGateways',
              'ec2:DescribeVpnGateways',
              'fms:*',
              'globalaccelerator:*',
              'health:*',
              'iam:*',
              'importexport:*',
              'kms:*',
              'mobileanalytics:*',
              'networkmanager:*',
              'organizations:*',
              'pricing:*',
              'route53:*',
              'route53domains:*',
              'route53-recovery-cluster:*',
              'route53-recovery-control-config:*',
              'route53-recovery-readiness:*',
              's3:GetAccountPublic*',
              's3:ListAllMyBuckets',
              's3:ListMultiRegionAccessPoints',
              's3:PutAccountPublic*',
              'shield:*',
              'sts:*',
              'support:*',
              'trustedadvisor:*',
              'waf-regional:*',
              'waf:*',
              'wafv2:*',
              'wellarchitected:*',
            ],
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
          },
        ],
      },
      'regions.scp.json',
    );
  });

  it('accept a default KMS key policy with administrators and users', () => {
    expectClean(
      {
        Version: version,
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
            Sid: 'Allow access for Key Administrators',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:role/KeyAdmin' },
            Action: [
              'kms:Create*',
              'kms:Describe*',
              'kms:Enable*',
              'kms:List*',
              'kms:Put*',
              'kms:Update*',
              'kms:Revoke*',
              'kms:Disable*',
              'kms:Get*',
              'kms:Delete*',
              'kms:TagResource',
              'kms:UntagResource',
              'kms:ScheduleKeyDeletion',
              'kms:CancelKeyDeletion',
              'kms:RotateKeyOnDemand',
            ],
            Resource: '*',
          },
          {
            Sid: 'Allow use of the key',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:role/KeyUser' },
            Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
            Resource: '*',
          },
          {
            Sid: 'Allow attachment of persistent resources',
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:role/KeyUser' },
            Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
            Resource: '*',
            Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
          },
        ],
      },
      'key.key-policy.json',
    );
  });

  it('accept a role trust policy and the Lambda basic execution policy', () => {
    expectClean(
      {
        Version: version,
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: ['sts:AssumeRole', 'sts:TagSession'],
          },
        ],
      },
      'role.trust-policy.json',
    );
    expectClean({
      Version: version,
      Statement: [
        { Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: 'arn:aws:logs:us-east-1:123456789012:*' },
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:*'],
        },
      ],
    });
  });

  it('accept AmazonS3ReadOnlyAccess and an API Gateway invoke policy', () => {
    expectClean({
      Version: version,
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'],
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Action: ['execute-api:Invoke'],
          Resource: ['arn:aws:execute-api:us-east-1:*:a123456789/test/POST/mydemoresource/*'],
        },
      ],
    });
  });
});
