import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const TRUST = { fileName: 'app.trust-policy.json' };
const BUCKET = { fileName: 'data.bucket-policy.json' };

/** A trust policy statement with the given Principal object. */
const trust = (principal: string, action = 'sts:AssumeRole') =>
  policy(`    {"Effect": "Allow", "Principal": ${principal}, "Action": "${action}"}`);

describe('invalid-service-principal', () => {
  it('reports a bare service prefix and offers the service principal', () => {
    const [finding] = expectFindings(
      trust('{"Service": "«lambda»"}'),
      'invalid-service-principal',
      ['A service principal is a DNS name: did you mean lambda.amazonaws.com?'],
      TRUST,
    );
    assert.equal(finding.data?.replacement, 'lambda.amazonaws.com');
  });
  it('reports a misspelt domain on the domain, with the fix for it', () => {
    const [finding] = expectFindings(
      trust('{"Service": ["ec2.«amazon.com»"]}'),
      'invalid-service-principal',
      ['Service principals end in .amazonaws.com: did you mean ec2.amazonaws.com?'],
      TRUST,
    );
    assert.equal(finding.data?.replacement, 'amazonaws.com');
    expectFindings(
      trust('{"Service": "ecs-tasks.«amazonaws.co»"}'),
      'invalid-service-principal',
      ['Service principals end in .amazonaws.com: did you mean ecs-tasks.amazonaws.com?'],
      TRUST,
    );
  });
  it('reports an ARN or an account under Service', () => {
    expectFindings(
      trust('{"Service": ["«arn:aws:iam::123456789012:root»", "«123456789012»"]}'),
      'invalid-service-principal',
      [
        '"arn:aws:iam::123456789012:root" is not a service: accounts, users and roles go under "AWS".',
        '"123456789012" is not a service: accounts, users and roles go under "AWS".',
      ],
      TRUST,
    );
  });
  it('reports a name that is no service', () => {
    expectFindings(
      trust('{"Service": "«my-service»"}'),
      'invalid-service-principal',
      ['"my-service" is not a service principal: write the service\'s name, such as lambda.amazonaws.com.'],
      TRUST,
    );
  });
  it('accepts service principals of every partition and the documented exceptions', () => {
    const text = trust(
      '{"Service": ["ec2.amazonaws.com", "monitoring.rds.amazonaws.com", "logs.ap-east-1.amazonaws.com", "ec2.amazonaws.com.cn", "ops.apigateway.amazonaws.com", "alexa-appkit.amazon.com", "ec2.c2s.ic.gov"]}',
    );
    expectNone(text, 'invalid-service-principal', TRUST);
  });
});

describe('invalid-federated-principal', () => {
  it('reports an OIDC host written without its provider ARN', () => {
    expectFindings(
      trust('{"Federated": "«token.actions.githubusercontent.com»"}', 'sts:AssumeRoleWithWebIdentity'),
      'invalid-federated-principal',
      [
        'IAM knows only cognito-identity.amazonaws.com, www.amazon.com, graph.facebook.com, accounts.google.com by name: name this provider by the ARN of its IAM OIDC provider, arn:aws:iam::ACCOUNT-ID:oidc-provider/token.actions.githubusercontent.com.',
      ],
      TRUST,
    );
  });
  it('reports a provider ARN with the wrong service or resource', () => {
    const text = trust(
      '{"Federated": ["arn:aws:«sts»::123456789012:saml-provider/okta", "arn:aws:iam::123456789012:«role/okta»", "arn:aws:iam::123456789012:«saml-provider/»"]}',
      'sts:AssumeRoleWithSAML',
    );
    expectFindings(
      text,
      'invalid-federated-principal',
      [
        'Identity providers have IAM ARNs: write iam.',
        'Users, roles and accounts go under "AWS": Federated names an identity provider.',
        'The ARN names no provider: write its name after "saml-provider/".',
      ],
      TRUST,
    );
  });
  it('reports a provider ARN with a short account ID', () => {
    expectFindings(
      trust('{"Federated": "arn:aws:iam::«12345»:oidc-provider/accounts.google.com"}'),
      'invalid-federated-principal',
      ['An account ID has 12 digits; "12345" has 5.'],
      TRUST,
    );
  });
  it('accepts provider ARNs and the web identity providers IAM knows', () => {
    const text = trust(
      '{"Federated": ["arn:aws:iam::123456789012:saml-provider/ExampleOrgSSOProvider", "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE", "cognito-identity.amazonaws.com", "www.amazon.com", "graph.facebook.com", "accounts.google.com"]}',
    );
    expectNone(text, 'invalid-federated-principal', TRUST);
  });
});

describe('invalid-canonical-user', () => {
  const bucket = (value: string) =>
    policy(
      `    {"Effect": "Allow", "Principal": {"CanonicalUser": ${value}}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}`,
    );
  it('reports an ID that is not 64 hexadecimal digits', () => {
    expectFindings(
      bucket('"«79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2b»"'),
      'invalid-canonical-user',
      ['A canonical user ID has 64 hexadecimal digits; this one has 63.'],
      BUCKET,
    );
  });
  it('reports a value that is not hexadecimal', () => {
    expectFindings(
      bucket('"«owner@example.com»"'),
      'invalid-canonical-user',
      ['A canonical user ID has 64 hexadecimal digits: "owner@example.com" is not one.'],
      BUCKET,
    );
  });
  it('reports an account ID under CanonicalUser', () => {
    expectFindings(
      bucket('"«123456789012»"'),
      'invalid-canonical-user',
      ['123456789012 is an account ID: put it under "AWS", not "CanonicalUser".'],
      BUCKET,
    );
  });
  it('accepts a canonical user ID', () => {
    expectNone(
      bucket('"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"'),
      'invalid-canonical-user',
      BUCKET,
    );
  });
});
