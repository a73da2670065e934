import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const onResource = (resource: string) =>
  policy(`    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "${resource}"}`);

describe('invalid-policy-variable', () => {
  it('reports a variable without its closing brace', () => {
    expectFindings(onResource('arn:aws:s3:::bucket/«${aws:username»'), 'invalid-policy-variable', [
      'The policy variable has no closing brace: add } after its name.',
    ]);
  });
  it('reports an empty variable, a space and an unquoted default', () => {
    expectFindings(
      onResource('arn:aws:s3:::bucket/«${ }»/«${aws:user name}»/«${aws:PrincipalTag/team, none}»'),
      'invalid-policy-variable',
      [
        'The policy variable is empty: write a key such as ${aws:username}.',
        'A policy variable cannot contain spaces.',
        "The default value of a policy variable must be in single quotes: ${key, 'default'}.",
      ],
    );
  });
  it('checks condition values too', () => {
    const text = policy(
      '    {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::bucket", "Condition": {"StringLike": {"s3:prefix": ["home/«${aws:username»"]}}}',
    );
    expectFindings(text, 'invalid-policy-variable', [/no closing brace/]);
  });
  it('accepts variables, defaults and escapes', () => {
    expectNone(
      onResource("arn:aws:s3:::bucket/${aws:username}/${aws:PrincipalTag/team, 'none'}/${*}${?}${$}"),
      'invalid-policy-variable',
    );
  });
});

describe('variable-unsupported-in-element', () => {
  it('reports a variable in Action and in Principal', () => {
    const text = policy(
      '    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/«${aws:username}»"}, "Action": "s3:«${aws:username}»", "Resource": "*"}',
    );
    expectFindings(text, 'variable-unsupported-in-element', [
      'Principal cannot hold policy variables such as ${aws:username}: IAM reads them only in Resource and Condition values.',
      'Action cannot hold policy variables such as ${aws:username}: IAM reads them only in Resource and Condition values.',
    ]);
  });
  it('accepts variables in Resource and Condition values', () => {
    const text = policy(
      '    {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::${aws:username}", "Condition": {"StringEquals": {"s3:prefix": "${aws:username}"}}}',
    );
    expectNone(text, 'variable-unsupported-in-element');
  });
});

describe('unknown-policy-variable', () => {
  it('reports a misspelt global key with the real one', () => {
    const [finding] = expectFindings(onResource('arn:aws:s3:::bucket/«${aws:usrname}»/*'), 'unknown-policy-variable', [
      'aws:usrname is not a condition key, so ${aws:usrname} never has a value. Did you mean aws:username?',
    ]);
    assert.equal(finding.data?.replacement, '${aws:username}');
  });
  it('reports a misspelt tag key stem, keeping the tag name', () => {
    const [finding] = expectFindings(
      onResource('arn:aws:s3:::bucket/«${aws:PrincipleTag/team}»/*'),
      'unknown-policy-variable',
      [/Did you mean aws:PrincipalTag\/team\?$/],
    );
    assert.equal(finding.data?.replacement, '${aws:PrincipalTag/team}');
  });
  it('reports a template placeholder left in the policy', () => {
    expectFindings(onResource('arn:aws:s3:::«${BucketName}»/*'), 'unknown-policy-variable', [
      'BucketName is not a condition key, so ${BucketName} never has a value. Use a global condition key such as aws:username, or a key of the service.',
    ]);
  });
  it('accepts global, service, tag and identity-provider keys', () => {
    const keys = [
      'aws:username',
      'aws:userid',
      'aws:PrincipalTag/team',
      's3:prefix',
      'saml:sub',
      'cognito-identity.amazonaws.com:sub',
      'token.actions.githubusercontent.com:sub',
      'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub',
    ];
    expectNone(
      onResource(`arn:aws:s3:::bucket/${keys.map((k) => '${' + k + '}').join('/')}`),
      'unknown-policy-variable',
    );
  });
});
