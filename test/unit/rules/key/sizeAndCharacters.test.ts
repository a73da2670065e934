import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const KEY = { fileName: 'example.key-policy.json' };
const ROOT = `{"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}`;

/** A key policy of exactly `bytes` UTF-8 bytes, its Sid padded with `wide` é (two bytes each) and ASCII letters. */
function keyPolicyOf(bytes: number, wide = 0): string {
  const base = policy(ROOT.replace('"Root"', '"R"')).trimEnd();
  const narrow = bytes - Buffer.byteLength(base) + 1 - 2 * wide;
  assert.ok(narrow >= 0, 'the pad fits');
  return base.replace('"R"', `"${'é'.repeat(wide)}${'a'.repeat(narrow)}"`);
}

describe('key-policy-size', () => {
  it('reports a key policy over 32,768 bytes at Statement', () => {
    const text = keyPolicyOf(32_769);
    expectFindings(
      text.replace('"Statement"', '«"Statement"»'),
      'key-policy-size',
      [
        'This key policy is 32,769 bytes, over the 32,768 bytes AWS KMS accepts: remove indentation, merge statements, or give access through IAM policies or grants.',
      ],
      KEY,
    );
  });
  it('accepts a key policy of exactly 32,768 bytes', () => {
    expectNone(keyPolicyOf(32_768), 'key-policy-size', KEY);
  });
  it('counts Latin-1 characters as two bytes', () => {
    expectNone(keyPolicyOf(32_768, 1000), 'key-policy-size', KEY);
    expectFindings(
      keyPolicyOf(32_770, 1000).replace('"Statement"', '«"Statement"»'),
      'key-policy-size',
      [/^This key policy is 32,770 bytes/],
      KEY,
    );
  });
  it('applies to key policies only', () => {
    expectNone(keyPolicyOf(40_000), 'key-policy-size', { fileName: 'example.bucket-policy.json' });
  });
});

describe('key-policy-characters', () => {
  it('reports a typographic quote and an emoji in values and keys', () => {
    expectFindings(
      policy(ROOT.replace('"Root"', '"Root «’» s"').replace('"Resource"', '"Resource«😀»"')),
      'key-policy-characters',
      [
        'AWS KMS accepts only ASCII and Latin-1 characters in a key policy: replace "’" (U+2019).',
        'AWS KMS accepts only ASCII and Latin-1 characters in a key policy: replace "😀" (U+1F600).',
      ],
      KEY,
    );
  });
  it('accepts Latin-1 letters and spaces in a Sid', () => {
    expectNone(policy(ROOT.replace('"Root"', '"Clé de Zoë, ß"')), 'key-policy-characters', KEY);
  });
  it('leaves escaped characters and other kinds alone', () => {
    expectNone(policy(ROOT.replace('"Root"', '"Root \\u2019 s ’"')), 'key-policy-characters', KEY);
    expectNone(policy(ROOT.replace('"Root"', '"Root ’"')), 'key-policy-characters', {
      fileName: 'x.bucket-policy.json',
    });
  });
  it('stays fast on a huge policy', () => {
    const text = policy(
      ROOT,
      `{"Effect": "Allow", "Principal": "*", "Action": [${'"kms:Decrypt",'.repeat(50_000)} "kms:Encrypt"], "Resource": "*"}`,
    );
    const start = Date.now();
    lint(text, KEY);
    assert.ok(Date.now() - start < 5000);
  });
});
