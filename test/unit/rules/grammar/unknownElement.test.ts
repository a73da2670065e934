import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const RULE = 'unknown-element';

describe('unknown-element', () => {
  it('reports a misspelt statement element with the element it means and a replacement', () => {
    const findings = expectFindings(policy('{"Effect": "Allow", «"Actions"»: "s3:GetObject", "Resource": "*"}'), RULE, [
      '"Actions" is not a statement element. Did you mean "Action"?',
    ]);
    assert.deepEqual(findings[0].data, { replacement: '"Action"' });
  });

  it('reports an element written in the wrong case, as names are case-sensitive', () => {
    const findings = expectFindings(
      policy('{«"effect"»: "Allow", "Action": "s3:GetObject", «"resource"»: "*"}'),
      RULE,
      [
        'Element names are case-sensitive: write "Effect", not "effect".',
        'Element names are case-sensitive: write "Resource", not "resource".',
      ],
    );
    assert.deepEqual(
      findings.map((f) => f.data?.replacement),
      ['"Effect"', '"Resource"'],
    );
  });

  it('reports a misspelt top-level element', () => {
    expectFindings(
      '{"Version": "2012-10-17", «"Statements"»: [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}',
      RULE,
      ['"Statements" is not a policy element. Did you mean "Statement"?'],
    );
  });

  it('reports a statement element at the top level and a top-level element in a statement', () => {
    expectFindings(
      `{"Version": "2012-10-17", «"Effect"»: "Allow", "Statement": [${'{«"Version"»: "2012-10-17", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}'}]}`,
      RULE,
      [
        '"Effect" belongs inside a statement, not at the top level of the policy.',
        '"Version" belongs at the top level of the policy, not inside a statement.',
      ],
    );
  });

  it('lists the valid elements when a key is nothing like one', () => {
    const findings = expectFindings(
      policy('{"Effect": "Allow", "Action": "s3:*", "Resource": "*", «"Description"»: "read only"}'),
      RULE,
      [
        '"Description" is not a statement element: use Sid, Effect, Principal, NotPrincipal, Action, NotAction, ' +
          'Resource, NotResource or Condition.',
      ],
    );
    assert.equal(findings[0].data, undefined);
    expectFindings('{"Version": "2012-10-17", «"Comment"»: "x", "Statement": []}', RULE, [
      '"Comment" is not a policy element: the top level holds only Version, Id and Statement.',
    ]);
  });

  it('cuts a huge key short in the message', () => {
    const key = 'x'.repeat(5000);
    expectFindings(policy(`{"Effect": "Allow", "Action": "s3:*", "Resource": "*", «"${key}"»: 1}`), RULE, [
      /^"x{59}…" is not a statement element/,
    ]);
  });

  it('accepts every element of the grammar', () => {
    expectNone(
      `{"Version": "2012-10-17", "Id": "Policy1", "Statement": [${[
        '{"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*",',
        '"Condition": {"Bool": {"aws:SecureTransport": "true"}}},',
        '{"Effect": "Deny", "NotPrincipal": {"AWS": "*"}, "NotAction": "s3:*", "NotResource": "*"}',
      ].join('')}]}`,
      RULE,
      { fileName: 'a.bucket-policy.json' },
    );
  });
});
