import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { securityRules } from '../../../../server/src/rules/security';
import { docFindings, expectNoDocFinding } from '../../../helpers/awsDocs';

const IDS = new Set(securityRules.map((r) => r.id));

/** The security findings of a documentation policy, as `rule-id "covered text"`. */
function securityFindings(file: string): string[] {
  return docFindings(file, IDS).map((f) => `${f.ruleId} ${JSON.stringify(f.covered)}`);
}

// Identity policies as the IAM User Guide and the AWS managed policies write them: test/fixtures/aws-docs.
const CLEAN: [string, string][] = [
  ['passing roles to EC2 only', 'pass-role-to-ec2.policy.json'],
  ['passing roles of one path', 'pass-role-path.policy.json'],
  ['denying everything without MFA', 'mfa-self-management.policy.json'],
  ['denying access outside two Regions', 'deny-outside-requested-regions.policy.json'],
  ['the service-linked role statement of AmazonEC2FullAccess', 'AmazonEC2FullAccess-excerpt.policy.json'],
  ['IAMReadOnlyAccess', 'IAMReadOnlyAccess.policy.json'],
];

describe('security rules on AWS documentation policies', () => {
  for (const [what, file] of CLEAN) {
    it(`report nothing on ${what}`, () => expectNoDocFinding(file, IDS));
  }
  it('report the breadth of PowerUserAccess: NotAction on "*" and service-linked roles of any service', () => {
    assert.deepEqual(securityFindings('PowerUserAccess.policy.json'), [
      'allow-not-action "\\"NotAction\\""',
      'create-service-linked-role-on-all "iam:CreateServiceLinkedRole"',
    ]);
  });
  it('report AdministratorAccess once, as full administrator access', () => {
    assert.deepEqual(securityFindings('AdministratorAccess.policy.json'), ['full-admin-access "*"']);
  });
});
