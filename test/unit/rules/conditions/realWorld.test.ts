import { describe, it } from 'node:test';
import { conditionsRules } from '../../../../server/src/rules/conditions';
import { expectNoDocFinding } from '../../../helpers/awsDocs';

const IDS = new Set(conditionsRules.map((r) => r.id));

/** Policies from the AWS documentation (IAM, S3, KMS, STS user guides), which must get no condition finding. */
const DOCUMENTED: Record<string, string> = {
  'principal tag on access keys': 'access-keys-by-principal-tag.policy.json',
  'home directory prefixes': 's3-home-folder.policy.json',
  'max keys': 's3-max-keys.policy.json',
  'token issue time': 'access-keys-token-issue-time.policy.json',
  'deny without TLS': 'tls-only.bucket-policy.json',
  'IPv4 and IPv6 source ranges': 'source-ip-v4-v6.policy.json',
  'queue policy for an SNS topic': 'sqs-from-sns-topic.queue-policy.json',
  'instance types if they exist': 'ec2-instance-types-if-exists.policy.json',
  'no temporary credentials': 'ec2-no-temporary-credentials.policy.json',
  'require encryption on upload': 'require-sse.bucket-policy.json',
  'key used through EC2 only': 'via-ec2-only.key-policy.json',
  'grants for AWS resources': 'default-with-administrators.key-policy.json',
  'pass role to EC2': 'pass-role-to-ec2.policy.json',
  'trust with external id': 'cross-account-external-id.trust-policy.json',
  'organization only': 'organization-only.bucket-policy.json',
  'deny outside regions': 'deny-outside-requested-regions.policy.json',
  'require MFA': 'require-mfa.policy.json',
  'DynamoDB items per user': 'dynamodb-leading-keys.policy.json',
  'instances owned by the user': 'ec2-start-stop-by-ec2-owner-tag.policy.json',
  'time window': 'ec2-time-window.policy.json',
  'only through a VPC endpoint': 'vpc-endpoint-only.bucket-policy.json',
  'bucket owner full control': 'bucket-owner-full-control.bucket-policy.json',
  'topic policy for S3 events': 's3-event-notifications.topic-policy.json',
  'tag on create': 'ec2-tag-on-create.policy.json',
  'log group encryption context': 'cloudwatch-logs-encryption.key-policy.json',
  'lambda permission': 'lambda-invoke-from-s3.resource-policy.json',
  'object tags': 's3-existing-object-tag.policy.json',
  'GitHub Actions trust': 'github-actions-oidc.trust-policy.json',
  'Cognito identity pool trust': 'cognito-identity-pool.trust-policy.json',
  'EKS service account trust': 'eks-service-account.trust-policy.json',
  'SAML trust': 'saml.trust-policy.json',
  'calls through CloudFormation': 'called-via-cloudformation.policy.json',
  'organization paths': 'organization-paths.bucket-policy.json',
};

describe('condition rules on documented policies', () => {
  for (const [name, file] of Object.entries(DOCUMENTED)) {
    it(`reports nothing for the documented policy: ${name}`, () => expectNoDocFinding(file, IDS));
  }
});
