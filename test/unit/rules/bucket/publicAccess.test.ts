import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const asBucket = { fileName: 'site.bucket-policy.json' };
const WEBSITE =
  'That is fine if intended, as for a static website (which also needs Block Public Access off); otherwise add a condition such as aws:PrincipalOrgID or aws:SourceVpce.';
const allow = (principal: string, action: string, resource: string, condition = '') =>
  `    {"Effect": "Allow", "Principal": ${principal}, "Action": ${action}, "Resource": ${resource}${condition ? `, "Condition": ${condition}` : ''}}`;

describe('bucket-public-access', () => {
  it('reports public read at the "*" and says a website is fine', () => {
    expectFindings(
      policy(allow('"«*»"', '"s3:GetObject"', '"arn:aws:s3:::site/*"')),
      'bucket-public-access',
      [`This statement makes 1 read action public: s3:GetObject. ${WEBSITE}`],
      asBucket,
    );
  });
  it('reports {"AWS": "*"} and counts actions by access level', () => {
    expectFindings(
      policy(
        allow(
          '{"AWS": ["arn:aws:iam::111122223333:root", "«*»"]}',
          '["s3:GetObject", "s3:ListBucket", "s3:PutObject"]',
          '["arn:aws:s3:::b", "arn:aws:s3:::b/*"]',
        ),
      ),
      'bucket-public-access',
      [
        "This statement makes 3 actions public (1 read, 1 list, 1 write): s3:GetObject, s3:ListBucket and s3:PutObject, so anyone can change this bucket's data or settings: name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceVpce.",
      ],
      asBucket,
    );
  });
  it('counts only the actions that apply to the resources named', () => {
    const [finding] = expectFindings(
      policy(allow('"«*»"', '"s3:*"', '"arn:aws:s3:::b/*"')),
      'bucket-public-access',
      [
        /^This statement makes \d+ actions public \(\d+ read, \d+ list, \d+ write, \d+ permissions management, \d+ tagging\): s3:GetObject,/,
      ],
      asBucket,
    );
    assert.doesNotMatch(finding.message, /ListBucket|PutBucketPolicy/);
  });
  it('still reports a condition that anyone can meet', () => {
    expectFindings(
      policy(
        allow(
          '"«*»"',
          '"s3:GetObject"',
          '"arn:aws:s3:::b/*"',
          '{"StringLike": {"aws:Referer": "https://example.com/*"}}',
        ),
        allow(
          '"«*»"',
          '"s3:GetObject"',
          '"arn:aws:s3:::b/*"',
          '{"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}',
        ),
        allow(
          '"«*»"',
          '"s3:GetObject"',
          '"arn:aws:s3:::b/*"',
          '{"StringEqualsIfExists": {"aws:SourceVpce": "vpce-1a2b3c4d"}}',
        ),
        allow('"«*»"', '"s3:GetObject"', '"arn:aws:s3:::b/*"', '{"StringLike": {"aws:PrincipalArn": "*"}}'),
        allow('"«*»"', '"s3:GetObject"', '"arn:aws:s3:::b/*"', '{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}'),
        allow(
          '"«*»"',
          '"s3:GetObject"',
          '"arn:aws:s3:::b/*"',
          '{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/x"}}',
        ),
        allow('"«*»"', '"s3:GetObject"', '"arn:aws:s3:::b/*"', '{"StringEquals": {"aws:username": "alice"}}'),
        allow(
          '"«*»"',
          '"s3:GetObject"',
          '"arn:aws:s3:::b/*"',
          '{"ForAllValues:StringEquals": {"aws:PrincipalOrgPaths": ["o-a/r-b/"]}}',
        ),
      ),
      'bucket-public-access',
      Array(8).fill(`This statement makes 1 read action public: s3:GetObject. ${WEBSITE}`),
      asBucket,
    );
  });
  it('accepts conditions that pin who or where the caller is', () => {
    const pinned = [
      '{"StringEquals": {"aws:PrincipalOrgID": ["o-aa111bb222"]}}',
      '{"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"]}}',
      '{"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}',
      '{"IpAddress": {"aws:SourceIp": ["192.0.2.0/24", "2001:DB8:1234:5678::/64"]}}',
      '{"StringEquals": {"aws:PrincipalAccount": 111122223333}}',
      '{"ArnLike": {"aws:SourceArn": "arn:aws:s3:::source-bucket"}, "StringEquals": {"aws:SourceAccount": "111122223333"}}',
      '{"StringLike": {"aws:userid": "AROAEXAMPLEID:*"}}',
      '{"StringEquals": {"s3:DataAccessPointAccount": "111122223333"}}',
      '{"StringEquals": {"kms:CallerAccount": "111122223333"}}',
      '{"StringEquals": {"AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}}',
    ];
    for (const condition of pinned) {
      expectNone(
        policy(allow('"*"', '"s3:GetObject"', '"arn:aws:s3:::b/*"', condition)),
        'bucket-public-access',
        asBucket,
      );
    }
  });
  it('leaves Deny, named principals, unknown actions and other kinds alone', () => {
    expectNone(
      policy(
        '    {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}',
        allow('{"AWS": "arn:aws:iam::111122223333:root"}', '"s3:GetObject"', '"arn:aws:s3:::b/*"'),
        allow('{"Service": "cloudfront.amazonaws.com"}', '"s3:GetObject"', '"arn:aws:s3:::b/*"'),
        allow('"*"', '"s3:GetObjekt"', '"arn:aws:s3:::b/*"'),
        allow('"*"', '"s3:ListAllMyBuckets"', '"arn:aws:s3:::b/*"'),
        allow('["*"]', '"s3:GetObject"', '"arn:aws:s3:::b/*"'),
      ),
      'bucket-public-access',
      asBucket,
    );
    expectNone(policy(allow('"*"', '"sqs:SendMessage"', '"*"')), 'bucket-public-access', {
      fileName: 'q.queue-policy.json',
    });
  });
  it("reports the notes' static website policy once, as a warning", () => {
    const text = policy(allow('"*"', '"s3:GetObject"', '"arn:aws:s3:::my-website-bucket/*"'));
    const found = lint(text, asBucket).filter((f) => f.ruleId === 'bucket-public-access');
    assert.deepEqual(
      found.map((f) => f.severity),
      ['warning'],
    );
  });
});
