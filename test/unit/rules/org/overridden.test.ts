import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const RULE = 'allow-overridden-by-deny';
const ONE =
  'Statement "DenyS3" denies everything this statement allows, and an explicit Deny always wins: this Allow grants nothing.';

describe('allow-overridden-by-deny', () => {
  it('reports an Allow whose actions and resources a Deny covers, on its Effect', () => {
    expectFindings(
      policy(
        '{"Effect": "«Allow»", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::reports/*"}',
        '{"Sid": "DenyS3", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::reports*"}',
      ),
      RULE,
      [ONE],
    );
  });
  it('names every Deny statement when several together cover the Allow', () => {
    expectFindings(
      policy(
        '{"Effect": "«Allow»", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::reports/2024"}',
        '{"Sid": "DenyRead", "Effect": "Deny", "Action": "s3:Get*", "Resource": "*"}',
        '{"Effect": "Deny", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::reports/*"}',
      ),
      RULE,
      [
        'Statement "DenyRead" and statement 3 deny everything this statement allows, and an explicit Deny always wins: this Allow grants nothing.',
      ],
    );
  });
  it('covers an Allow of every action only with a Deny of every action', () => {
    expectFindings(
      policy(
        '{"Effect": "«Allow»", "Action": "*", "Resource": "*"}',
        '{"Sid": "DenyS3", "Effect": "Deny", "Action": "*", "Resource": "*"}',
      ),
      RULE,
      [ONE],
    );
    expectNone(
      policy(
        '{"Effect": "Allow", "Action": "*", "Resource": "*"}',
        '{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}',
      ),
      RULE,
    );
  });
  it('understands a Deny written with NotAction', () => {
    const deny = '{"Sid": "DenyS3", "Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}';
    expectFindings(policy('{"Effect": "«Allow»", "Action": "s3:ListBucket", "Resource": "*"}', deny), RULE, [ONE]);
    expectNone(policy('{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}', deny), RULE);
  });
  it('compares principals: the same principal or "*"', () => {
    const allow =
      '{"Effect": "«Allow»", "Principal": {"AWS": ["arn:aws:iam::111122223333:root"]}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}';
    expectFindings(
      policy(
        allow,
        '{"Sid": "DenyS3", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}',
      ),
      RULE,
      [ONE],
      { fileName: 'b.bucket-policy.json' },
    );
    expectNone(
      policy(
        allow,
        '{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}',
      ).replace(/[«»]/g, ''),
      RULE,
      { fileName: 'b.bucket-policy.json' },
    );
  });
  it('works in trust policies, which have no Resource', () => {
    expectFindings(
      policy(
        '{"Effect": "«Allow»", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}',
        '{"Sid": "DenyS3", "Effect": "Deny", "Principal": "*", "Action": "sts:*"}',
      ),
      RULE,
      [ONE],
      { fileName: 'r.trust-policy.json' },
    );
  });
  it('does not report when the Deny has a condition, leaves an action, or misses a resource', () => {
    const allow =
      '{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::reports/*"}';
    expectNone(
      policy(
        allow,
        '{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}',
      ),
      RULE,
    );
    expectNone(policy(allow, '{"Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}'), RULE);
    expectNone(
      policy(allow, '{"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::reports/private/*"}'),
      RULE,
    );
    expectNone(policy(allow, '{"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::reports/?"}'), RULE);
    expectNone(policy(allow, '{"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::other/*"}'), RULE);
  });
  it('does not report when it cannot be sure of what the Allow grants', () => {
    const deny = '{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}';
    expectNone(policy('{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}', deny), RULE);
    expectNone(policy('{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}', deny), RULE);
    expectNone(policy('{"Effect": "Allow", "Action": ["s3:GetObject", 42], "Resource": "*"}', deny), RULE);
    expectNone(
      policy(
        '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${aws:username}/*"}',
        '{"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::${aws:userid}/*"}',
      ),
      RULE,
    );
  });
  it('accepts the AWS documentation pattern of an Allow with a Deny carved out of it', () => {
    expectNone(
      policy(
        '{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}',
        '{"Effect": "Deny", "Action": ["ec2:DeleteVpc", "ec2:DeleteSubnet"], "Resource": "*"}',
      ),
      RULE,
    );
  });
  it('stays fast on hundreds of statements with wildcard-heavy values', () => {
    const statements: string[] = [];
    for (let i = 0; i < 300; i++) {
      statements.push(
        `{"Effect": "Allow", "Action": ["s3:Get*", "ec2:Describe*"], "Resource": "arn:aws:s3:::b${i}/*a*a*a*a*a*a*a*b"}`,
      );
      statements.push(
        `{"Effect": "Deny", "Action": ["s3:*", "ec2:*"], "Resource": "arn:aws:s3:::c${i}/*a*a*a*a*a*a*a*a*a*a*a*b"}`,
      );
    }
    const start = Date.now();
    const findings = lint(policy(...statements)).filter((f) => f.ruleId === RULE);
    assert.equal(findings.length, 0);
    assert.ok(Date.now() - start < 5000, `took ${Date.now() - start} ms`);
  });
});
