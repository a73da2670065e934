import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint } from '../../../helpers/marked';

/** A pretty-printed policy whose size, without white space outside strings, is exactly `size`. */
function identityPolicyOfCompactSize(size: number): string {
  const build = (padding: string) =>
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { StringEquals: { 'aws:UserAgent': padding } },
          },
        ],
      },
      null,
      4,
    );
  const base = JSON.stringify(JSON.parse(build(''))).length;
  return build('x'.repeat(size - base));
}

/** A pretty-printed policy of exactly `size` characters, of which `spaces` are spaces inside a string. */
function orgPolicyOfSize(size: number, spaces = 0): string {
  const build = (padding: string) =>
    JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'ec2:RunInstances',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:UserAgent': padding } },
          },
        ],
      },
      null,
      2,
    );
  const base = build('').length;
  return build(' '.repeat(spaces) + 'x'.repeat(size - base - spaces));
}

describe('identity-policy-size', () => {
  it('reports an identity policy over 6,144 characters without white space on its opening brace', () => {
    const text = identityPolicyOfCompactSize(6145);
    assert.ok(text.length > 6145 + 50, 'the test policy has white space that must not count');
    expectFindings(`«{»${text.slice(1)}`, 'identity-policy-size', [
      'This policy has 6,145 characters without white space, over the 6,144 IAM accepts in a managed policy (inline policies: 2,048 per user, 5,120 per group, 10,240 per role, all inline policies together): split it or group actions with wildcards.',
    ]);
  });
  it('accepts an identity policy of exactly 6,144 characters without white space', () => {
    expectNone(identityPolicyOfCompactSize(6144), 'identity-policy-size');
  });
  it('counts the spaces inside strings', () => {
    const text = identityPolicyOfCompactSize(6200).replace(/"x{20}/, `"${' '.repeat(20)}`);
    const findings = lint(text).filter((f) => f.ruleId === 'identity-policy-size');
    assert.match(findings[0]?.message ?? '', /^This policy has 6,200 characters/);
  });
  it('holds a permissions boundary to the managed policy quota', () => {
    const text = identityPolicyOfCompactSize(7000);
    expectFindings(
      `«{»${text.slice(1)}`,
      'identity-policy-size',
      [
        'This permissions boundary has 7,000 characters without white space, over the 6,144 IAM accepts in a managed policy: split it or group actions with wildcards.',
      ],
      { fileName: 'dev.boundary.json' },
    );
  });
  it('leaves other kinds to their own size rules', () => {
    expectNone(identityPolicyOfCompactSize(7000), 'identity-policy-size', { fileName: 'x.scp.json' });
    expectNone(identityPolicyOfCompactSize(7000), 'identity-policy-size', { fileName: 'x.resource-policy.json' });
  });
  it('does not crash on deeply nested or broken values', () => {
    const nested = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${'['.repeat(5000)}`;
    assert.doesNotThrow(() => lint(nested, { fileName: 'x.policy.json' }));
    expectNone('{"Statement": [{"Effect": "Allow", "Action": , "Resource": "*"}]}', 'identity-policy-size');
  });
});

describe('org-policy-size', () => {
  it('reports an SCP over 5,120 characters, white space included, and says when removing it is enough', () => {
    const text = orgPolicyOfSize(5121);
    expectFindings(
      `«{»${text.slice(1)}`,
      'org-policy-size',
      [
        `This service control policy has 5,121 characters, over the 5,120 AWS Organizations accepts: white space counts: without the white space outside strings it has ${JSON.stringify(JSON.parse(text)).length.toLocaleString('en-US')}, which fits.`,
      ],
      { fileName: 'region.scp.json' },
    );
  });
  it('asks to split an RCP that is too long even without white space', () => {
    const text = orgPolicyOfSize(6000, 100);
    expectFindings(
      `«{»${text.slice(1)}`,
      'org-policy-size',
      [
        'This resource control policy has 6,000 characters, over the 5,120 AWS Organizations accepts: split it or group actions with wildcards.',
      ],
      { fileName: 'perimeter.rcp.json' },
    );
  });
  it('accepts an SCP of exactly 5,120 characters', () => {
    expectNone(orgPolicyOfSize(5120), 'org-policy-size', { fileName: 'region.scp.json' });
  });
  it('does not apply to identity policies', () => {
    expectNone(orgPolicyOfSize(6000), 'org-policy-size', { fileName: 'x.policy.json' });
  });
});
