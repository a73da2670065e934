import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const asBucket = { fileName: 'data.bucket-policy.json' };
const deny = (condition: string) =>
  `    {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*", "Condition": ${condition}}`;
const SENT = 'S3 sends only AES256, aws:kms or aws:kms:dsse in s3:x-amz-server-side-encryption, never';

describe('bucket-invalid-encryption-value', () => {
  it('reports a value in the wrong case with the right one as the fix', () => {
    const [finding] = expectFindings(
      policy(deny('{"StringNotEquals": {"s3:x-amz-server-side-encryption": "«aws:KMS»"}}')),
      'bucket-invalid-encryption-value',
      [`${SENT} "aws:KMS": did you mean aws:kms?`],
      asBucket,
    );
    assert.equal(finding.data?.replacement, 'aws:kms');
    assert.equal(finding.severity, 'warning');
  });
  it('knows the names people use for each encryption', () => {
    expectFindings(
      policy(
        deny(
          '{"StringNotEquals": {"s3:x-amz-server-side-encryption": ["«SSE-KMS»", "«AES-256»", "«DSSE-KMS»", "«SSE-S3»", "«aws:kms:dse»"]}}',
        ),
      ),
      'bucket-invalid-encryption-value',
      [
        `${SENT} "SSE-KMS": did you mean aws:kms?`,
        `${SENT} "AES-256": did you mean AES256?`,
        `${SENT} "DSSE-KMS": did you mean aws:kms:dsse?`,
        `${SENT} "SSE-S3": did you mean AES256?`,
        `${SENT} "aws:kms:dse": did you mean aws:kms:dsse?`,
      ],
      asBucket,
    );
  });
  it('checks the SSE-C algorithm key, and says what to use when nothing is near', () => {
    expectFindings(
      policy(
        deny('{"StringNotEquals": {"s3:x-amz-server-side-encryption-customer-algorithm": "«aes256»"}}'),
        deny('{"StringEquals": {"S3:X-Amz-Server-Side-Encryption": "«rot13-everything»"}}'),
      ),
      'bucket-invalid-encryption-value',
      [
        'S3 sends only AES256 in s3:x-amz-server-side-encryption-customer-algorithm, never "aes256": did you mean AES256?',
        `${SENT} "rot13-everything": use one of these values.`,
      ],
      asBucket,
    );
  });
  it('accepts the three values, other case with IgnoreCase, wildcards with Like, variables and Null', () => {
    expectNone(
      policy(
        deny('{"StringNotEquals": {"s3:x-amz-server-side-encryption": ["AES256", "aws:kms", "aws:kms:dsse"]}}'),
        deny('{"StringNotEqualsIgnoreCase": {"s3:x-amz-server-side-encryption": "AWS:KMS"}}'),
        deny('{"StringNotLike": {"s3:x-amz-server-side-encryption": "aws:kms*"}}'),
        deny('{"StringNotEquals": {"s3:x-amz-server-side-encryption": "${aws:PrincipalTag/sse}"}}'),
        deny('{"Null": {"s3:x-amz-server-side-encryption": "true"}}'),
        deny('{"StringNotEquals": {"s3:x-amz-server-side-encryption": [1, true, ["x"]]}}'),
      ),
      'bucket-invalid-encryption-value',
      asBucket,
    );
  });
});
