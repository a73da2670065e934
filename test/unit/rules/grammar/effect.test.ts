import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

describe('missing-effect', () => {
  it('reports a statement without Effect at its opening brace', () => {
    expectFindings(policy('«{»"Action": "s3:GetObject", "Resource": "*"}'), 'missing-effect', [
      'This statement has no Effect: add "Effect": "Allow" or "Effect": "Deny".',
    ]);
  });
  it('stays quiet when Effect is misspelt, which unknown-element reports', () => {
    expectNone(policy('{"effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'), 'missing-effect');
    expectNone(policy('{"Efect": "Allow", "Action": "s3:GetObject", "Resource": "*"}'), 'missing-effect');
  });
  it('accepts statements with an Effect', () => {
    expectNone(policy('{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}'), 'missing-effect');
  });
});

describe('invalid-effect', () => {
  const RULE = 'invalid-effect';
  it('reports an Effect in the wrong case with the right spelling as the fix', () => {
    const findings = expectFindings(
      policy(
        '{"Effect": "«allow»", "Action": "s3:*", "Resource": "*"}',
        '{"Effect": "«DENY»", "Action": "s3:*", "Resource": "*"}',
      ),
      RULE,
      ['Effect is case-sensitive: write "Allow", not "allow".', 'Effect is case-sensitive: write "Deny", not "DENY".'],
    );
    assert.deepEqual(
      findings.map((f) => f.data?.replacement),
      ['Allow', 'Deny'],
    );
  });
  it('suggests the effect a misspelling means', () => {
    const [finding] = expectFindings(policy('{"Effect": "«Alow»", "Action": "s3:*", "Resource": "*"}'), RULE, [
      '"Alow" is not an effect. Did you mean "Allow"?',
    ]);
    assert.equal(finding.data?.replacement, 'Allow');
  });
  it('reports a value that is no effect at all, without a fix', () => {
    const [finding] = expectFindings(policy('{"Effect": "«Permit»", "Action": "s3:*", "Resource": "*"}'), RULE, [
      '"Permit" is not an effect: use "Allow" or "Deny".',
    ]);
    assert.equal(finding.data, undefined);
  });
  it('reports an empty Effect on its quotes', () => {
    expectFindings(policy('{"Effect": «""», "Action": "s3:*", "Resource": "*"}'), RULE, [
      'Effect is empty: use "Allow" or "Deny".',
    ]);
  });
  it('reports an Effect with escapes on the whole string, with a quoted replacement', () => {
    const [finding] = expectFindings(policy('{"Effect": «"\\u0061llow"», "Action": "s3:*", "Resource": "*"}'), RULE, [
      'Effect is case-sensitive: write "Allow", not "allow".',
    ]);
    assert.equal(finding.data?.replacement, '"Allow"');
  });
  it('accepts Allow and Deny, and leaves other types to invalid-element-type', () => {
    expectNone(policy('{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}'), RULE);
    expectNone(policy('{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}'), RULE);
    expectNone(policy('{"Effect": 1, "Action": "s3:*", "Resource": "*"}'), RULE);
  });
});
