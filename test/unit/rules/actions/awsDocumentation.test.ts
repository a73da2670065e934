import { describe, it } from 'node:test';
import { actionsRules } from '../../../../server/src/rules/actions';
import { expectNoDocFinding } from '../../../helpers/awsDocs';

const IDS = new Set(actionsRules.map((r) => r.id));

// Policies from the AWS documentation (test/fixtures/aws-docs): what each shows, and its fixture.
const CLEAN: [string, string][] = [
  ['read and write access to the objects of a bucket', 's3-read-write-objects.policy.json'],
  ['starting and stopping the instances a user owns', 'ec2-start-stop-owned-instances.policy.json'],
  ['access to one DynamoDB table', 'dynamodb-table-access.policy.json'],
  ['the MFA self-management policy', 'mfa-self-management.policy.json'],
  ['the SCP that denies access outside the requested Regions', 'deny-outside-eu-regions.scp.json'],
  ['a default KMS key policy with administrators and users', 'default-with-administrators.key-policy.json'],
  ['a Lambda role trust policy with session tags', 'lambda-tag-session.trust-policy.json'],
  ['the Lambda basic execution policy', 'lambda-basic-execution.policy.json'],
  ['AmazonS3ReadOnlyAccess', 'AmazonS3ReadOnlyAccess.policy.json'],
  ['an API Gateway invoke policy', 'api-gateway-invoke.policy.json'],
];

describe('actions rules on policies from the AWS documentation', () => {
  for (const [what, file] of CLEAN) {
    it(`accept ${what}`, () => expectNoDocFinding(file, IDS));
  }
});
