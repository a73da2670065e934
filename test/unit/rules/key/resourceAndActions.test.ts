import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const KEY = { fileName: 'example.key-policy.json' };
const ROOT = `{"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}`;
const user = (action: string, resource = '"*"') =>
  `{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/Alice"}, "Action": ${action}, "Resource": ${resource}}`;

describe('key-resource-not-star', () => {
  it('reports a key ARN and offers "*"', () => {
    const [finding] = expectFindings(
      policy(
        ROOT,
        user('"kms:Decrypt"', '"«arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab»"'),
      ),
      'key-resource-not-star',
      [
        'In a key policy "*" means this key: the key ARN "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" matches only when it is this key\'s own ARN, so write "*".',
      ],
      KEY,
    );
    assert.equal(finding.data?.replacement, '*');
  });
  it('reports the ARN of another resource as applying to nothing', () => {
    expectFindings(
      policy(ROOT, user('"kms:Decrypt"', '["*", "«arn:aws:s3:::bucket»"]')),
      'key-resource-not-star',
      [
        'In a key policy Resource is "*", meaning this key: "arn:aws:s3:::bucket" is not this key, so the statement applies to nothing.',
      ],
      KEY,
    );
  });
  it("leaves the placeholder of the notes' key policy template to invalid-arn", () => {
    const text = policy(ROOT, user('"kms:Decrypt"', '"«resource»"'));
    expectNone(text.replace(/[«»]/g, ''), 'key-resource-not-star', KEY);
    expectFindings(text, 'invalid-arn', [/^"resource" is not an ARN/], KEY);
  });
  it('replaces a value with escapes as a whole token', () => {
    const [finding] = expectFindings(
      policy(ROOT, user('"kms:Decrypt"', '«"arn:aws:s3:::a\\/b"»')),
      'key-resource-not-star',
      [/"arn:aws:s3:::a\/b" is not this key/],
      KEY,
    );
    assert.equal(finding.data?.replacement, '"*"');
  });
  it('accepts "*" and leaves other kinds and NotResource alone', () => {
    expectNone(policy(ROOT, user('"kms:Decrypt"', '["*"]')), 'key-resource-not-star', KEY);
    expectNone(
      policy(user('"kms:Decrypt"', '"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"')),
      'key-resource-not-star',
      {
        fileName: 'example.policy.json',
      },
    );
    expectNone(
      policy(ROOT, `{"Effect": "Deny", "Principal": "*", "Action": "kms:*", "NotResource": "arn:aws:s3:::b"}`),
      'key-resource-not-star',
      KEY,
    );
  });
  it('skips values that are not strings', () => {
    expectNone(policy(ROOT, user('"kms:Decrypt"', '[42, null, {"a": 1}]')), 'key-resource-not-star', KEY);
  });
});

describe('key-non-kms-action', () => {
  it("reports the service prefix of another service's action", () => {
    expectFindings(
      policy(ROOT, user('["kms:Decrypt", "«s3»:GetObject"]')),
      'key-non-kms-action',
      [
        '"s3:GetObject" is an action of Amazon S3, but a key policy controls only KMS operations on its key: name only kms: actions here.',
      ],
      KEY,
    );
  });
  it('offers kms when KMS has an action of that name', () => {
    const [finding] = expectFindings(
      policy(ROOT, user('"«ec2»:CreateGrant"')),
      'key-non-kms-action',
      [/Amazon EC2, .*: did you mean kms:CreateGrant\?$/],
      KEY,
    );
    assert.equal(finding.data?.replacement, 'kms');
  });
  it('reports wildcard actions of another service and NotAction values', () => {
    expectFindings(
      policy(ROOT, `{"Effect": "Deny", "Principal": "*", "NotAction": ["kms:Decrypt", "«iam»:*"], "Resource": "*"}`),
      'key-non-kms-action',
      [/^"iam:\*" is an action of .*name only kms: actions here\.$/],
      KEY,
    );
  });
  it('leaves "*", kms actions in any case, unknown services and wildcard prefixes to other rules', () => {
    expectNone(
      policy(ROOT, user('["*", "KMS:Decrypt", "kms:Get*", "kmss:Decrypt", "*:Decrypt", "k?s:Encrypt", "s3", 7]')),
      'key-non-kms-action',
      KEY,
    );
  });
  it('applies to key policies only', () => {
    expectNone(policy(user('"s3:GetObject"')), 'key-non-kms-action', { fileName: 'example.bucket-policy.json' });
  });
});
