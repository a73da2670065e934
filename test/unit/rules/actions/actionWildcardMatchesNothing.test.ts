import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const rule = 'action-wildcard-matches-nothing';

function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('action-wildcard-matches-nothing', () => {
  it('reports a prefix pattern that matches nothing, with the nearest prefix that does', () => {
    const [finding] = expectFindings(policy(allow('"s3:«Git*»"')), rule, [
      '"s3:Git*" matches no action of Amazon S3. Did you mean s3:Get*?',
    ]);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.data, { replacement: 'Get*' });
  });

  it('suggests for patterns with the wildcard at the start or at both ends', () => {
    const [suffix, middle] = expectFindings(policy(allow('["s3:«*Objekt»", "ec2:«*Instancs*»"]')), rule, [
      '"s3:*Objekt" matches no action of Amazon S3. Did you mean s3:*Object?',
      '"ec2:*Instancs*" matches no action of Amazon EC2. Did you mean ec2:*Instance*?',
    ]);
    assert.deepEqual(suffix.data, { replacement: '*Object' });
    assert.deepEqual(middle.data, { replacement: '*Instance*' });
  });

  it('reports a pattern with nothing near without a fix', () => {
    const [finding] = expectFindings(policy(allow('"ec2:«*Foo»"')), rule, [
      '"ec2:*Foo" matches no action of Amazon EC2: check the pattern.',
    ]);
    assert.equal(finding.data, undefined);
  });

  it('reports the whole value when the service part has a wildcard', () => {
    expectFindings(policy(allow('["«*:Frobnicate*»", "«s3*:Frob?»"]')), rule, [
      '"*:Frobnicate*" matches no action of any service: check the pattern.',
      '"s3*:Frob?" matches no action of any service: check the pattern.',
    ]);
  });

  it('checks NotAction too', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": ["iam:«Lsit*»"], "Resource": "*"}'), rule, [
      '"iam:Lsit*" matches no action of AWS Identity and Access Management (IAM). Did you mean iam:List*?',
    ]);
  });

  it('stays fast on patterns that make backtracking matchers explode', () => {
    const evil = '*a*a*a*a*a*a*a*a*a*a*a*a*b';
    const text = policy(allow(`["ec2:${evil}", "*:${evil}", "${evil}:*", "ec2:${'*a'.repeat(2000)}b"]`));
    const findings = lint(text).filter((f) => f.ruleId === rule);
    assert.equal(findings.length, 4);
  });

  it('answers at once for a huge pattern', () => {
    const text = policy(allow(`["s3:Get*${'x?'.repeat(50_000)}"]`));
    assert.equal(lint(text).filter((f) => f.ruleId === rule).length, 1);
  });

  it('accepts wildcards that match, in any case', () => {
    expectNone(
      policy(allow('["s3:Get*", "s3:*Object", "s3:get?bject", "ec2:Describe*", "ec2:*", "*:List*", "s3*:Get*", "*"]')),
      rule,
    );
  });

  it('leaves unknown services and plain actions to other rules', () => {
    expectNone(policy(allow('["s4:Get*", "s3:GetObjekt", "s3:Git* "]')), rule);
  });
});
