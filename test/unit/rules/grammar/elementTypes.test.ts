import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const RULE = 'invalid-element-type';

describe('invalid-element-type: statement elements', () => {
  it('reports a Sid that is not a string, with its text quoted as the fix', () => {
    const findings = expectFindings(
      policy('{"Sid": «1», "Effect": "Allow", "Action": "s3:*", "Resource": "*"}'),
      RULE,
      ['Sid must be a string, not a number.'],
    );
    assert.deepEqual(findings[0].data, { replacement: '"1"' });
  });

  it('reports an Effect that is not a string', () => {
    expectFindings(policy('{"Effect": «["Allow"]», "Action": "s3:*", "Resource": "*"}'), RULE, [
      'Effect must be the string "Allow" or "Deny", not an array.',
    ]);
    expectFindings(policy('{"Effect": «true», "Action": "s3:*", "Resource": "*"}'), RULE, [
      'Effect must be the string "Allow" or "Deny", not a boolean.',
    ]);
  });

  it('reports an Action or Resource that is neither a string nor an array', () => {
    expectFindings(policy('{"Effect": "Allow", "Action": «{"s3": "GetObject"}», "NotResource": «7»}'), RULE, [
      'Action must be a string or an array of strings, not an object.',
      'NotResource must be a string or an array of strings, not a number.',
    ]);
  });

  it('reports exactly the array items that are not strings', () => {
    expectFindings(
      policy('{"Effect": "Allow", "NotAction": ["s3:GetObject", «["s3:PutObject"]», «null»], "Resource": ["*", «1»]}'),
      RULE,
      [
        'Each NotAction value must be a string, not an array.',
        'Each NotAction value must be a string, not null.',
        'Each Resource value must be a string, not a number.',
      ],
    );
  });

  it('reports a Condition that is not an object of operator blocks', () => {
    expectFindings(policy('{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": «["Bool"]»}'), RULE, [
      'Condition must be an object of condition operators, not an array.',
    ]);
    expectFindings(
      policy('{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": «"aws:username"»}}'),
      RULE,
      ['The "StringEquals" block must be an object of condition keys and values, not a string.'],
    );
  });

  it('reports condition values that are objects, null or nested arrays', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {' +
          '"StringEquals": {"aws:username": «{"a": 1}»}, "IpAddress": {"aws:SourceIp": ["192.0.2.0/24", «["x"]», «null»]}}}',
      ),
      RULE,
      [
        'The value of "aws:username" must be a string, number, boolean or an array of them, not an object.',
        'Each value of "aws:SourceIp" must be a string, number or boolean, not an array.',
        'Each value of "aws:SourceIp" must be a string, number or boolean, not null.',
      ],
    );
  });

  it('accepts strings, numbers and booleans as condition values', () => {
    expectNone(
      policy(
        '{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": true},' +
          '"NumericLessThan": {"s3:max-keys": 10}, "StringLike": {"s3:prefix": ["home/", ""]}}}',
      ),
      RULE,
    );
  });

  it('survives any JSON shape without throwing', () => {
    const shapes = ['1', 'null', 'true', '[]', '{}', '[[[]]]', '[{}]', '{"a": {"b": [null, {}]}}', '""'];
    for (const shape of shapes) {
      for (const element of ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'Principal', 'Condition']) {
        assert.doesNotThrow(() => lint(policy(`{"${element}": ${shape}}`), { fileName: 'a.bucket-policy.json' }));
      }
      assert.doesNotThrow(() => lint(`{"Version": "2012-10-17", "Id": ${shape}, "Statement": ${shape}}`));
    }
  });
});
