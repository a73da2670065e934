import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../helpers/marked';
import { principalsRules } from '../../../../server/src/rules/principals';

const IDS = new Set(principalsRules.map((r) => r.id));

/** Asserts that no principals rule reports anything on a policy. */
function expectClean(text: string, fileName: string): void {
  const findings = lint(text, { fileName }).filter((f) => IDS.has(f.ruleId));
  assert.deepEqual(
    findings.map((f) => `${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}: ${f.message}`),
    [],
  );
}

// Policies as the AWS documentation writes them (S3, CloudFront, ELB, KMS, IAM, Lambda guides).
const EXAMPLES: [string, string, object][] = [
  [
    'a cross-account bucket policy',
    'x.bucket-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        },
      ],
    },
  ],
  [
    'a CloudFront origin access control bucket policy',
    'x.bucket-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AllowCloudFrontServicePrincipalReadOnly',
          Effect: 'Allow',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
          Condition: {
            StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' },
          },
        },
      ],
    },
  ],
  [
    'a CloudFront origin access identity bucket policy',
    'x.bucket-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity EH1HDMB1FH2TC' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        },
        {
          Effect: 'Allow',
          Principal: { CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*',
        },
      ],
    },
  ],
  [
    'an ELB access log bucket policy',
    'x.bucket-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::127311923021:root' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/prefix/AWSLogs/111122223333/*',
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/prefix/AWSLogs/111122223333/*',
        },
      ],
    },
  ],
  [
    'a deny-all-but bucket policy with NotPrincipal',
    'x.bucket-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          NotPrincipal: { AWS: ['arn:aws:iam::444455556666:user/Bob', 'arn:aws:iam::444455556666:root'] },
          Action: 's3:*',
          Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
        },
      ],
    },
  ],
  [
    'a public-read bucket policy',
    'x.bucket-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PublicRead',
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:GetObject', 's3:GetObjectVersion'],
          Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/*'],
        },
      ],
    },
  ],
  [
    'the default key policy with key administrators and users',
    'x.key-policy.json',
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
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
          Principal: { AWS: ['arn:aws:iam::111122223333:role/ExampleRole', 'arn:aws:iam::444455556666:root'] },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'logs.us-west-2.amazonaws.com' },
          Action: ['kms:Encrypt*', 'kms:Decrypt*'],
          Resource: '*',
        },
      ],
    },
  ],
  [
    'a GitHub Actions OIDC trust policy',
    'x.trust-policy.json',
    {
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
  ],
  [
    'a SAML trust policy',
    'x.trust-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider' },
          Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        },
      ],
    },
  ],
  [
    'a cross-account trust policy with an external ID',
    'x.trust-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::111122223333:root', '444455556666'] },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } },
        },
      ],
    },
  ],
  [
    'a service trust policy',
    'x.trust-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com'] },
          Action: 'sts:AssumeRole',
        },
      ],
    },
  ],
  [
    'a Cognito identity pool trust policy',
    'x.trust-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456790ab' },
          },
        },
      ],
    },
  ],
  [
    'an SNS topic policy open to an organization',
    'x.topic-policy.json',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'SNS:Publish',
          Resource: 'arn:aws:sns:us-east-2:123456789012:MyTopic',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ],
    },
  ],
  [
    'an identity policy without principals',
    'x.policy.json',
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    },
  ],
];

describe('principals rules on AWS documentation policies', () => {
  for (const [what, fileName, document] of EXAMPLES) {
    it(`report nothing on ${what}`, () => expectClean(JSON.stringify(document, null, 2), fileName));
  }
  it('report nothing on a trust policy whose kind comes from its content', () => {
    const document = EXAMPLES.find(([what]) => what === 'a service trust policy')![2];
    expectClean(JSON.stringify(document), 'role.json');
  });
});
