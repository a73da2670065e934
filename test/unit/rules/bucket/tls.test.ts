import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const asBucket = { fileName: 'data.bucket-policy.json' };
const MESSAGE =
  'Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.';
const read = (resource = '"arn:aws:s3:::reports/*"', sid = 'Read') =>
  `    {"Sid": "${sid}", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": ${resource}}`;
const denyHttp = (operator: string, value: string) =>
  `    {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"], "Condition": {"${operator}": {"aws:SecureTransport": ${value}}}}`;

describe('bucket-tls-not-enforced', () => {
  it('reports a policy without the Deny at the Statement key, with the statement to add', () => {
    const text = `{\n  "Version": "2012-10-17",\n  «"Statement"»: [\n${read('"arn:aws-us-gov:s3:::reports/*"')}\n  ]\n}`;
    const [finding] = expectFindings(text, 'bucket-tls-not-enforced', [MESSAGE], asBucket);
    assert.equal(finding.severity, 'information');
    assert.deepEqual(finding.data?.addStatement, {
      Sid: 'EnforceTLS',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws-us-gov:s3:::reports', 'arn:aws-us-gov:s3:::reports/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  });
  it('picks a Sid the policy does not use yet', () => {
    const text = `{"Version": "2012-10-17", «"Statement"»: [\n${read(undefined, 'EnforceTLS')}\n]}`;
    const [finding] = expectFindings(text, 'bucket-tls-not-enforced', [MESSAGE], asBucket);
    assert.equal((finding.data?.addStatement as { Sid: string }).Sid, 'DenyInsecureTransport');
  });
  it('reports without a fix when the policy names no bucket', () => {
    const text = `{"Version": "2012-10-17", «"Statement"»: [\n${read('"arn:aws:s3:::logs-*/*"')}\n]}`;
    const [finding] = expectFindings(text, 'bucket-tls-not-enforced', [MESSAGE], asBucket);
    assert.equal(finding.data, undefined);
  });
  it('does not count an Allow over TLS or a Deny when TLS is used', () => {
    const allowTls =
      '    {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}';
    expectFindings(
      `{"Version": "2012-10-17", «"Statement"»: [\n${allowTls},\n${denyHttp('Bool', '"true"')}\n]}`,
      'bucket-tls-not-enforced',
      [MESSAGE],
      asBucket,
    );
  });
  it('accepts the Deny with Bool or BoolIfExists, as a string or a boolean', () => {
    expectNone(policy(read(), denyHttp('Bool', '"false"')), 'bucket-tls-not-enforced', asBucket);
    expectNone(policy(read(), denyHttp('BoolIfExists', 'false')), 'bucket-tls-not-enforced', asBucket);
    expectNone(policy(read(), denyHttp('Bool', '["False"]')), 'bucket-tls-not-enforced', asBucket);
  });
  it('leaves directory buckets and other kinds alone', () => {
    const directory =
      '    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3express:CreateSession", "Resource": "arn:aws:s3express:us-west-2:111122223333:bucket/dir--usw2-az1--x-s3"}';
    expectNone(policy(directory), 'bucket-tls-not-enforced', asBucket);
    expectNone(policy(read()), 'bucket-tls-not-enforced', { fileName: 'x.resource-policy.json' });
  });
});

describe('bucket-tls-not-enforced on broken policies', () => {
  it('says nothing when the policy has no statement to add to', () => {
    expectNone('{"Version": "2012-10-17", "Statement": 5}', 'bucket-tls-not-enforced', asBucket);
    expectNone('{"Version": "2012-10-17", "Statement": []}', 'bucket-tls-not-enforced', asBucket);
  });
});
