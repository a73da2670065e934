import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const KEY = { fileName: 'example.key-policy.json' };
const principal = (aws: string) => `{"AWS": ${aws}}`;
const allow = (who: string, action: string, extra = '') =>
  `{"Effect": "Allow", "Principal": ${who}, "Action": ${action}, "Resource": "*"${extra}}`;
const ROOT = allow(principal('"arn:aws:iam::111122223333:root"'), '"kms:*"');
const ALICE = principal('"arn:aws:iam::111122223333:user/Alice"');
const ROOT_TEXT = (partition: string, account: string) =>
  JSON.stringify(
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:${partition}:iam::${account}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    null,
    2,
  );
const missing = (fix: string) =>
  `No statement allows the account root "kms:*", so IAM policies cannot grant access to this key and, if its principals lose access, only AWS Support can restore it: ${fix}.`;

function withStatementMarked(text: string): string {
  return text.replace('"Statement"', '«"Statement"»');
}

describe('key-missing-root-access', () => {
  it('reports a key policy without the root statement at Statement, with the account of its principals', () => {
    const [finding] = expectFindings(
      withStatementMarked(policy(allow(ALICE, '["kms:Encrypt", "kms:Decrypt"]'))),
      'key-missing-root-access',
      [missing('add the default root statement for account 111122223333')],
      KEY,
    );
    assert.equal(finding.data?.addStatement, ROOT_TEXT('aws', '111122223333'));
  });
  it('takes the account and partition from a bare account id or a GovCloud ARN', () => {
    const [gov] = expectFindings(
      withStatementMarked(policy(allow(principal('"arn:aws-us-gov:iam::444455556666:role/Admin"'), '"kms:Describe*"'))),
      'key-missing-root-access',
      [missing('add the default root statement for account 444455556666')],
      KEY,
    );
    assert.equal(gov.data?.addStatement, ROOT_TEXT('aws-us-gov', '444455556666'));
    const [bare] = expectFindings(
      withStatementMarked(policy(allow(principal('"444455556666"'), '"kms:Decrypt"'))),
      'key-missing-root-access',
      [missing('add the default root statement for account 444455556666')],
      KEY,
    );
    assert.equal(bare.data?.addStatement, ROOT_TEXT('aws', '444455556666'));
  });
  it('offers the placeholder account when the principals name none or several', () => {
    const placeholder = missing('add the default root statement with your account id in place of 111122223333');
    const [none] = expectFindings(
      withStatementMarked(policy(allow('{"Service": "cloudtrail.amazonaws.com"}', '"kms:GenerateDataKey*"'))),
      'key-missing-root-access',
      [placeholder],
      KEY,
    );
    assert.equal(none.data?.addStatement, ROOT_TEXT('aws', '111122223333'));
    expectFindings(
      withStatementMarked(
        policy(
          allow(principal('["arn:aws:iam::111122223333:user/A", "arn:aws:iam::444455556666:user/B"]'), '"kms:Decrypt"'),
        ),
      ),
      'key-missing-root-access',
      [placeholder],
      KEY,
    );
  });
  it('reports a root statement that allows only some actions, or that denies', () => {
    expectFindings(
      withStatementMarked(
        policy(allow(principal('"arn:aws:iam::111122223333:root"'), '["kms:Describe*", "kms:Get*"]')),
      ),
      'key-missing-root-access',
      [/^No statement allows the account root/],
      KEY,
    );
    expectFindings(
      withStatementMarked(policy(ROOT.replace('Allow', 'Deny'))),
      'key-missing-root-access',
      [/^No statement allows the account root/],
      KEY,
    );
  });
  it('accepts the root statement in its documented forms', () => {
    expectNone(policy(ROOT), 'key-missing-root-access', KEY);
    expectNone(policy(allow(principal('"111122223333"'), '"kms:*"')), 'key-missing-root-access', KEY);
    expectNone(
      policy(allow(principal('["arn:aws-cn:iam::111122223333:root"]'), '["*"]')),
      'key-missing-root-access',
      KEY,
    );
    expectNone(
      policy(
        allow(ALICE, '"kms:Decrypt"'),
        allow(
          principal('"arn:aws:iam::111122223333:root"'),
          '"KMS:*"',
          ', "Condition": {"Bool": {"aws:SecureTransport": "true"}}',
        ),
      ),
      'key-missing-root-access',
      KEY,
    );
  });
  it('takes a root ARN with a typo for the root, which invalid-aws-principal reports', () => {
    expectNone(policy(allow(principal('"arm:aws:iam::123456789123:root"'), '"kms:*"')), 'key-missing-root-access', KEY);
  });
  it('says nothing of a policy without statements or of other kinds', () => {
    expectNone('{"Version": "2012-10-17", "Statement": []}', 'key-missing-root-access', KEY);
    expectNone('{"Version": "2012-10-17", "Statement": "x"}', 'key-missing-root-access', KEY);
    expectNone(policy(allow(ALICE, '"kms:Decrypt"')), 'key-missing-root-access', { fileName: 'x.bucket-policy.json' });
  });
});

describe('key-full-access-non-root', () => {
  const message = (action: string, who: string) =>
    `"${action}" gives ${who} full control of this key, including changing its policy and scheduling its deletion: grant only the actions it needs.`;
  it('reports each principal other than an account that is given "kms:*"', () => {
    expectFindings(
      policy(
        ROOT,
        allow(principal('["arn:aws:iam::111122223333:root", "«arn:aws:iam::111122223333:role/Admin»"]'), '["kms:*"]'),
      ),
      'key-full-access-non-root',
      [message('kms:*', 'arn:aws:iam::111122223333:role/Admin')],
      KEY,
    );
  });
  it('reports "*" actions, everyone and service principals', () => {
    expectFindings(
      policy(ROOT, allow('"«*»"', '"*"'), allow('{"Service": "«logs.amazonaws.com»"}', '"kms:*"')),
      'key-full-access-non-root',
      [message('*', 'everyone ("*")'), message('kms:*', 'logs.amazonaws.com')],
      KEY,
    );
  });
  it('leaves accounts, partial access, Deny and other kinds alone', () => {
    expectNone(policy(ROOT, allow(principal('"444455556666"'), '"kms:*"')), 'key-full-access-non-root', KEY);
    expectNone(policy(ROOT, allow(ALICE, '["kms:Create*", "kms:Describe*"]')), 'key-full-access-non-root', KEY);
    expectNone(policy(ROOT, allow(ALICE, '"kms:*"').replace('Allow', 'Deny')), 'key-full-access-non-root', KEY);
    expectNone(policy(allow(ALICE, '"kms:*"')), 'key-full-access-non-root', { fileName: 'x.bucket-policy.json' });
  });
  it('survives principals and actions of unexpected shapes', () => {
    const text = policy(
      allow('{"AWS": [1, ["x"], null]}', '[{"a": "kms:*"}]'),
      allow('42', '"kms:*"'),
      `{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*"}`,
    );
    assert.doesNotThrow(() => lint(text, KEY));
  });
});
