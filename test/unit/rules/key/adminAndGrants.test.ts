import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const KEY = { fileName: 'example.key-policy.json' };
const ROOT = `{"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}`;
const allow = (who: string, actions: string, extra = '') =>
  `{"Effect": "Allow", "Principal": {"AWS": "${who}"}, "Action": ${actions}, "Resource": "*"${extra}}`;
const ADMIN = 'arn:aws:iam::111122223333:role/KeyAdmin';

describe('key-admin-can-use-key', () => {
  const message = (value: string, which = '') =>
    `"${value}" lets the key administrators of this statement also use the key${which}: give cryptographic use to the principals that need it in a statement of its own.`;
  it('reports each value of an administrator statement that allows cryptographic operations', () => {
    expectFindings(
      policy(
        ROOT,
        allow(
          ADMIN,
          '["kms:Create*", "kms:Put*", "kms:ScheduleKeyDeletion", "«kms:Encrypt»", "«kms:decrypt»", "kms:DescribeKey"]',
        ),
      ),
      'key-admin-can-use-key',
      [message('kms:Encrypt'), message('kms:decrypt')],
      KEY,
    );
  });
  it('lists the operations a wildcard value allows', () => {
    expectFindings(
      policy(ROOT, allow(ADMIN, '["kms:Disable*", "«kms:ReEncrypt*»"]')),
      'key-admin-can-use-key',
      [message('kms:ReEncrypt*', ' (kms:ReEncryptFrom and kms:ReEncryptTo)')],
      KEY,
    );
  });
  it('leaves separate administrator and user statements, full access and accounts alone', () => {
    expectNone(
      policy(
        ROOT,
        allow(
          ADMIN,
          '["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]',
        ),
        allow(
          'arn:aws:iam::111122223333:role/App',
          '["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]',
        ),
        allow(ADMIN, '"kms:*"'),
        allow('444455556666', '["kms:PutKeyPolicy", "kms:Decrypt"]'),
      ),
      'key-admin-can-use-key',
      KEY,
    );
  });
  it('leaves Deny statements and NotAction alone', () => {
    expectNone(
      policy(ROOT, allow(ADMIN, '["kms:PutKeyPolicy", "kms:Decrypt"]').replace('Allow', 'Deny')),
      'key-admin-can-use-key',
      KEY,
    );
    expectNone(
      policy(
        ROOT,
        `{"Effect": "Allow", "Principal": {"AWS": "${ADMIN}"}, "NotAction": ["kms:PutKeyPolicy", "kms:Decrypt"], "Resource": "*"}`,
      ),
      'key-admin-can-use-key',
      KEY,
    );
  });
});

describe('key-grant-without-aws-resource', () => {
  const USER = 'arn:aws:iam::111122223333:role/App';
  const message =
    '"kms:CreateGrant" lets these principals give the key\'s use to anyone: add the condition "Bool": {"kms:GrantIsForAWSResource": "true"} so that grants are created only through AWS services that use the key for them.';
  it('suggests the condition the console adds on an unconditioned kms:CreateGrant', () => {
    const [finding] = expectFindings(
      policy(ROOT, allow(USER, '["«kms:CreateGrant»", "kms:ListGrants", "kms:RevokeGrant"]')),
      'key-grant-without-aws-resource',
      [message],
      KEY,
    );
    assert.deepEqual(finding.data?.addCondition, { operator: 'Bool', key: 'kms:GrantIsForAWSResource', value: 'true' });
  });
  it('reports a wildcard that allows kms:CreateGrant, and everyone as principal', () => {
    expectFindings(
      policy(
        ROOT,
        `{"Effect": "Allow", "Principal": "*", "Action": ["kms:Decrypt", "«kms:Create*»"], "Resource": "*"}`,
      ),
      'key-grant-without-aws-resource',
      [/^"kms:Create\*" lets these principals give the key's use to anyone/],
      KEY,
    );
  });
  it('accepts grants limited by GrantIsForAWSResource, ViaService or the grant keys, whatever the operator', () => {
    for (const condition of [
      '{"Bool": {"kms:GrantIsForAWSResource": true}}',
      '{"StringEquals": {"kms:grantisforawsresource": "true"}}',
      '{"StringEquals": {"kms:ViaService": "rds.us-east-1.amazonaws.com"}}',
      '{"ForAllValues:StringEquals": {"kms:GrantOperations": ["Decrypt"]}}',
      '{"StringEquals": {"kms:GranteePrincipal": "arn:aws:iam::111122223333:role/Worker"}}',
    ]) {
      expectNone(
        policy(ROOT, allow(USER, '"kms:CreateGrant"', `, "Condition": ${condition}`)),
        'key-grant-without-aws-resource',
        KEY,
      );
    }
  });
  it('leaves a misspelt grant key to unknown-condition-key', () => {
    expectNone(
      policy(ROOT, allow(USER, '"kms:CreateGrant"', ', "Condition": {"Bool": {"kms:grnatIsForAWSResource": true}}')),
      'key-grant-without-aws-resource',
      KEY,
    );
  });
  it('leaves administrators, accounts, services and statements without CreateGrant alone', () => {
    expectNone(
      policy(
        ROOT,
        allow(ADMIN, '["kms:Create*", "kms:Put*", "kms:Disable*"]'),
        allow('444455556666', '"kms:CreateGrant"'),
        `{"Effect": "Allow", "Principal": {"Service": "logs.amazonaws.com"}, "Action": "kms:CreateGrant", "Resource": "*"}`,
        allow(USER, '["kms:ListGrants", "kms:RevokeGrant"]'),
      ),
      'key-grant-without-aws-resource',
      KEY,
    );
  });
});
