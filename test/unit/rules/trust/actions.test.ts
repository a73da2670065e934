import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const TRUST = { fileName: 'role.trust-policy.json' };
const SERVICE = '"Principal": {"Service": "lambda.amazonaws.com"}';
const SAML = '"Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}';
const OIDC =
  '"Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}';
const SUB =
  '"Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:o/r:ref:refs/heads/main"}}';

function allow(principal: string, action: string, extra = ''): string {
  return `{"Effect": "Allow", ${principal}, "Action": ${action}${extra ? ', ' + extra : ''}}`;
}

describe('unsupported-trust-action', () => {
  it('reports an action of another service with the actions a trust policy allows', () => {
    expectFindings(
      policy(allow(SERVICE, '["sts:AssumeRole", "«s3:GetObject»"]')),
      'unsupported-trust-action',
      [
        "s3:GetObject cannot be allowed in a trust policy: grant it in the role's permissions policy; a trust policy allows only sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity and sts:SetContext.",
      ],
      TRUST,
    );
  });
  it('reports an STS action that does not belong in a trust policy', () => {
    expectFindings(
      policy(allow(SERVICE, '"«sts:GetCallerIdentity»"')),
      'unsupported-trust-action',
      [/^sts:GetCallerIdentity cannot be allowed in a trust policy: grant it/],
      TRUST,
    );
  });
  it('suggests the trust action a near name meant', () => {
    const [finding] = expectFindings(
      policy(allow(SERVICE, '"«sts:AssumeRoot»"')),
      'unsupported-trust-action',
      ['sts:AssumeRoot cannot be allowed in a trust policy: did you mean sts:AssumeRole?'],
      TRUST,
    );
    if (finding.data?.replacement !== 'sts:AssumeRole') throw new Error('expected the replacement sts:AssumeRole');
  });
  it('reports a wildcard that matches only actions a trust policy cannot allow', () => {
    expectFindings(
      policy(allow(SERVICE, '["«sts:Get*»", "«s3:*»"]')),
      'unsupported-trust-action',
      [
        /^"sts:Get\*" matches no action a trust policy can allow: use sts:AssumeRole, /,
        /^"s3:\*" matches no action a trust policy can allow/,
      ],
      TRUST,
    );
  });
  it('accepts the six trust actions in any case, and wildcards that match one of them', () => {
    const all =
      '["sts:AssumeRole", "sts:tagsession", "sts:SetSourceIdentity", "sts:SetContext", "sts:AssumeRole*", "sts:*", "*"]';
    expectNone(policy(allow(SERVICE, all)), 'unsupported-trust-action', TRUST);
    expectNone(policy(allow(SAML, '"sts:AssumeRoleWithSAML"')), 'unsupported-trust-action', TRUST);
  });
  it('leaves unknown and malformed actions to the action rules', () => {
    expectNone(
      policy(allow(SERVICE, '["sts:TagSessions", "sts", "", 42, "s3:Nothing*"]')),
      'unsupported-trust-action',
      TRUST,
    );
  });
  it('does not apply to other kinds of policy', () => {
    expectNone(policy(allow(SERVICE, '"s3:GetObject"', '"Resource": "*"')), 'unsupported-trust-action', {
      fileName: 'queue.resource-policy.json',
    });
  });
});

describe('action-principal-mismatch', () => {
  it('reports sts:AssumeRole for a SAML provider, with the action it needs as the fix', () => {
    const [finding] = expectFindings(
      policy(allow(SAML, '"«sts:AssumeRole»"')),
      'action-principal-mismatch',
      [
        'sts:AssumeRole is for AWS accounts, users, roles and services, but this statement names a SAML provider: use sts:AssumeRoleWithSAML.',
      ],
      TRUST,
    );
    if (finding.data?.replacement !== 'sts:AssumeRoleWithSAML') throw new Error('expected a replacement');
  });
  it('reports sts:AssumeRoleWithWebIdentity for a service', () => {
    expectFindings(
      policy(allow(SERVICE, '["«sts:AssumeRoleWithWebIdentity»", "sts:TagSession"]')),
      'action-principal-mismatch',
      [
        'sts:AssumeRoleWithWebIdentity is for OIDC and web identity providers, but this statement names a service: use sts:AssumeRole.',
      ],
      TRUST,
    );
  });
  it('reports sts:AssumeRoleWithSAML for an OIDC provider', () => {
    expectFindings(
      policy(allow(OIDC, '"«sts:AssumeRoleWithSAML»"', SUB)),
      'action-principal-mismatch',
      [
        'sts:AssumeRoleWithSAML is for SAML providers, but this statement names a web identity provider: use sts:AssumeRoleWithWebIdentity.',
      ],
      TRUST,
    );
  });
  it('says to remove an assume action no principal of the statement uses', () => {
    expectFindings(
      policy(allow(SERVICE, '["sts:AssumeRole", "«sts:AssumeRoleWithSAML»"]')),
      'action-principal-mismatch',
      ['sts:AssumeRoleWithSAML is for SAML providers, but this statement names a service: remove it.'],
      TRUST,
    );
  });
  it('reports a principal whose action is missing when the statement assumes for others', () => {
    const principal =
      '"Principal": {"AWS": "arn:aws:iam::111122223333:role/Admin", "Federated": "«arn:aws:iam::111122223333:saml-provider/Okta»"}';
    expectFindings(
      policy(allow(principal, '"sts:AssumeRole"')),
      'action-principal-mismatch',
      [
        'This principal can only assume the role through sts:AssumeRoleWithSAML, which the statement does not allow: add it to Action.',
      ],
      TRUST,
    );
  });
  it('accepts matching actions, wildcards, session-only statements, Deny and everyone', () => {
    expectNone(policy(allow(SAML, '["sts:AssumeRoleWithSAML", "sts:TagSession"]')), 'action-principal-mismatch', TRUST);
    expectNone(policy(allow(SAML, '"sts:AssumeRole*"')), 'action-principal-mismatch', TRUST);
    expectNone(policy(allow(SAML, '"sts:TagSession"')), 'action-principal-mismatch', TRUST);
    expectNone(
      policy('{"Effect": "Deny", ' + SAML + ', "Action": "sts:AssumeRole"}'),
      'action-principal-mismatch',
      TRUST,
    );
    expectNone(
      policy(allow('"Principal": {"AWS": "*"}', '"sts:AssumeRoleWithSAML"')),
      'action-principal-mismatch',
      TRUST,
    );
  });
  it('leaves federated values it cannot place alone', () => {
    expectNone(
      policy(allow('"Principal": {"Federated": "example.com"}', '"sts:AssumeRole"')),
      'action-principal-mismatch',
      TRUST,
    );
  });
});

describe('roles-anywhere-missing-actions', () => {
  const ANYWHERE = '"Principal": {"Service": "«rolesanywhere.amazonaws.com»"}';
  it('reports the actions Roles Anywhere lacks at the service principal', () => {
    const [finding] = expectFindings(
      policy(allow(ANYWHERE, '"sts:AssumeRole"')),
      'roles-anywhere-missing-actions',
      [
        'IAM Roles Anywhere cannot create sessions of this role without sts:TagSession and sts:SetSourceIdentity: add them to Action.',
      ],
      TRUST,
    );
    if (JSON.stringify(finding.data?.missingActions) !== '["sts:TagSession","sts:SetSourceIdentity"]') {
      throw new Error('expected the missing actions as data');
    }
  });
  it('reports a single missing action', () => {
    expectFindings(
      policy(allow(ANYWHERE, '["sts:AssumeRole", "sts:TagSession"]')),
      'roles-anywhere-missing-actions',
      ['IAM Roles Anywhere cannot create sessions of this role without sts:SetSourceIdentity: add it to Action.'],
      TRUST,
    );
  });
  it('accepts the three actions, in one statement, in several, or through a wildcard', () => {
    const plain = ANYWHERE.replace(/[«»]/g, '');
    expectNone(
      policy(allow(plain, '["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]')),
      'roles-anywhere-missing-actions',
      TRUST,
    );
    expectNone(
      policy(allow(plain, '["sts:AssumeRole", "sts:TagSession"]'), allow(plain, '"sts:SetSourceIdentity"')),
      'roles-anywhere-missing-actions',
      TRUST,
    );
    expectNone(policy(allow(plain, '"sts:*"')), 'roles-anywhere-missing-actions', TRUST);
  });
});
