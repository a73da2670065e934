import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, parseMarked, policy } from '../../../helpers/marked';

const RULE = 'duplicate-key';

describe('duplicate-key', () => {
  it('reports a repeated statement element on the later key, pointing at the first', () => {
    const marked = policy(
      '{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::b", «"Resource"»: "arn:aws:s3:::b/*"}',
    );
    const [finding] = expectFindings(marked, RULE, [
      'Duplicate key "Resource" in this statement: merge both values into one Resource array.',
    ]);
    const { text } = parseMarked(marked);
    const first = finding.data?.first as { offset: number; length: number };
    assert.equal(first.offset, text.indexOf('"Resource"'));
    assert.equal(text.substr(first.offset, first.length), '"Resource"');
  });

  it('reports two Effects', () => {
    expectFindings(policy('{"Effect": "Deny", «"Effect"»: "Allow", "Action": "ec2:*", "Resource": "*"}'), RULE, [
      'Duplicate key "Effect" in this statement: keep only one.',
    ]);
  });

  it('reports two Statement elements at the top level', () => {
    expectFindings(
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, «"Statement"»: []}',
      RULE,
      ['Duplicate key "Statement" in the policy: put every statement in one Statement array.'],
    );
  });

  it('reports repeated condition operators, keys and principal types', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root", «"AWS"»: "arn:aws:iam::444455556666:root"},' +
          '"Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*", "Condition": {' +
          '"StringEquals": {"aws:PrincipalTag/team": "a", «"aws:PrincipalTag/team"»: "b"}, «"StringEquals"»: {"s3:prefix": "x"}}}',
      ),
      RULE,
      [
        'Duplicate key "AWS" in this principal: merge both values into one array.',
        'Duplicate key "aws:PrincipalTag/team" in this condition operator: merge both values into one array.',
        'Duplicate key "StringEquals" in this Condition: merge both blocks into one, or AWS keeps only one of them.',
      ],
      { fileName: 'b.bucket-policy.json' },
    );
  });

  it('reports duplicates inside unknown elements and non-statement items too', () => {
    expectFindings(
      '{"Version": "2012-10-17", "Extra": {"a": 1, «"a"»: 2}, "Statement": [[{"b": 1, «"b"»: 2}]]}',
      RULE,
      ['Duplicate key "a" in this object: keep only one.', 'Duplicate key "b" in this statement: keep only one.'],
    );
  });

  it('reports each repetition after the first', () => {
    expectFindings(
      policy('{"Effect": "Allow", "Action": "a:b", «"Action"»: "c:d", «"Action"»: "e:f", "Resource": "*"}'),
      RULE,
      [/Duplicate key "Action"/, /Duplicate key "Action"/],
    );
  });

  it('accepts the same key in different objects', () => {
    expectNone(
      policy(
        '{"Sid": "A", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}',
        '{"Sid": "B", "Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:username": "x"}, "StringLike": {"aws:username": "y*"}}}',
      ),
      RULE,
    );
  });
});
