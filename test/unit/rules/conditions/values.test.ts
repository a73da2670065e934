import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const withCondition = (condition: string, action = 's3:ListBucket') =>
  policy(`{"Effect": "Allow", "Action": "${action}", "Resource": "*", "Condition": ${condition}}`);

describe('invalid-condition-value', () => {
  it('reports values that are not numbers, dates or Booleans, at the value', () => {
    expectFindings(
      withCondition(`{"NumericLessThanEquals": {"s3:max-keys": "«ten»"}, "DateGreaterThan": {"aws:CurrentTime": ["«2024-13-01»", "«yesterday»"]},
        "Bool": {"aws:SecureTransport": "«yes»"}, "Null": {"aws:TokenIssueTime": «1»}}`),
      'invalid-condition-value',
      [
        'NumericLessThanEquals compares numbers, and "ten" is not one: write a number such as 10.',
        '"2024-13-01" is not a date DateGreaterThan can read: write an ISO 8601 date such as 2024-01-31T00:00:00Z, or epoch seconds.',
        '"yesterday" is not a date DateGreaterThan can read: write an ISO 8601 date such as 2024-01-31T00:00:00Z, or epoch seconds.',
        'Bool takes true or false, not "yes".',
        'Null takes true or false, not 1.',
      ],
    );
  });
  it('reports a BinaryEquals value that is not base64', () => {
    expectFindings(withCondition('{"BinaryEquals": {"aws:username": "«not base64!»"}}'), 'invalid-condition-value', [
      'BinaryEquals compares base64 values, and "not base64!" is not base64: encode the bytes in base64.',
    ]);
  });
  it('accepts every documented form of number, date and Boolean', () => {
    const text = withCondition(`{"NumericLessThan": {"s3:max-keys": ["10", 10, "2.5", "-1"]},
      "DateGreaterThan": {"aws:CurrentTime": ["2020", "2020-04", "2020-04-01", "2020-04-01T00:00Z", "2020-04-01T00:00:00Z", "2020-04-01T00:00:00.123+02:00", "1700000000", 1700000000]},
      "Bool": {"aws:SecureTransport": [true, "false", "True"]}, "Null": {"aws:TokenIssueTime": [false, "true"]},
      "BinaryEquals": {"aws:username": "QmluYXJ5VmFsdWVJbkJhc2U2NA=="}}`);
    expectNone(text, 'invalid-condition-value');
  });
  it('leaves policy variables and other shapes to other rules', () => {
    expectNone(
      withCondition('{"NumericLessThan": {"s3:max-keys": ["${aws:username}", {"a": 1}, null, [1]]}}'),
      'invalid-condition-value',
    );
  });
});

describe('invalid-ip-address', () => {
  it('reports wildcards, dashes, bad prefixes and numbers', () => {
    expectFindings(
      withCondition(
        '{"IpAddress": {"aws:SourceIp": ["«203.0.113.*»", "«203.0.113.1-203.0.113.9»", "«203.0.113.0/33»", «42», "«2001:db8::1::2»"]}}',
      ),
      'invalid-ip-address',
      [
        '"203.0.113.*" is not an IP address or CIDR range: write one such as 203.0.113.0/24.',
        '"203.0.113.1-203.0.113.9" is not an IP address or CIDR range: write one such as 203.0.113.0/24.',
        '"203.0.113.0/33" is not an IP address or CIDR range: write one such as 203.0.113.0/24.',
        'IpAddress takes IP addresses as strings, such as "203.0.113.0/24".',
        '"2001:db8::1::2" is not an IP address or CIDR range: write one such as 203.0.113.0/24.',
      ],
    );
  });
  it('accepts IPv4 and IPv6 addresses and ranges', () => {
    const text = withCondition(
      '{"NotIpAddress": {"aws:SourceIp": ["203.0.113.5", "0.0.0.0/0", "2001:DB8:1234:5678::/64", "::/0", "::ffff:203.0.113.1", "2001:db8::1"]}}',
    );
    expectNone(text, 'invalid-ip-address');
  });
});

describe('ip-range-host-bits', () => {
  it('offers the range IAM reads when bits are set after the prefix', () => {
    const findings = expectFindings(
      withCondition(
        '{"IpAddress": {"aws:SourceIp": ["«203.0.113.77/24»", "«2001:db8:0:0:1::/32»", "203.0.113.0/24"]}}',
      ),
      'ip-range-host-bits',
      [
        'Only the first 24 bits of "203.0.113.77/24" count: the range is 203.0.113.0/24.',
        'Only the first 32 bits of "2001:db8:0:0:1::/32" count: the range is 2001:db8::/32.',
      ],
    );
    assert.deepEqual(
      findings.map((f) => f.data),
      [{ replacement: '203.0.113.0/24' }, { replacement: '2001:db8::/32' }],
    );
  });
});

describe('private-source-ip', () => {
  it('reports aws:SourceIp compared only with private ranges, as in the notes', () => {
    expectFindings(
      policy(
        `{"Effect": "Allow", "Action": "cloudtrail:*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "«10.10.0.0/16»"}}}`,
      ),
      'private-source-ip',
      [
        '"10.10.0.0/16" is a private range, which aws:SourceIp never holds, so this condition never matches: use aws:VpcSourceIp for addresses inside a VPC.',
      ],
    );
  });
  it('says that NotIpAddress with private ranges always matches', () => {
    expectFindings(
      withCondition('{"NotIpAddress": {"aws:SourceIp": ["«192.168.0.0/16»", "«fd00::/8»"]}}'),
      'private-source-ip',
      [/so this condition always matches/, /so this condition always matches/],
    );
  });
  it('accepts public ranges, mixed lists and aws:VpcSourceIp', () => {
    expectNone(
      withCondition(
        '{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "203.0.113.0/24"], "aws:VpcSourceIp": "10.0.0.0/8"}}',
      ),
      'private-source-ip',
    );
    expectNone(withCondition('{"IpAddress": {"aws:SourceIp": "172.32.0.0/16"}}'), 'private-source-ip');
  });
});

describe('variable-with-operator', () => {
  it('reports a policy variable in a Numeric value at the variable', () => {
    expectFindings(withCondition('{"NumericEquals": {"s3:max-keys": "«${aws:username}»"}}'), 'variable-with-operator', [
      'NumericEquals does not replace policy variables, so ${aws:username} is compared as written: use a fixed value.',
    ]);
  });
  it('accepts variables with String, Arn and Bool operators and the ${*} escape anywhere', () => {
    const text = withCondition(
      '{"StringLike": {"s3:prefix": "home/${aws:username}/*"}, "ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::*:user/${aws:username}"}, "NumericEquals": {"s3:max-keys": "1${*}"}}',
    );
    expectNone(text, 'variable-with-operator');
  });
});

describe('wildcard-without-like', () => {
  it('reports * and ? in values compared literally, at the value', () => {
    expectFindings(
      withCondition(
        '{"StringEquals": {"s3:prefix": ["«home/*»", "«file?»"]}, "StringNotEquals": {"aws:PrincipalAccount": "«1111*»"}}',
      ),
      'wildcard-without-like',
      [
        '"home/*" contains a wildcard, which StringEquals compares literally: use StringLike to match a pattern.',
        '"file?" contains a wildcard, which StringEquals compares literally: use StringLike to match a pattern.',
        '"1111*" contains a wildcard, which StringNotEquals compares literally: use StringNotLike to match a pattern.',
      ],
    );
  });
  it('accepts wildcards with Like and Arn operators, and the ${*} escape', () => {
    const text = withCondition(
      '{"StringLike": {"s3:prefix": "home/*"}, "ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::*:role/x"}, "StringEquals": {"aws:username": "a${*}b"}}',
    );
    expectNone(text, 'wildcard-without-like');
  });
});

describe('empty-condition-values', () => {
  it('reports an empty array of values at the array', () => {
    expectFindings(withCondition('{"StringEquals": {"s3:prefix": «[]»}}'), 'empty-condition-values', [
      's3:prefix has no values to compare: add the values or remove the key.',
    ]);
  });
  it('suggests Null for ForAllValues and IfExists with no values', () => {
    expectFindings(
      withCondition('{"ForAllValues:StringEquals": {"aws:TagKeys": «[]»}, "StringLikeIfExists": {"s3:prefix": «[ ]»}}'),
      'empty-condition-values',
      [
        'With no values, ForAllValues:StringEquals matches only when aws:TagKeys is absent: to test that, write "Null": {"aws:TagKeys": "true"}.',
        'With no values, StringLikeIfExists matches only when s3:prefix is absent: to test that, write "Null": {"s3:prefix": "true"}.',
      ],
    );
  });
  it('accepts arrays with values', () => {
    expectNone(withCondition('{"StringEquals": {"s3:prefix": ["a"]}}'), 'empty-condition-values');
  });
});
