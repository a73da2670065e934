import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trustRules } from '../../../../server/src/rules/trust';
import { lint } from '../../../helpers/marked';

const IDS = new Set(trustRules.map((r) => r.id));
const TRUST = { fileName: 'role.trust-policy.json' };

describe('trust rules on unexpected shapes', () => {
  it('do not throw on values of the wrong type anywhere', () => {
    const shapes = [
      '{"Statement": 5}',
      '{"Statement": [null, 1, "x", []]}',
      '{"Statement": {"Effect": "Allow", "Principal": 5, "Action": {"a": 1}, "Condition": []}}',
      '{"Statement": {"Effect": "Allow", "Principal": {"Federated": [1, null, {}]}, "Action": [1, ["sts:AssumeRole"]]}}',
      '{"Statement": {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": 3, "Bool": {"aws:PrincipalOrgID": []}}}}',
      '{"Statement": {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::1:oidc-provider/"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {":sub": "*", "token.actions.githubusercontent.com:sub": [null, 3, ""]}}}}',
      '{"Statement": {"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}}}',
    ];
    for (const text of shapes) assert.doesNotThrow(() => lint(text, TRUST), text);
  });
  it('stay fast on wildcard-heavy actions and subjects', () => {
    const pattern = '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b';
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
        Action: [`sts:${pattern}`, `${pattern}:${pattern}`, 'sts:' + '*'.repeat(5000) + 'x'],
        Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:' + pattern.repeat(200) } },
      },
    });
    const start = performance.now();
    const found = lint(text, TRUST).filter((f) => IDS.has(f.ruleId));
    assert.ok(performance.now() - start < 1000, 'under a second');
    assert.deepEqual(
      found.map((f) => f.ruleId),
      ['trust-policy-size', 'github-any-repository'],
    );
  });
  it('place a fix over the whole token when the value has escapes', () => {
    const text =
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:Assume\\u0052ole"}}';
    const [finding] = lint(text, TRUST).filter((f) => f.ruleId === 'action-principal-mismatch');
    assert.equal(text.substr(finding.offset, finding.length), '"sts:Assume\\u0052ole"');
    assert.equal(finding.data?.replacement, '"sts:AssumeRoleWithSAML"');
  });
});
