import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const asBucket = { fileName: 'site.bucket-policy.json' };
const statement = (action: string, resource = '"arn:aws:s3:::my-bucket/*"') =>
  `    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": ${action}, "Resource": ${resource}}`;

describe('bucket-action-not-s3', () => {
  it('reports the service prefix of another service action', () => {
    expectFindings(
      policy(statement('["s3:GetObject", "«ec2»:DescribeInstances"]')),
      'bucket-action-not-s3',
      [
        '"ec2:DescribeInstances" is not an Amazon S3 action, and S3 rejects a bucket policy with another service\'s actions: grant it in an identity policy instead.',
      ],
      asBucket,
    );
  });
  it('offers s3 for a prefix that is a slip of it', () => {
    const [finding] = expectFindings(
      policy(statement('"«s4»:GetObject"')),
      'bucket-action-not-s3',
      ['"s4:GetObject" names no service: did you mean s3:GetObject?'],
      asBucket,
    );
    if (finding.data?.replacement !== 's3') throw new Error('expected the fix s3');
  });
  it('checks NotAction values too', () => {
    expectFindings(
      policy(
        '    {"Effect": "Deny", "Principal": "*", "NotAction": "«iam»:PassRole", "Resource": "arn:aws:s3:::my-bucket/*"}',
      ),
      'bucket-action-not-s3',
      [/^"iam:PassRole" is not an Amazon S3 action/],
      asBucket,
    );
  });
  it('accepts s3, s3express, "*" and wildcard prefixes, and other kinds', () => {
    expectNone(policy(statement('["s3:GetObject", "S3:PutObject", "*", "s3:Get*"]')), 'bucket-action-not-s3', asBucket);
    expectNone(policy(statement('"s3express:CreateSession"')), 'bucket-action-not-s3', asBucket);
    expectNone(policy(statement('"*:GetObject"')), 'bucket-action-not-s3', asBucket);
    expectNone(policy(statement('"ec2:DescribeInstances"', '"*"')), 'bucket-action-not-s3', {
      fileName: 'role.policy.json',
    });
  });
  it('skips values that are not strings', () => {
    expectNone(policy(statement('[42, ["s3:GetObject"], null]')), 'bucket-action-not-s3', asBucket);
  });
});

describe('bucket-unknown-action', () => {
  it('reports an unknown S3 action with the nearest one as the fix', () => {
    const [finding] = expectFindings(
      policy(statement('"s3:«GetObjekt»"')),
      'bucket-unknown-action',
      ['S3 has no action "s3:GetObjekt" and rejects the policy: did you mean s3:GetObject?'],
      asBucket,
    );
    if (finding.severity !== 'error' || finding.data?.replacement !== 'GetObject') throw new Error('wrong finding');
  });
  it('suggests a wildcard for a name that only starts several actions', () => {
    expectFindings(
      policy(statement('"s3:«ListBucketVersion»"', '"arn:aws:s3:::my-bucket"')),
      'bucket-unknown-action',
      ['S3 has no action "s3:ListBucketVersion" and rejects the policy: did you mean s3:ListBucketVersions?'],
      asBucket,
    );
    expectFindings(
      policy(statement('"s3:«List»"', '"arn:aws:s3:::my-bucket"')),
      'bucket-unknown-action',
      ['S3 has no action "s3:List" and rejects the policy: did you mean s3:List*?'],
      asBucket,
    );
  });
  it('says so when no action is near', () => {
    expectFindings(
      policy(statement('"s3:«Zzzzzzzzzzzzzzzz»"')),
      'bucket-unknown-action',
      ['S3 has no action "s3:Zzzzzzzzzzzzzzzz" and rejects the policy: check the name.'],
      asBucket,
    );
  });
  it('leaves known actions in any case, wildcards, and identity policies alone', () => {
    expectNone(policy(statement('["s3:getobject", "s3:Get*", "s3:*Objekt*"]')), 'bucket-unknown-action', asBucket);
    expectNone(policy(statement('"s3:GetObjekt"', '"*"')), 'bucket-unknown-action', { fileName: 'x.policy.json' });
  });
  it('stays fast on wildcard-heavy values', () => {
    const start = Date.now();
    expectNone(policy(statement(`"s3:${'*a'.repeat(2000)}*b"`)), 'bucket-unknown-action', asBucket);
    if (Date.now() - start > 2000) throw new Error('too slow');
  });
});

describe('bucket-action-not-applicable', () => {
  it('reports an account-level action, which S3 rejects in a bucket policy', () => {
    expectFindings(
      policy(
        statement(
          '["s3:GetObject", "«s3:ListAllMyBuckets»"]',
          '["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/*"]',
        ),
      ),
      'bucket-action-not-applicable',
      [
        's3:ListAllMyBuckets applies to neither buckets nor objects, so S3 rejects it in a bucket policy: grant it in an identity policy.',
      ],
      asBucket,
    );
  });
  it('reports access point and job actions, and a wildcard that only matches such actions', () => {
    expectFindings(
      policy(statement('["«s3:GetAccessPointPolicy»", "«s3:DescribeJob»", "«s3:*StorageLens*»"]')),
      'bucket-action-not-applicable',
      [
        /^s3:GetAccessPointPolicy applies to neither/,
        /^s3:DescribeJob applies to neither/,
        'Every action "s3:*StorageLens*" matches applies to neither buckets nor objects, so S3 rejects the value in a bucket policy: grant them in an identity policy.',
      ],
      asBucket,
    );
  });
  it('accepts bucket and object actions, wildcards that match some, and NotAction', () => {
    expectNone(
      policy(statement('["s3:ListBucket", "s3:GetObject", "s3:GetBucketAcl", "s3:*", "s3:List*"]')),
      'bucket-action-not-applicable',
      asBucket,
    );
    expectNone(
      policy(
        '    {"Effect": "Deny", "Principal": "*", "NotAction": "s3:ListAllMyBuckets", "Resource": "arn:aws:s3:::b/*"}',
      ),
      'bucket-action-not-applicable',
      asBucket,
    );
  });
});
