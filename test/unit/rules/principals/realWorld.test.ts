import { describe, it } from 'node:test';
import { principalsRules } from '../../../../server/src/rules/principals';
import { expectNoDocFinding } from '../../../helpers/awsDocs';

const IDS = new Set(principalsRules.map((r) => r.id));

// Policies as the AWS documentation writes them (S3, CloudFront, ELB, KMS, IAM, Lambda guides): test/fixtures/aws-docs.
const EXAMPLES: [string, string][] = [
  ['a cross-account bucket policy', 'cross-account.bucket-policy.json'],
  ['a CloudFront origin access control bucket policy', 'cloudfront-oac.bucket-policy.json'],
  ['a CloudFront origin access identity bucket policy', 'cloudfront-oai.bucket-policy.json'],
  ['an ELB access log bucket policy', 'elb-access-logs.bucket-policy.json'],
  ['a deny-all-but bucket policy with NotPrincipal', 'deny-all-but-not-principal.bucket-policy.json'],
  ['a public-read bucket policy', 'public-read.bucket-policy.json'],
  ['a key policy for another account and a service', 'cross-account-and-logs.key-policy.json'],
  ['a GitHub Actions OIDC trust policy', 'github-actions-oidc.trust-policy.json'],
  ['a SAML trust policy', 'saml.trust-policy.json'],
  ['a cross-account trust policy with an external ID', 'cross-account-external-id.trust-policy.json'],
  ['a service trust policy', 'service-roles.trust-policy.json'],
  ['a Cognito identity pool trust policy', 'cognito-identity-pool.trust-policy.json'],
  ['an SNS topic policy open to an organization', 'sns-organization.topic-policy.json'],
  ['an identity policy without principals', 'list-all-buckets.policy.json'],
];

describe('principals rules on AWS documentation policies', () => {
  for (const [what, file] of EXAMPLES) {
    it(`report nothing on ${what}`, () => expectNoDocFinding(file, IDS));
  }
  it('report nothing on a trust policy whose kind comes from its content', () => {
    expectNoDocFinding('service-roles.trust-policy.json', IDS, { fileName: 'role.json', compact: true });
  });
});
