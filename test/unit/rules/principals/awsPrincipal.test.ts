import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const KEY = { fileName: 'app.key-policy.json' };

/** A key policy statement with the given values under "AWS". */
const key = (...values: string[]) =>
  policy(`    {"Effect": "Allow", "Principal": {"AWS": [${values.join(', ')}]}, "Action": "kms:*", "Resource": "*"}`);

describe('invalid-aws-principal', () => {
  it('reports a mistyped arn prefix and offers "arn"', () => {
    const [finding] = expectFindings(
      key('"«arm»:aws:iam::123456789123:root"'),
      'invalid-aws-principal',
      ['"arm" should be "arn": every ARN starts with arn:.'],
      KEY,
    );
    assert.equal(finding.data?.replacement, 'arn');
  });
  it('reports the ars: prefix of the console key policy in the notes', () => {
    const text = readFileSync(join(__dirname, '../../../fixtures/notes/console-key-policy.key-policy.json'), 'utf8');
    const marked = text.replace('"ars:aws:iam::730739177055:root"', '"«ars»:aws:iam::730739177055:root"');
    expectFindings(marked, 'invalid-aws-principal', ['"ars" should be "arn": every ARN starts with arn:.'], KEY);
  });
  it('reports an account ID that is not 12 digits, bare or in an ARN', () => {
    expectFindings(
      key('"«12345678901»"', '"arn:aws:iam::«1234567890123»:root"'),
      'invalid-aws-principal',
      ['An account ID has 12 digits; "12345678901" has 11.', 'An account ID has 12 digits; "1234567890123" has 13.'],
      KEY,
    );
  });
  it('reports a partition AWS does not have, with the nearest one', () => {
    const [finding] = expectFindings(
      key('"arn:«aws-cm»:iam::123456789012:root"'),
      'invalid-aws-principal',
      ['"aws-cm" is not an AWS partition: did you mean aws-cn?'],
      KEY,
    );
    assert.equal(finding.data?.replacement, 'aws-cn');
    expectFindings(
      key('"arn:«aws-gov»:iam::123456789012:root"'),
      'invalid-aws-principal',
      ['"aws-gov" is not an AWS partition: use aws, aws-cn or aws-us-gov.'],
      KEY,
    );
  });
  it('reports a Region in a principal ARN and offers to remove it', () => {
    const [finding] = expectFindings(
      key('"arn:aws:iam:«us-east-1»:123456789012:user/alice"'),
      'invalid-aws-principal',
      ['Principal ARNs have no Region: remove "us-east-1".'],
      KEY,
    );
    assert.equal(finding.data?.replacement, '');
  });
  it('reports an IAM group, which is never a principal', () => {
    expectFindings(
      key('"arn:aws:iam::123456789012:«group/admins»"'),
      'invalid-aws-principal',
      ['An IAM group cannot be a principal: name its users, or a role they can assume.'],
      KEY,
    );
  });
  it('reports session ARNs written with iam, and identities written with sts', () => {
    const text = key(
      '"arn:aws:«iam»::123456789012:assumed-role/admin/alice"',
      '"arn:aws:«sts»::123456789012:role/admin"',
    );
    const findings = expectFindings(
      text,
      'invalid-aws-principal',
      ['"assumed-role" ARNs belong to STS: write sts.', '"role" ARNs belong to IAM: write iam.'],
      KEY,
    );
    assert.deepEqual(
      findings.map((f) => f.data?.replacement),
      ['sts', 'iam'],
    );
  });
  it('reports an ARN of another service, and a resource that is no identity', () => {
    expectFindings(
      key('"arn:aws:«s3»::123456789012:bucket"', '"arn:aws:iam::123456789012:«policy/ReadOnly»"'),
      'invalid-aws-principal',
      [
        '"s3" ARNs cannot be principals: name an account, or an IAM user or role.',
        '"policy/ReadOnly" cannot be a principal: write root, user/NAME or role/NAME after the account ID.',
      ],
      KEY,
    );
  });
  it('reports a user or role ARN without a name', () => {
    expectFindings(
      key('"arn:aws:iam::123456789012:«role»"', '"arn:aws:iam::123456789012:«user/»"'),
      'invalid-aws-principal',
      [
        'The ARN names no role: write the role name after "role/".',
        'The ARN names no user: write the user name after "user/".',
      ],
      KEY,
    );
  });
  it('reports an incomplete role session ARN', () => {
    expectFindings(
      key('"arn:aws:sts::123456789012:«assumed-role/admin»"'),
      'invalid-aws-principal',
      ['A role session ARN reads assumed-role/ROLE-NAME/SESSION-NAME.'],
      KEY,
    );
  });
  it('reports a service principal or a name under AWS', () => {
    expectFindings(
      key('"«ec2.amazonaws.com»"', '"«alice»"'),
      'invalid-aws-principal',
      [
        '"ec2.amazonaws.com" is a service principal: put it under "Service", not "AWS".',
        '"alice" is not an AWS principal: write an account ID, or the ARN of an account, user or role.',
      ],
      KEY,
    );
  });
  it('cuts a long value short in the message', () => {
    const long = 'x'.repeat(300);
    expectFindings(
      key(`"«${long}»"`),
      'invalid-aws-principal',
      [`"${'x'.repeat(117)}…" is not an AWS principal: write an account ID, or the ARN of an account, user or role.`],
      KEY,
    );
  });
  it('reports an empty value on its quotes', () => {
    expectFindings(
      key('«""»'),
      'invalid-aws-principal',
      ['"" is not an AWS principal: write an account ID, or the ARN of an account, user or role.'],
      KEY,
    );
  });
  it('accepts every form of AWS principal', () => {
    const text = key(
      '"*"',
      '"123456789012"',
      '"arn:aws:iam::123456789012:root"',
      '"arn:aws:iam::123456789012:user/alice"',
      '"arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/JaneDoe"',
      '"arn:aws:iam::123456789012:role/service-role/lambda-exec"',
      '"arn:aws:sts::123456789012:assumed-role/admin/alice@example.com"',
      '"arn:aws:sts::123456789012:federated-user/bob"',
      '"arn:aws-cn:iam::123456789012:root"',
      '"arn:aws-us-gov:iam::123456789012:role/ops"',
    );
    expectNone(text, 'invalid-aws-principal', KEY);
  });
  it('leaves wildcards and unique IDs to their own rules', () => {
    expectNone(key('"arn:aws:iam::*:root"', '"AIDAJQABLZS4A3QDU576Q"'), 'invalid-aws-principal', KEY);
  });
});

describe('principal-unique-id', () => {
  it('reports the unique ID of a deleted user and of a deleted role', () => {
    expectFindings(
      key('"«AIDAJQABLZS4A3QDU576Q»"', '"«AROADBQP57FF2AEXAMPLE»"'),
      'principal-unique-id',
      [
        'AIDAJQABLZS4A3QDU576Q is the unique ID of an IAM user, shown once the user it named is deleted; it matches no user created since. Name the user by its ARN.',
        'AROADBQP57FF2AEXAMPLE is the unique ID of an IAM role, shown once the role it named is deleted; it matches no role created since. Name the role by its ARN.',
      ],
      KEY,
    );
  });
  it('accepts ARNs and account IDs', () => {
    expectNone(key('"arn:aws:iam::123456789012:user/alice"', '"123456789012"'), 'principal-unique-id', KEY);
  });
});
