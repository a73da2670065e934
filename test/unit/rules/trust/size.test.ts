import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone } from '../../../helpers/marked';

const TRUST = { fileName: 'role.trust-policy.json' };

/** A trust policy with `count` account principals, laid out with plenty of white space. */
function withAccounts(count: number): string {
  const accounts = Array.from({ length: count }, (_, i) => `        "${String(100000000000 + i)}"`).join(',\n');
  return `«{»\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": {"AWS": [\n${accounts}\n    ]},\n    "Action": "sts:AssumeRole",\n    "Condition": {"StringEquals": {"sts:ExternalId": "x"}}\n  }]\n}\n`;
}

describe('trust-policy-size', () => {
  it('reports a policy over the default quota at its opening brace, with its count', () => {
    expectFindings(
      withAccounts(140),
      'trust-policy-size',
      [
        "This trust policy has 2,257 characters without white space, over IAM's default 2,048: unless your account's quota was raised (up to 8,192 through Service Quotas), shorten it or ask for more.",
      ],
      TRUST,
    );
  });
  it('says when a policy is over even the highest quota', () => {
    expectFindings(
      withAccounts(560),
      'trust-policy-size',
      [
        "This trust policy has 8,557 characters without white space, over IAM's default 2,048: that is over even the highest quota, 8,192: shorten it.",
      ],
      TRUST,
    );
  });
  it('does not count white space (the counts agree with JSON.stringify)', () => {
    const text = withAccounts(125).replace(/[«»]/g, '');
    assert.ok(text.length > 2048, 'the fixture is longer than the quota with its white space');
    assert.equal(JSON.stringify(JSON.parse(text)).length, 2032);
    expectNone(text, 'trust-policy-size', TRUST);
  });
});
