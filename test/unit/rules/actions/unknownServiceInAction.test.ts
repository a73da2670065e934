import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const rule = 'unknown-service-in-action';

function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('unknown-service-in-action', () => {
  it('reports an unknown prefix on the prefix alone, with the nearest prefix as the fix', () => {
    const [finding] = expectFindings(policy(allow('"«s4»:GetObject"')), rule, [
      '"s4" is not an AWS service prefix: did you mean s3:GetObject?',
    ]);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.data, { replacement: 's3' });
  });

  it('suggests a longer prefix the author shortened', () => {
    const [finding] = expectFindings(policy(allow('"«dynamo»:GetItem"')), rule, [
      '"dynamo" is not an AWS service prefix: did you mean dynamodb:GetItem?',
    ]);
    assert.deepEqual(finding.data, { replacement: 'dynamodb' });
  });

  it('prefers, among equally near prefixes, one that has the action', () => {
    // ec2, ecr and ecs are all one letter from ec3; only ecr has ListImages.
    expectFindings(policy(allow('"«ec3»:ListImages"')), rule, [
      '"ec3" is not an AWS service prefix: did you mean ecr:ListImages?',
    ]);
  });

  it('falls back to the only service that has the action', () => {
    expectFindings(policy(allow('"«security»:AssumeRoleWithSAML"')), rule, [
      '"security" is not an AWS service prefix: did you mean sts:AssumeRoleWithSAML?',
    ]);
  });

  it('reports a prefix with nothing near without a fix', () => {
    const [finding] = expectFindings(policy(allow('"«zzzzzz»:Foo"')), rule, [
      '"zzzzzz" is not an AWS service prefix, so "zzzzzz:Foo" never matches: check the prefix.',
    ]);
    assert.equal(finding.data, undefined);
  });

  it('checks wildcard actions and NotAction too', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": ["«s4»:Get*"], "Resource": "*"}'), rule, [
      '"s4" is not an AWS service prefix: did you mean s3:Get*?',
    ]);
  });

  it('leaves bucket policies to bucket-action-not-s3, which reports the same prefix as an error', () => {
    const bucket = policy(
      '    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "«s4»:GetObject", "Resource": "arn:aws:s3:::b/*"}',
    );
    expectNone(bucket.replace(/[«»]/g, ''), rule, { fileName: 'b.bucket-policy.json' });
    expectFindings(bucket, 'bucket-action-not-s3', ['"s4:GetObject" names no service: did you mean s3:GetObject?'], {
      fileName: 'b.bucket-policy.json',
    });
  });
  it('reports in key policies', () => {
    const key = policy(
      '    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "«kmz»:Decrypt", "Resource": "*"}',
    );
    expectFindings(key, rule, [/^"kmz" is not an AWS service prefix/], { fileName: 'k.key-policy.json' });
  });

  it('accepts known prefixes in any case, wildcard prefixes and *', () => {
    expectNone(
      policy(
        allow(
          '["s3:GetObject", "S3:GetObject", "execute-api:Invoke", "aws-marketplace:ViewSubscriptions", "s3*:Get*", "*:List*", "*"]',
        ),
      ),
      rule,
    );
  });

  it('leaves malformed values to the format rule', () => {
    expectNone(policy(allow('["s4", "s4::GetObject", ":GetObject", "s4 :GetObject"]')), rule);
  });
});
