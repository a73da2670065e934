import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

describe('empty-element', () => {
  it('warns that an empty Action or Resource makes the statement apply to nothing', () => {
    const findings = expectFindings(policy('{"Effect": "Allow", "Action": «[]», "Resource": «[ ]»}'), 'empty-element', [
      'Action is empty, so this statement applies to no action: add actions or remove the statement.',
      'Resource is empty, so this statement applies to no resource: add resources or remove the statement.',
    ]);
    assert.ok(findings.every((f) => f.severity === 'warning' && f.unnecessary === true));
  });
  it('accepts lists with values and leaves NotAction to empty-exclusion', () => {
    expectNone(policy('{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"]}'), 'empty-element');
    expectNone(policy('{"Effect": "Deny", "NotAction": [], "Resource": "*"}'), 'empty-element');
  });
});

describe('empty-exclusion', () => {
  it('warns that an empty NotAction or NotResource applies the statement to everything', () => {
    expectFindings(policy('{"Effect": "Allow", "NotAction": «[]», "NotResource": «[]»}'), 'empty-exclusion', [
      'NotAction is empty and excludes nothing, so this statement applies to every action.',
      'NotResource is empty and excludes nothing, so this statement applies to every resource.',
    ]);
  });
  it('accepts exclusions that list something', () => {
    expectNone(
      policy('{"Effect": "Deny", "NotAction": ["iam:*"], "NotResource": "arn:aws:s3:::b"}'),
      'empty-exclusion',
    );
  });
});

describe('empty-condition', () => {
  it('reports an empty Condition block as unnecessary', () => {
    const [finding] = expectFindings(
      policy('{"Effect": "Allow", "Action": "s3:*", "Resource": "*", «"Condition": {}»}'),
      'empty-condition',
      ['The Condition block is empty and tests nothing: remove it.'],
    );
    assert.equal(finding.unnecessary, true);
  });
  it('reports each operator with no keys', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {«"StringEquals": {}», "Bool": {"aws:SecureTransport": "true"}}}',
      ),
      'empty-condition',
      ['The "StringEquals" block is empty and tests nothing: remove it.'],
    );
  });
  it('accepts conditions that test something', () => {
    expectNone(
      policy(
        '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}',
      ),
      'empty-condition',
    );
  });
});
