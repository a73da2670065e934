import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../helpers/marked';
import { principalsRules } from '../../../../server/src/rules/principals';
import { securityRules } from '../../../../server/src/rules/security';

const IDS = new Set([...principalsRules, ...securityRules].map((r) => r.id));
const KINDS = [
  'x.policy.json',
  'x.bucket-policy.json',
  'x.key-policy.json',
  'x.trust-policy.json',
  'x.scp.json',
  'x.rcp.json',
  'x.boundary.json',
  'x.json',
];

// Shapes no policy should have: each must be skipped or reported, never crash a rule.
const ODD_STATEMENTS = [
  '{"Effect": "Allow", "Principal": {"AWS": [[], {}, null, 1, true, ""]}, "Action": [1, null], "Resource": [{}]}',
  '{"Effect": "Allow", "Principal": {"AWS": ":::::", "Service": "...", "Federated": "arn:", "CanonicalUser": ""}, "Action": "*"}',
  '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:"}, "NotPrincipal": 7, "NotAction": {}, "NotResource": null}',
  '{"Effect": "Allow", "Principal": {"": "", "AWS": "arn:::::"}, "Action": "iam:PassRole", "Resource": "arn", "Condition": []}',
  '{"Effect": ["Allow"], "Principal": [], "Action": "*", "Resource": "*", "Condition": {"StringEquals": null}}',
  '{"Effect": "Allow", "Principal": {"AWS": "\\u0061rn:aws:iam::123456789012:root"}, "Action": "iam:*", "NotResource": []}',
  '{"Effect": "Allow", "Principal": {"Service": "*a*a*a*a*a*a*a*b"}, "Action": "*a*a*a*a*a*a*a*b", "Resource": "*"}',
  `{"Effect": "Allow", "Principal": {"AWS": "${'arn:aws:iam::123456789012:role/'.repeat(200)}"}, "Action": "iam:PassRole", "Resource": "*"}`,
];

describe('principals and security rules on odd shapes', () => {
  for (const statement of ODD_STATEMENTS) {
    it(`do not crash on ${statement.slice(0, 70)}`, () => {
      const text = `{"Version": "2012-10-17", "Statement": [${statement}]}`;
      for (const fileName of KINDS) {
        const findings = lint(text, { fileName }).filter((f) => IDS.has(f.ruleId));
        for (const f of findings) {
          assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `${f.ruleId} range inside the text`);
          assert.ok(f.message.length > 0);
        }
      }
    });
  }
});
