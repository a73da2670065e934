import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const trust = { fileName: 'role.trust-policy.json' };
const bucket = { fileName: 'b.bucket-policy.json' };

describe('missing-action', () => {
  it('reports a statement with neither Action nor NotAction', () => {
    expectFindings(policy('«{»"Effect": "Allow", "Resource": "*"}'), 'missing-action', [
      'This statement has no Action or NotAction: add the actions it applies to.',
    ]);
  });
  it('accepts NotAction, and leaves a misspelt Action to unknown-element', () => {
    expectNone(policy('{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}'), 'missing-action');
    expectNone(policy('{"Effect": "Allow", "Actions": "s3:*", "Resource": "*"}'), 'missing-action');
  });
});

describe('missing-resource', () => {
  it('reports a statement with neither Resource nor NotResource', () => {
    expectFindings(policy('«{»"Effect": "Allow", "Action": "s3:*"}'), 'missing-resource', [
      'This statement has no Resource or NotResource: add the resources it applies to, or "Resource": "*".',
    ]);
  });
  it('reports it in bucket policies too', () => {
    expectFindings(
      policy('«{»"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}'),
      'missing-resource',
      [/no Resource/],
      bucket,
    );
  });
  it('does not ask for a Resource in a role trust policy', () => {
    expectNone(
      policy('{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}'),
      'missing-resource',
      trust,
    );
  });
  it('leaves a misspelt Resource to unknown-element', () => {
    expectNone(policy('{"Effect": "Allow", "Action": "s3:*", "Resources": "*"}'), 'missing-resource');
  });
});

describe('missing-principal', () => {
  it('reports a bucket policy statement without a Principal, naming the policy kind', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}',
        '«{»"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*"}',
      ),
      'missing-principal',
      ['This statement of an S3 bucket policy has no Principal: add the principals it applies to.'],
      bucket,
    );
  });
  it('reports a trust policy statement without a Principal', () => {
    expectFindings(
      policy('«{»"Effect": "Allow", "Action": "sts:AssumeRole"}'),
      'missing-principal',
      [/role trust policy/],
      trust,
    );
  });
  it('accepts NotPrincipal and ignores identity policies', () => {
    expectNone(
      policy(
        '{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "s3:*", "Resource": "*"}',
      ),
      'missing-principal',
      bucket,
    );
    expectNone(policy('{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}'), 'missing-principal');
  });
});

describe('conflicting-elements', () => {
  it('reports the second of Action and NotAction, whichever comes first', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Action": "s3:*", «"NotAction"»: "s3:Delete*", "Resource": "*"}',
        '{"Effect": "Allow", "NotResource": "arn:aws:s3:::b", «"Resource"»: "*", "Action": "s3:*"}',
      ),
      'conflicting-elements',
      [
        'A statement cannot have both Action and NotAction: keep one of them.',
        'A statement cannot have both NotResource and Resource: keep one of them.',
      ],
    );
  });
  it('reports Principal with NotPrincipal', () => {
    expectFindings(
      policy('{"Effect": "Deny", "Principal": "*", «"NotPrincipal"»: {"AWS": "*"}, "Action": "s3:*", "Resource": "*"}'),
      'conflicting-elements',
      ['A statement cannot have both Principal and NotPrincipal: keep one of them.'],
      bucket,
    );
  });
  it('accepts one of each pair', () => {
    expectNone(policy('{"Effect": "Deny", "NotAction": "s3:*", "NotResource": "*"}'), 'conflicting-elements');
  });
});

describe('resource-in-trust-policy', () => {
  it('reports a Resource in a role trust policy on its key', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", «"Resource"»: "*"}',
      ),
      'resource-in-trust-policy',
      ['A role trust policy applies to the role it is attached to and cannot have a Resource: remove it.'],
      trust,
    );
  });
  it('ignores other policy kinds', () => {
    expectNone(
      policy('{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}'),
      'resource-in-trust-policy',
      bucket,
    );
  });
});
