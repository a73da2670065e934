import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const withCondition = (condition: string, action = 's3:GetObject') =>
  policy(`{"Effect": "Allow", "Action": "${action}", "Resource": "*", "Condition": ${condition}}`);

describe('operator-type-mismatch', () => {
  it('reports a Date operator on a String key at the operator', () => {
    expectFindings(withCondition('{"«DateGreaterThan»": {"aws:username": "2024-01-01"}}'), 'operator-type-mismatch', [
      'DateGreaterThan compares dates, but aws:username is a String key: use a String operator such as StringEquals or StringLike.',
    ]);
  });
  it('reports a Numeric operator on a Bool key', () => {
    expectFindings(withCondition('{"«NumericLessThan»": {"aws:SecureTransport": "1"}}'), 'operator-type-mismatch', [
      'NumericLessThan compares numbers, but aws:SecureTransport is a Bool key: use the Bool operator.',
    ]);
  });
  it('reports Bool on an ARN key at the key when the operator has several keys', () => {
    expectFindings(
      withCondition('{"Bool": {"aws:SecureTransport": "true", "«aws:PrincipalArn»": "true"}}'),
      'operator-type-mismatch',
      [
        'Bool compares true or false, but aws:PrincipalArn is an ARN key: use an ARN operator such as ArnEquals or ArnLike.',
      ],
    );
  });
  it('accepts matching types, Null on any key, numeric epoch comparisons and unknown keys', () => {
    expectNone(
      withCondition(`{"StringEquals": {"aws:username": "a"}, "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/x"},
        "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "Null": {"aws:SourceIp": "false"}, "NumericLessThan": {"aws:EpochTime": "1700000000"},
        "DateLessThan": {"aws:nosuchkey": "2024-01-01"}}`),
      'operator-type-mismatch',
    );
  });
});

describe('prefer-typed-operator', () => {
  it('offers ArnLike for StringLike on an ARN key', () => {
    const [finding] = expectFindings(
      withCondition('{"«StringLike»": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}'),
      'prefer-typed-operator',
      [
        'aws:SourceArn is an ARN key: use ArnLike, which compares ARNs field by field, rather than StringLike, which compares text.',
      ],
    );
    assert.deepEqual(finding.data, { replacement: 'ArnLike' });
  });
  it('keeps the qualifier and suffix in the fix', () => {
    const [finding] = expectFindings(
      withCondition('{"«StringNotEqualsIfExists»": {"s3:max-keys": "10"}}', 's3:ListBucket'),
      'prefer-typed-operator',
      [
        's3:max-keys is a Numeric key: use NumericNotEquals, which compares numbers, rather than StringNotEquals, which compares text.',
      ],
    );
    assert.deepEqual(finding.data, { replacement: 'NumericNotEqualsIfExists' });
  });
  it('reports at the key without a fix when the operator has other keys', () => {
    const [finding] = expectFindings(
      withCondition(
        '{"StringEquals": {"aws:SourceAccount": "111122223333", "«aws:SourceArn»": "arn:aws:s3:::bucket"}}',
      ),
      'prefer-typed-operator',
      [
        'aws:SourceArn is an ARN key: use ArnEquals, which compares ARNs field by field, rather than StringEquals, which compares text.',
      ],
    );
    assert.equal(finding.data, undefined);
  });
  it('suggests String operators for an Arn operator on a String key that is not about ARNs', () => {
    expectFindings(withCondition('{"«ArnEquals»": {"aws:SourceAccount": "111122223333"}}'), 'prefer-typed-operator', [
      'ArnEquals compares ARNs, but aws:SourceAccount is a String key: use a String operator unless its values are ARNs.',
    ]);
  });
  it('accepts Arn operators on String keys that hold ARNs', () => {
    expectNone(
      withCondition('{"ArnLike": {"kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:*"}}', 'kms:Decrypt'),
      'prefer-typed-operator',
    );
  });
});

describe('missing-qualifier', () => {
  it('reports a multi-valued key compared without a qualifier', () => {
    expectFindings(
      withCondition('{"«StringEquals»": {"aws:TagKeys": ["team", "env"]}}', 'ec2:CreateTags'),
      'missing-qualifier',
      [
        'aws:TagKeys can hold several values: write ForAnyValue:StringEquals (any value matches) or ForAllValues:StringEquals (all do).',
      ],
    );
  });
  it('accepts qualified operators, Null, and single-valued keys', () => {
    const text = withCondition(
      '{"ForAllValues:StringEquals": {"aws:TagKeys": ["team"]}, "Null": {"aws:TagKeys": "false"}, "StringEquals": {"aws:SourceVpc": "vpc-1"}}',
      'ec2:CreateTags',
    );
    expectNone(text, 'missing-qualifier');
  });
});

describe('for-all-values-with-single-valued-key', () => {
  it('reports ForAllValues on a single-valued key with the plain operator as the fix', () => {
    const [finding] = expectFindings(
      withCondition('{"«ForAllValues:StringEquals»": {"aws:SourceVpc": "vpc-1"}}'),
      'for-all-values-with-single-valued-key',
      [
        'aws:SourceVpc holds a single value, and ForAllValues: also matches when the key is absent: remove the qualifier.',
      ],
    );
    assert.deepEqual(finding.data, { replacement: 'StringEquals' });
  });
  it('accepts ForAllValues on a multi-valued key and on identity-provider claims', () => {
    expectNone(
      withCondition('{"ForAllValues:StringLike": {"aws:TagKeys": "team*"}}'),
      'for-all-values-with-single-valued-key',
    );
    expectNone(
      withCondition(
        '{"ForAllValues:StringEquals": {"cognito-identity.amazonaws.com:amr": "authenticated"}}',
        'sts:AssumeRoleWithWebIdentity',
      ),
      'for-all-values-with-single-valued-key',
    );
  });
});

describe('for-any-value-with-single-valued-key', () => {
  it('reports ForAnyValue on a single-valued key', () => {
    expectFindings(
      withCondition('{"«ForAnyValue:StringEquals»": {"aws:PrincipalAccount": "111122223333"}}'),
      'for-any-value-with-single-valued-key',
      ['aws:PrincipalAccount holds a single value, so ForAnyValue: is not needed: remove the qualifier.'],
    );
  });
  it('accepts ForAnyValue on a multi-valued key', () => {
    expectNone(
      withCondition('{"ForAnyValue:StringEquals": {"aws:CalledVia": "cloudformation.amazonaws.com"}}'),
      'for-any-value-with-single-valued-key',
    );
  });
});
