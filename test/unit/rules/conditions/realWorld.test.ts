import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, policy } from '../../../helpers/marked';
import { conditionsRules } from '../../../../server/src/rules/conditions';

const IDS = new Set(conditionsRules.map((r) => r.id));

/** Condition findings of a text, as "rule: covered text" for readable failures. */
function conditionFindings(text: string, fileName?: string): string[] {
  return lint(text, { fileName })
    .filter((f) => IDS.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${text.substr(f.offset, f.length)}`);
}

/** Policies from the AWS documentation (IAM, S3, KMS, STS user guides), which must get no condition finding. */
const DOCUMENTED: Record<string, string> = {
  'principal tag on access keys':
    policy(`{"Effect": "Allow", "Action": "iam:*AccessKey*", "Resource": "arn:aws:iam::111122223333:user/*",
    "Condition": {"StringEquals": {"aws:PrincipalTag/job-category": "iamuser-admin"}}}`),
  'home directory prefixes':
    policy(`{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::BUCKET-NAME",
    "Condition": {"StringLike": {"s3:prefix": ["", "home/", "home/\${aws:username}/"]}}}`),
  'max keys': policy(`{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::example_bucket",
    "Condition": {"NumericLessThanEquals": {"s3:max-keys": "10"}}}`),
  'token issue time':
    policy(`{"Effect": "Allow", "Action": "iam:*AccessKey*", "Resource": "arn:aws:iam::111122223333:user/*",
    "Condition": {"DateGreaterThan": {"aws:TokenIssueTime": "2020-01-01T00:00:01Z"}}}`),
  'deny without TLS': policy(`{"Sid": "BooleanExample", "Action": "s3:*", "Effect": "Deny",
    "Resource": ["arn:aws:s3:::DOC-EXAMPLE-BUCKET", "arn:aws:s3:::DOC-EXAMPLE-BUCKET/*"],
    "Condition": {"Bool": {"aws:SecureTransport": "false"}}}`),
  'IPv4 and IPv6 source ranges': policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
    "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:DB8:1234:5678::/64"]}}}`),
  'queue policy for an SNS topic':
    policy(`{"Effect": "Allow", "Principal": {"AWS": "123456789012"}, "Action": "SQS:SendMessage",
    "Resource": "arn:aws:sqs:us-east-1:123456789012:queue", "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:topic"}}}`),
  'instance types if they exist':
    policy(`{"Sid": "RunInstance", "Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*",
    "Condition": {"StringLikeIfExists": {"ec2:InstanceType": ["t1.*", "t2.*", "m3.*"]}}}`),
  'no temporary credentials': policy(
    `{"Action": "ec2:*", "Effect": "Allow", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": "true"}}}`,
  ),
  'require encryption on upload': policy(
    `{"Sid": "DenyIncorrectEncryptionHeader", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::bucket/*",
    "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "AES256"}}}`,
    `{"Sid": "DenyUnencryptedObjectUploads", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::bucket/*",
    "Condition": {"Null": {"s3:x-amz-server-side-encryption": "true"}}}`,
  ),
  'key used through EC2 only':
    policy(`{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/ExampleRole"},
    "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"], "Resource": "*",
    "Condition": {"StringEquals": {"kms:ViaService": "ec2.us-west-2.amazonaws.com", "kms:CallerAccount": "111122223333"}}}`),
  'grants for AWS resources': policy(`{"Sid": "Allow attachment of persistent resources", "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::111122223333:role/ExampleRole"}, "Action": ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
    "Resource": "*", "Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}}`),
  'pass role to EC2':
    policy(`{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/ec2-role",
    "Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}}`),
  'trust with external id':
    policy(`{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"sts:ExternalId": "Unique ID Assigned by Example Corp"}}}`),
  'organization only':
    policy(`{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*",
    "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-xxxxxxxxxxx"}}}`),
  'deny outside regions': policy(`{"Sid": "DenyAllOutsideRequestedRegions", "Effect": "Deny",
    "NotAction": ["cloudfront:*", "iam:*", "route53:*", "support:*"], "Resource": "*",
    "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-central-1", "eu-west-1"]}}}`),
  'require MFA': policy(
    `{"Sid": "DenyAllExceptListedIfNoMFA", "Effect": "Deny", "NotAction": ["iam:ListMFADevices", "sts:GetSessionToken"], "Resource": "*",
    "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}`,
    `{"Effect": "Allow", "Action": "ec2:StopInstances", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}}`,
  ),
  'DynamoDB items per user':
    policy(`{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem"],
    "Resource": ["arn:aws:dynamodb:*:*:table/MyTable"],
    "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["\${www.amazon.com:user_id}"]}}}`),
  'instances owned by the user':
    policy(`{"Effect": "Allow", "Action": ["ec2:StartInstances", "ec2:StopInstances"], "Resource": "arn:aws:ec2:*:*:instance/*",
    "Condition": {"StringEquals": {"ec2:ResourceTag/Owner": "\${aws:username}"}}}`),
  'time window': policy(`{"Effect": "Allow", "Action": "ec2:*", "Resource": "*",
    "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2020-04-01T00:00:00Z"}, "DateLessThan": {"aws:CurrentTime": "2020-06-30T23:59:59Z"}}}`),
  'only through a VPC endpoint':
    policy(`{"Sid": "Access-to-specific-VPCE-only", "Principal": "*", "Action": "s3:*", "Effect": "Deny",
    "Resource": ["arn:aws:s3:::awsexamplebucket1", "arn:aws:s3:::awsexamplebucket1/*"],
    "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}}`),
  'bucket owner full control':
    policy(`{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:PutObject",
    "Resource": "arn:aws:s3:::bucket/*", "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}}`),
  'topic policy for S3 events':
    policy(`{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "SNS:Publish",
    "Resource": "arn:aws:sns:us-east-1:111122223333:topic",
    "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}, "ArnLike": {"aws:SourceArn": "arn:aws:s3:::bucket"}}}`),
  'tag on create': policy(`{"Effect": "Allow", "Action": ["ec2:RunInstances", "ec2:CreateTags"], "Resource": "*",
    "Condition": {"StringEquals": {"aws:RequestTag/environment": ["preprod", "production"]},
      "ForAllValues:StringEquals": {"aws:TagKeys": ["environment", "cost-center"]}}}`),
  'log group encryption context': policy(`{"Effect": "Allow", "Principal": {"Service": "logs.us-east-1.amazonaws.com"},
    "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*",
    "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:us-east-1:111122223333:*"}}}`),
  'lambda permission':
    policy(`{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "lambda:InvokeFunction",
    "Resource": "arn:aws:lambda:us-east-1:111122223333:function:fn",
    "Condition": {"StringEquals": {"AWS:SourceAccount": "111122223333"}, "ArnLike": {"AWS:SourceArn": "arn:aws:s3:::bucket"}}}`),
  'object tags': policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*",
    "Condition": {"StringEquals": {"s3:ExistingObjectTag/security": "public"}}}`),
  'GitHub Actions trust':
    policy(`{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
      "StringLike": {"token.actions.githubusercontent.com:sub": "repo:octo-org/octo-repo:ref:refs/heads/main"}}}`),
  'Cognito identity pool trust':
    policy(`{"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-abcd-abcd-abcd-123456790ab"},
      "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}`),
  'EKS service account trust': policy(`{"Effect": "Allow",
    "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:default:my-sa",
      "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"}}}`),
  'SAML trust':
    policy(`{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider"},
    "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}`),
  'calls through CloudFormation': policy(`{"Effect": "Allow", "Action": "s3:CreateBucket", "Resource": "*",
    "Condition": {"ForAnyValue:StringEquals": {"aws:CalledVia": ["cloudformation.amazonaws.com"]}}}`),
  'organization paths':
    policy(`{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*",
    "Condition": {"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"]}}}`),
};

describe('condition rules on documented policies', () => {
  for (const [name, text] of Object.entries(DOCUMENTED)) {
    it(`reports nothing for the documented policy: ${name}`, () => {
      assert.deepEqual(conditionFindings(text), []);
    });
  }
});
