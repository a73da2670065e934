import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, policy } from '../../../helpers/marked';

const KEY = { fileName: 'example.key-policy.json' };

describe('key rules on unexpected input', () => {
  it('skip values of unexpected shapes without throwing', () => {
    for (const statement of [
      '{"Effect": "Allow", "Principal": {"AWS": [[], {}, 1, null, ""]}, "Action": [["kms:*"]], "Resource": [{}, 3]}',
      '{"Effect": "Allow", "Principal": "", "Action": "", "Resource": ""}',
      '{"Effect": "Allow", "Principal": {"AWS": ":root"}, "Action": ":", "Resource": ":::::"}',
      '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:user/x"}, "Action": "kms:CreateGrant", "Condition": {"Bool": [1]}}',
      '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::1:user/x"}, "Action": "kms:CreateGrant", "Condition": "x"}',
      '[]',
      '"text"',
    ]) {
      assert.doesNotThrow(() => lint(policy(statement), KEY), statement);
    }
    assert.doesNotThrow(() => lint('{"Statement": {"Effect": "Allow", "Action": "kms:*"}}', KEY));
    assert.doesNotThrow(() => lint('{"Statement": 5}', KEY));
  });
  it('stays fast on wildcard-heavy actions and principals', () => {
    const heavy = `"kms:${'*a'.repeat(2000)}*b"`;
    const text = policy(
      `{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/${'*a'.repeat(2000)}"}, "Action": [${heavy}, "s3:${'*a'.repeat(2000)}"], "Resource": "*"}`,
    );
    const start = Date.now();
    lint(text, KEY);
    assert.ok(Date.now() - start < 3000, `took ${Date.now() - start} ms`);
  });
});
