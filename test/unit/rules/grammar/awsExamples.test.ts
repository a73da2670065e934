import { describe, it } from 'node:test';
import { grammarRules } from '../../../../server/src/rules/grammar';
import { expectNoDocFinding } from '../../../helpers/awsDocs';

// legacy-version is left out: the default SNS topic policy is documented with Version 2008-10-17, which it gets as
// information (and the snapshot in test/golden/awsDocs.test.ts holds that line).
const GRAMMAR = new Set(grammarRules.map((r) => r.id).filter((id) => id !== 'legacy-version'));

/** Policies as the AWS documentation gives them (test/fixtures/aws-docs), each under a file name that sets its kind. */
const EXAMPLES = [
  's3-home-folder.policy.json',
  'mfa-self-management.policy.json',
  'public-read.bucket-policy.json',
  'tls-only.bucket-policy.json',
  'default-with-administrators.key-policy.json',
  'service-roles.trust-policy.json',
  'github-actions-oidc.trust-policy.json',
  'deny-outside-eu-regions.scp.json',
  'sns-default.topic-policy.json',
  'sqs-all-actions.queue-policy.json',
];

describe('grammar rules on policies from the AWS documentation', () => {
  for (const file of EXAMPLES) {
    it(`find nothing wrong in ${file}`, () => expectNoDocFinding(file, GRAMMAR));
  }
});
