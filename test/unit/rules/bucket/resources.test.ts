import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const asBucket = { fileName: 'data.bucket-policy.json' };
const grant = (resource: string, sid = 'Read') =>
  `    {"Sid": "${sid}", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:*", "Resource": ${resource}}`;

describe('bucket-resource-not-bucket', () => {
  it('reports "*" and names the bucket the policy uses', () => {
    expectFindings(
      policy(grant('"arn:aws:s3:::my-bucket/*"'), grant('"«*»"', 'All')),
      'bucket-resource-not-bucket',
      [
        'S3 does not accept "*" as the Resource of a bucket policy: name the bucket (arn:aws:s3:::my-bucket) or its objects (arn:aws:s3:::my-bucket/*).',
      ],
      asBucket,
    );
  });
  it('reports ARNs of access points and of other services', () => {
    expectFindings(
      policy(
        grant(
          '["arn:aws-cn:s3:::logs", "«arn:aws:s3:us-east-1:111122223333:accesspoint/ap»", "«arn:aws:sqs:us-east-1:111122223333:q»"]',
        ),
      ),
      'bucket-resource-not-bucket',
      [
        '"arn:aws:s3:us-east-1:111122223333:accesspoint/ap" is an S3 resource other than a bucket or object, and S3 rejects a bucket policy with it: name the bucket (arn:aws-cn:s3:::logs) or its objects (arn:aws-cn:s3:::logs/*).',
        '"arn:aws:sqs:us-east-1:111122223333:q" is not in S3, and S3 rejects a bucket policy with it: name the bucket (arn:aws-cn:s3:::logs) or its objects (arn:aws-cn:s3:::logs/*).',
      ],
      asBucket,
    );
  });
  it('uses a placeholder when the policy names no bucket', () => {
    expectFindings(
      policy(grant('"«*»"')),
      'bucket-resource-not-bucket',
      [
        'S3 does not accept "*" as the Resource of a bucket policy: name the bucket (arn:aws:s3:::bucket-name) or its objects (arn:aws:s3:::bucket-name/*).',
      ],
      asBucket,
    );
  });
  it('accepts buckets, objects, directory buckets, wildcard names, and leaves non-ARNs to invalid-arn', () => {
    expectNone(
      policy(
        grant(
          '["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/home/${aws:username}/*", "arn:aws:s3:::logs-*", "arn:${aws:partition}:s3:::x", "not-an-arn", 7]',
        ),
      ),
      'bucket-resource-not-bucket',
      asBucket,
    );
    expectNone(
      policy(grant('"arn:aws:s3express:us-west-2:111122223333:bucket/my-dir--usw2-az1--x-s3"')),
      'bucket-resource-not-bucket',
      asBucket,
    );
  });
  it('applies to bucket policies only', () => {
    expectNone(policy(grant('"*"')), 'bucket-resource-not-bucket', { fileName: 'q.queue-policy.json' });
  });
});

describe('bucket-name-mismatch', () => {
  it('reports the odd bucket out, naming the bucket the others use, with it as the fix', () => {
    const [finding] = expectFindings(
      policy(
        grant('["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]'),
        grant('"arn:aws:s3:::«old-reports»/*"', 'Write'),
      ),
      'bucket-name-mismatch',
      [
        'Bucket "old-reports" is not "reports", the bucket the rest of the policy names: a bucket policy can only name its own bucket.',
      ],
      asBucket,
    );
    if (finding.data?.replacement !== 'reports' || finding.severity !== 'error') throw new Error('wrong fix');
  });
  it('takes the first bucket named on a tie', () => {
    expectFindings(
      policy(grant('"arn:aws:s3:::first/*"'), grant('"arn:aws:s3:::«second»"', 'B')),
      'bucket-name-mismatch',
      [/^Bucket "second" is not "first"/],
      asBucket,
    );
  });
  it('has no fix when the value has escapes, so that the name has no exact place', () => {
    const [finding] = expectFindings(
      policy(grant('["arn:aws:s3:::a/*", "arn:aws:s3:::a", «"arn:aws:s3:::b\\/*"»]')),
      'bucket-name-mismatch',
      [/^Bucket "b" is not "a"/],
      asBucket,
    );
    if (finding.data !== undefined) throw new Error('no fix expected');
  });
  it('accepts one bucket throughout, and names with wildcards or variables', () => {
    expectNone(
      policy(
        grant('["arn:aws:s3:::a", "arn:aws:s3:::a/*"]'),
        grant('["arn:aws:s3:::a*", "arn:aws:s3:::${aws:PrincipalTag/bucket}/*"]', 'B'),
        '    {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "NotResource": "arn:aws:s3:::a/public/*"}',
      ),
      'bucket-name-mismatch',
      asBucket,
    );
  });
});
