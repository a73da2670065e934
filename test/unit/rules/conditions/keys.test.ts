import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const withCondition = (condition: string, action = 's3:GetObject') =>
  policy(`{"Effect": "Allow", "Action": "${action}", "Resource": "*", "Condition": ${condition}}`);

describe('unknown-condition-key', () => {
  it('reports the misspelt KMS key of the notes with the real key as the fix', () => {
    const text = policy(`{"Sid": "Allow attachement of persistent resources", "Effect": "Allow",
      "Principal": {"AWS": ["arn:aws:iam::739739171055:user/Cloudacademy"]}, "Action": ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
      "Resource": "*", "Condition": {"Bool": {"«kms:grnatIsForAWSResource»": true}}}`);
    const [finding] = expectFindings(text, 'unknown-condition-key', [
      'kms:grnatIsForAWSResource is not a condition key of kms: did you mean kms:GrantIsForAWSResource?',
    ]);
    assert.deepEqual(finding.data, { replacement: 'kms:GrantIsForAWSResource' });
  });
  it('reports an unknown global key', () => {
    expectFindings(withCondition('{"StringEquals": {"«aws:SourceAcount»": "111122223333"}}'), 'unknown-condition-key', [
      'aws:SourceAcount is not a global condition key: did you mean aws:SourceAccount?',
    ]);
  });
  it('keeps the tag key when the fixed part of a tag key is misspelt', () => {
    const [finding] = expectFindings(
      withCondition('{"StringEquals": {"«aws:RequestTags/team»": "blue"}}'),
      'unknown-condition-key',
      ['aws:RequestTags/team is not a global condition key: did you mean aws:RequestTag/team?'],
    );
    assert.deepEqual(finding.data, { replacement: 'aws:RequestTag/team' });
  });
  it('reports a tag key condition without a tag key', () => {
    expectFindings(
      withCondition('{"StringEquals": {"«aws:ResourceTag/»": "blue", "«aws:ResourceTag»": "red"}}'),
      'unknown-condition-key',
      [
        'aws:ResourceTag/ needs a tag key after "aws:ResourceTag/", e.g. aws:ResourceTag/team.',
        'aws:ResourceTag needs a tag key after "aws:ResourceTag/", e.g. aws:ResourceTag/team.',
      ],
    );
  });
  it('reports aws:ARN, which AWS no longer supports', () => {
    expectFindings(
      withCondition('{"ArnLike": {"«aws:ARN»": "arn:aws:iam::111122223333:role/x"}}'),
      'unknown-condition-key',
      ['aws:ARN is not supported: use aws:PrincipalArn for the caller or aws:SourceArn for the source resource.'],
    );
  });
  it('reports a key of a service that does not exist', () => {
    expectFindings(withCondition('{"StringEquals": {"«nosuchservice:Thing»": "x"}}'), 'unknown-condition-key', [
      'nosuchservice:Thing is not a condition key (no service has the prefix "nosuchservice"): check the key\'s name in the service\'s documentation.',
    ]);
  });
  it('accepts keys in any case and keys with a variable part', () => {
    const text = withCondition(
      '{"StringEquals": {"AWS:SOURCEACCOUNT": "111122223333", "s3:ExistingObjectTag/security": "public", "aws:PrincipalTag/team": "x"}}',
    );
    expectNone(text, 'unknown-condition-key');
  });
  it('accepts claims of identity providers and SAML attributes', () => {
    const text = withCondition(
      `{"StringEquals": {"token.actions.githubusercontent.com:job_workflow_ref": "o/r/.github/workflows/w.yml@refs/heads/main",
        "app.terraform.io:sub": "organization:o:project:p:workspace:w:run_phase:apply", "graph.facebook.com:id": "1",
        "www.amazon.com:user_id": "amzn1.account.X", "saml:edupersonorgdn": "x", "oidc.circleci.com/org/1234:sub": "x"}}`,
      'sts:AssumeRoleWithWebIdentity',
    );
    expectNone(text, 'unknown-condition-key');
  });
  it('leaves malformed keys to the format rule', () => {
    expectNone(withCondition('{"StringEquals": {"SourceIp": "x"}}'), 'unknown-condition-key');
  });
});

describe('invalid-condition-key-format', () => {
  it('reports a global key written without aws: and offers it with the prefix', () => {
    const [finding] = expectFindings(
      withCondition('{"IpAddress": {"«SourceIp»": "203.0.113.0/24"}}'),
      'invalid-condition-key-format',
      ['"SourceIp" has no service prefix: write aws:SourceIp.'],
    );
    assert.deepEqual(finding.data, { replacement: 'aws:SourceIp' });
  });
  it('reports spaces in a key, offering the key without them', () => {
    expectFindings(withCondition('{"Bool": {"«aws: SecureTransport»": "false"}}'), 'invalid-condition-key-format', [
      'The condition key "aws: SecureTransport" contains white space: write aws:SecureTransport.',
    ]);
  });
  it('reports empty parts and empty keys', () => {
    expectFindings(
      withCondition('{"StringEquals": {"«:username»": "a", "«aws:»": "b", "«»": "c", "«team»": "d"}}'),
      'invalid-condition-key-format',
      [
        'The condition key ":username" has nothing before the colon: write service:key, e.g. aws:SourceIp.',
        'The condition key "aws:" has nothing after the colon: write service:key, e.g. aws:SourceIp.',
        'The condition key is empty: write service:key, e.g. aws:SourceIp.',
        '"team" has no service prefix: write service:key, e.g. aws:SourceIp.',
      ],
    );
  });
  it('reports a prefix that cannot be a service', () => {
    expectFindings(withCondition('{"StringEquals": {"«s3_x:prefix»": "a"}}'), 'invalid-condition-key-format', [
      '"s3_x" is not a service prefix: write service:key, e.g. aws:SourceIp.',
    ]);
  });
  it('accepts service keys, keys with several colons and host-named keys', () => {
    const text = withCondition(
      '{"StringEquals": {"aws:SourceVpc": "vpc-1", "kms:EncryptionContext:aws:s3:arn": "x", "accounts.google.com:aud": "y"}}',
    );
    expectNone(text, 'invalid-condition-key-format');
  });
});

describe('duplicate-condition-key-case', () => {
  it('reports the later key that repeats an earlier one in another case', () => {
    expectFindings(
      withCondition('{"StringEquals": {"aws:SourceVpc": "vpc-1", "«aws:sourcevpc»": "vpc-2"}}'),
      'duplicate-condition-key-case',
      [
        'aws:sourcevpc repeats aws:SourceVpc in this StringEquals block (keys ignore case): merge their values under one key.',
      ],
    );
  });
  it('accepts the same key under two operators', () => {
    expectNone(
      withCondition('{"StringEquals": {"aws:SourceVpc": "vpc-1"}, "StringLike": {"aws:sourcevpc": "vpc-*"}}'),
      'duplicate-condition-key-case',
    );
  });
});
