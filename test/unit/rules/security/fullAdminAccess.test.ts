import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const MESSAGE = (action: string) =>
  `"${action}" on every resource with no condition grants full administrator access: allow only the actions this identity needs.`;

describe('full-admin-access', () => {
  it('reports "*" on "*" with no condition, on the action', () => {
    expectFindings(policy(`    {"Effect": "Allow", "Action": "«*»", "Resource": "*"}`), 'full-admin-access', [
      MESSAGE('*'),
    ]);
  });
  it('reports "*:*" inside a list of actions and resources', () => {
    const text = policy(
      `    {"Effect": "Allow", "Action": ["s3:GetObject", "«*:*»"], "Resource": ["arn:aws:s3:::b/*", "*"]}`,
    );
    expectFindings(text, 'full-admin-access', [MESSAGE('*:*')]);
  });
  it('accepts a condition, a narrower resource or action, and Deny', () => {
    const mfa = '"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}';
    expectNone(policy(`    {"Effect": "Allow", "Action": "*", "Resource": "*", ${mfa}}`), 'full-admin-access');
    expectNone(policy(`    {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b/*"}`), 'full-admin-access');
    expectNone(policy(`    {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}`), 'full-admin-access');
    expectNone(policy(`    {"Effect": "Deny", "Action": "*", "Resource": "*"}`), 'full-admin-access');
  });
  it('accepts the FullAWSAccess service control policy', () => {
    const text = policy(`    {"Effect": "Allow", "Action": "*", "Resource": "*"}`);
    expectNone(text, 'full-admin-access', { fileName: 'FullAWSAccess.scp.json' });
  });
});
