import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const ok = '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}';

describe('missing-statement', () => {
  it('reports a policy without Statement at its Version key', () => {
    expectFindings('{«"Version"»: "2012-10-17"}', 'missing-statement', [
      'The policy has no Statement: add "Statement": [ ... ] with at least one statement.',
    ]);
  });
  it('reports an empty Statement array', () => {
    expectFindings('{"Version": "2012-10-17", "Statement": «[]»}', 'missing-statement', [
      'Statement is empty: a policy needs at least one statement.',
    ]);
  });
  it('stays quiet when Statement is only misspelt, which unknown-element reports', () => {
    expectNone(`{"Version": "2012-10-17", "Statment": [${ok}]}`, 'missing-statement');
    expectNone(`{"Version": "2012-10-17", "statement": [${ok}]}`, 'missing-statement');
  });
  it('accepts a single statement object and an array of statements', () => {
    expectNone(`{"Version": "2012-10-17", "Statement": ${ok}}`, 'missing-statement');
    expectNone(policy(ok, ok), 'missing-statement');
  });
});

describe('invalid-element-type: Statement and Id', () => {
  const RULE = 'invalid-element-type';
  it('reports a Statement that is neither an object nor an array', () => {
    expectFindings('{"Version": "2012-10-17", "Statement": «"s3:GetObject"»}', RULE, [
      'Statement must be an object or an array of objects, not a string.',
    ]);
  });
  it('reports each statement that is not an object', () => {
    expectFindings(`{"Version": "2012-10-17", "Statement": [${ok}, «"x"», «[${ok}]», «null»]}`, RULE, [
      'Each statement must be an object, not a string.',
      'Each statement must be an object, not an array.',
      'Each statement must be an object, not null.',
    ]);
  });
  it('reports an Id that is not a string, offering its text quoted', () => {
    const [finding] = expectFindings(
      `{"Version": "2012-10-17", "Id": «42», "Statement": [${ok}]}`,
      RULE,
      ['Id must be a string, not a number.'],
      { fileName: 'q.queue-policy.json' },
    );
    if (finding.data?.replacement !== '"42"') throw new Error(`replacement ${finding.data?.replacement}`);
  });
  it('accepts string Ids', () => {
    expectNone(`{"Version": "2012-10-17", "Id": "key-default-1", "Statement": [${ok}]}`, RULE, {
      fileName: 'k.key-policy.json',
    });
  });
});
