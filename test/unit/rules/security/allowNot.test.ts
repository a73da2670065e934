import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const BUCKET = { fileName: 'data.bucket-policy.json' };

describe('allow-not-action', () => {
  const MESSAGE =
    'Allow with NotAction allows every action not listed, including those AWS adds later: list the actions to allow under Action instead.';
  it('reports Allow with NotAction on "*", on the NotAction key', () => {
    const text = policy(`    {"Effect": "Allow", «"NotAction"»: ["iam:*", "organizations:*"], "Resource": "*"}`);
    expectFindings(text, 'allow-not-action', [MESSAGE]);
  });
  it('reports Allow with NotAction and NotResource', () => {
    const text = policy(`    {"Effect": "Allow", «"NotAction"»: "iam:*", "NotResource": "arn:aws:s3:::secrets/*"}`);
    expectFindings(text, 'allow-not-action', [MESSAGE]);
  });
  it('accepts NotAction with Deny, and on specific resources', () => {
    expectNone(policy(`    {"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}`), 'allow-not-action');
    expectNone(
      policy(`    {"Effect": "Allow", "NotAction": "s3:DeleteObject", "Resource": "arn:aws:s3:::b/*"}`),
      'allow-not-action',
    );
  });
  it('accepts NotAction in a service control policy, which only sets limits', () => {
    const text = policy(`    {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}`);
    expectNone(text, 'allow-not-action', { fileName: 'org.scp.json' });
  });
});

describe('allow-not-resource', () => {
  it('reports Allow with NotResource on the NotResource key', () => {
    const text = policy(`    {"Effect": "Allow", "Action": "s3:*", «"NotResource"»: "arn:aws:s3:::secrets/*"}`);
    expectFindings(text, 'allow-not-resource', [
      'Allow with NotResource allows the actions on every resource not listed, including those created later: list the resources under Resource instead.',
    ]);
  });
  it('accepts NotResource with Deny', () => {
    const text = policy(
      `    {"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}`,
    );
    expectNone(text, 'allow-not-resource');
  });
});

describe('allow-not-principal', () => {
  it('reports Allow with NotPrincipal in a bucket policy', () => {
    const text = policy(
      `    {"Effect": "Allow", «"NotPrincipal"»: {"AWS": "arn:aws:iam::111122223333:user/Bob"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}`,
    );
    expectFindings(
      text,
      'allow-not-principal',
      [
        'Allow with NotPrincipal grants access to everyone not listed, anonymous users included: name the principals to allow under Principal instead.',
      ],
      BUCKET,
    );
  });
  it('accepts NotPrincipal with Deny', () => {
    const text = policy(
      `    {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:user/Bob"}, "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}`,
    );
    expectNone(text, 'allow-not-principal', BUCKET);
  });
});
