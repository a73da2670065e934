import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint } from '../../../helpers/marked';

const asBucket = { fileName: 'big.bucket-policy.json' };

/** A policy of about `bytes` bytes: one statement whose Sid pads it. */
function sized(bytes: number, pad = 'a'): string {
  const head = '{"Version": "2012-10-17", "Statement": [{"Sid": "';
  const tail =
    '", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}';
  const padBytes = Buffer.byteLength(pad);
  return head + pad.repeat(Math.floor((bytes - head.length - tail.length) / padBytes)) + tail;
}

describe('bucket-policy-too-large', () => {
  it('reports a policy over 20,480 bytes at the Statement key', () => {
    const text = sized(20_481);
    assert.equal(Buffer.byteLength(text), 20_481);
    expectFindings(
      text.replace('"Statement"', '«"Statement"»'),
      'bucket-policy-too-large',
      [
        'This bucket policy is 20,481 bytes, more than the 20,480 that S3 accepts: remove white space, merge statements or move grants elsewhere.',
      ],
      asBucket,
    );
  });
  it('accepts exactly 20,480 bytes', () => {
    const text = sized(20_480);
    assert.equal(Buffer.byteLength(text), 20_480);
    expectNone(text, 'bucket-policy-too-large', asBucket);
  });
  it('counts bytes, not characters, beyond ASCII', () => {
    const text = sized(20_484, 'é');
    assert.ok(text.length < 20_480);
    const found = lint(text, asBucket).filter((f) => f.ruleId === 'bucket-policy-too-large');
    assert.deepEqual(
      found.map((f) => f.message),
      [
        `This bucket policy is ${Buffer.byteLength(text).toLocaleString('en-US')} bytes, more than the 20,480 that S3 accepts: remove white space, merge statements or move grants elsewhere.`,
      ],
    );
  });
  it('applies to bucket policies only', () => {
    expectNone(sized(30_000), 'bucket-policy-too-large', { fileName: 'big.key-policy.json' });
  });
});
