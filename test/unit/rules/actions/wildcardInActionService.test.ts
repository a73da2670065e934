import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const rule = 'wildcard-in-action-service';

function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('wildcard-in-action-service', () => {
  it('reports a wildcard prefix on the prefix, listing the services it matches', () => {
    const [finding] = expectFindings(policy(allow('"«s3*»:Get*"')), rule, [
      '"s3*" matches 7 services (s3, s3-object-lambda, s3-outposts, s3express and 3 more), and any added later with a matching prefix: name the services you mean.',
    ]);
    assert.equal(finding.severity, 'information');
    assert.equal(finding.data, undefined);
  });

  it('offers the one service a wildcard prefix matches today', () => {
    const [finding] = expectFindings(policy(allow('"«s3e?press»:Create*"')), rule, [
      '"s3e?press" matches only the service s3express today, and any service added later with a matching prefix: write s3express.',
    ]);
    assert.deepEqual(finding.data, { replacement: 's3express' });
  });

  it('counts the services a * prefix reaches', () => {
    expectFindings(policy(allow('"«*»:GetObject"')), rule, [
      /^The \* service prefix makes "\*:GetObject" match actions of \d+ services: name the services you mean\.$/,
    ]);
  });

  it('checks NotAction too', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": "«iam*»:*", "Resource": "*"}'), rule, [
      /^"iam\*" matches only the service iam today/,
    ]);
  });

  it('stays quiet when the value matches nothing, which has its own warning', () => {
    expectNone(policy(allow('["*:Frobnicate", "zq*:Get*"]')), rule);
  });

  it('accepts * alone and literal prefixes with wildcard names', () => {
    expectNone(policy(allow('["*", "s3:*", "s3:Get*", "ec2:Describe?*"]')), rule);
  });
});
