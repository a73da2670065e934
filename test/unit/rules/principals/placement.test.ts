import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const withPrincipal = (key: string) =>
  policy(`    {"Effect": "Allow", ${key}: {"AWS": "123456789012"}, "Action": "s3:GetObject", "Resource": "*"}`);

describe('principal-not-supported', () => {
  it('reports a Principal in an identity policy at its key, with why the file is one', () => {
    expectFindings(
      withPrincipal('«"Principal"»'),
      'principal-not-supported',
      [
        'A Principal has no place in an identity policy (file name ends in .policy.json): it applies to whoever it is attached to. Remove it, or change the kind if this is a resource-based policy.',
      ],
      { fileName: 'admin.policy.json' },
    );
  });
  it('reports a NotPrincipal in a service control policy and points to aws:PrincipalArn', () => {
    expectFindings(
      withPrincipal('«"NotPrincipal"»'),
      'principal-not-supported',
      [
        'A NotPrincipal has no place in a service control policy (file name ends in .scp.json): it applies to every identity in the accounts it is attached to. Remove it, or use a condition on aws:PrincipalArn.',
      ],
      { fileName: 'guardrails.scp.json' },
    );
  });
  it('reports a Principal in a permissions boundary', () => {
    expectFindings(
      withPrincipal('«"Principal"»'),
      'principal-not-supported',
      [
        'A Principal has no place in a permissions boundary (file name ends in .boundary.json): it limits the user or role it is set on. Remove it.',
      ],
      { fileName: 'developers.boundary.json' },
    );
  });
  it('accepts a Principal in resource-based policies', () => {
    expectNone(withPrincipal('"Principal"'), 'principal-not-supported', { fileName: 'data.bucket-policy.json' });
    expectNone(withPrincipal('"Principal"'), 'principal-not-supported');
  });
});

describe('not-principal-not-supported', () => {
  it('reports NotPrincipal in a role trust policy', () => {
    const text = policy(
      `    {"Effect": "Allow", «"NotPrincipal"»: {"AWS": "123456789012"}, "Action": "sts:AssumeRole"}`,
    );
    expectFindings(
      text,
      'not-principal-not-supported',
      ['A role trust policy cannot use NotPrincipal: name who may assume the role under Principal.'],
      { fileName: 'ci.trust-policy.json' },
    );
  });
  it('reports NotPrincipal in a resource control policy', () => {
    expectFindings(
      withPrincipal('«"NotPrincipal"»'),
      'not-principal-not-supported',
      [
        'A resource control policy cannot use NotPrincipal: write "Principal": "*" and exempt principals with a condition on aws:PrincipalArn.',
      ],
      { fileName: 'perimeter.rcp.json' },
    );
  });
  it('accepts NotPrincipal with Deny in a bucket policy', () => {
    const text = policy(
      `    {"Effect": "Deny", "NotPrincipal": {"AWS": "123456789012"}, "Action": "s3:*", "Resource": "*"}`,
    );
    expectNone(text, 'not-principal-not-supported', { fileName: 'data.bucket-policy.json' });
  });
});

describe('rcp-principal', () => {
  it('reports a Principal other than "*" in a resource control policy, with "*" as the fix', () => {
    const [finding] = expectFindings(
      withPrincipal('"Principal"').replace('{"AWS": "123456789012"}', '«{"AWS": "123456789012"}»'),
      'rcp-principal',
      [
        'A resource control policy applies to every principal: write "Principal": "*" and narrow the statement with a condition such as aws:PrincipalAccount.',
      ],
      { fileName: 'perimeter.rcp.json' },
    );
    assert.equal(finding.data?.replacement, '"*"');
  });
  it('accepts "Principal": "*" in a resource control policy', () => {
    const text = policy(
      `    {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:SecureTransport": "false"}}}`,
    );
    expectNone(text, 'rcp-principal', { fileName: 'perimeter.rcp.json' });
  });
});

describe('federated-principal-not-supported', () => {
  it('reports a Federated principal in a bucket policy', () => {
    const text = policy(
      `    {"Effect": "Allow", "Principal": {«"Federated"»: "cognito-identity.amazonaws.com"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}`,
    );
    expectFindings(
      text,
      'federated-principal-not-supported',
      [
        'An S3 bucket policy cannot name an identity provider: federated users act through the role they assume, so name that role under "AWS".',
      ],
      { fileName: 'data.bucket-policy.json' },
    );
  });
  it('accepts a Federated principal in a role trust policy', () => {
    const text = policy(
      `    {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}`,
    );
    expectNone(text, 'federated-principal-not-supported', { fileName: 'app.trust-policy.json' });
  });
});
