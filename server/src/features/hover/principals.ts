import { Catalog } from '../../catalog/catalog';
import { PolicyKind } from '../../model/kind';
import { isUniqueId } from '../../rules/principals/awsPrincipal';
import { isServicePrincipalName, WEB_IDENTITY_HOSTS } from '../../rules/principals/principalNames';
import { PrincipalKey } from '../../rules/principals/principalValues';
import { isAccountId } from '../../rules/principals/valueProblem';
import { parseArn } from './arns';
import { code, paragraphs } from './markdown';

/** Where a principal value stands: under which key, in which kind of policy, in Principal or NotPrincipal. */
export interface PrincipalPlace {
  /** Undefined for `"Principal": "*"` written without a key. */
  key?: PrincipalKey;
  kind: PolicyKind;
  negated: boolean;
}

/**
 * The hover of a principal value: who it is and what naming it means in this kind of policy. Undefined for a value
 * that is none of the principal forms (an ARN of another kind is then shown as an ARN).
 */
export function principalMarkdown(value: string, place: PrincipalPlace, catalog: Catalog): string | undefined {
  const body = describe(value, place, catalog);
  if (!body) return undefined;
  return paragraphs(
    body,
    place.negated && 'In `NotPrincipal`: the statement applies to every principal except this one.',
  );
}

function describe(value: string, place: PrincipalPlace, catalog: Catalog): string | undefined {
  switch (place.key) {
    case undefined:
      return value === '*' ? anyone(place.kind) : undefined;
    case 'AWS':
      return awsPrincipal(value, place.kind);
    case 'Service':
      return servicePrincipal(value, place.kind, catalog);
    case 'Federated':
      return federatedPrincipal(value);
    case 'CanonicalUser':
      return paragraphs(
        `**Canonical user id** ${code(value)}`,
        'An obfuscated form of an AWS account id that Amazon S3 uses; CloudFront origin access identities have one too.',
      );
  }
}

function anyone(kind: PolicyKind): string {
  const meaning: Partial<Record<PolicyKind, string>> = {
    trust:
      'Any principal of any AWS account can assume this role, unless a Condition narrows it (`aws:PrincipalOrgID`, `sts:ExternalId`).',
    bucket:
      'Anyone, anonymous requests included: the bucket is public for these actions unless a Condition narrows it or S3 Block Public Access stops it.',
    key: 'Any principal of any AWS account can use the key as the statement says, unless a Condition narrows it (`kms:CallerAccount`, `aws:PrincipalOrgID`).',
    rcp: 'In a resource control policy the principal is always `*`: the Condition decides whose requests are restricted.',
  };
  return paragraphs(
    '**Anyone** (`*`)',
    meaning[kind] ??
      'Anyone, anonymous requests included where the service allows them: the resource is public for these actions unless a Condition narrows it.',
  );
}

function awsPrincipal(value: string, kind: PolicyKind): string | undefined {
  if (value === '*') return anyone(kind);
  if (isAccountId(value)) {
    return paragraphs(account(value, kind), `IAM stores it as ${code(`arn:aws:iam::${value}:root`)}.`);
  }
  if (isUniqueId(value)) {
    const what = value.startsWith('AIDA') ? 'user' : 'role';
    return paragraphs(
      `**Unique id of an IAM ${what}** ${code(value)}`,
      `What a policy shows once the ${what} it named is deleted: it matches no ${what} made since, not even one of the same name.`,
    );
  }
  const arn = parseArn(value);
  if (!arn) return undefined;
  const accountId = arn.account.value;
  const resource = arn.resource.value;
  const inAccount = accountId ? ` — account ${code(accountId)}` : '';
  if (arn.service.value === 'iam') {
    if (resource === 'root') return account(accountId, kind);
    const [type, ...rest] = resource.split('/');
    const name = rest[rest.length - 1] ?? '';
    const path = rest.length > 1 ? `/${rest.slice(0, -1).join('/')}/` : undefined;
    const onPath = path ? ` Its path is ${code(path)}.` : '';
    if (type === 'role' && name) {
      return paragraphs(
        `**IAM role** ${code(name)}${inAccount}`,
        `Every session of this role.${onPath} If the role is deleted, the policy stops matching it, even when a role of the same name is made again.`,
      );
    }
    if (type === 'user' && name) {
      return paragraphs(
        `**IAM user** ${code(name)}${inAccount}`,
        `Requests signed with this user's credentials.${onPath} If the user is deleted, the policy stops matching it, even when a user of the same name is made again.`,
      );
    }
    return undefined;
  }
  if (arn.service.value === 'sts') {
    const [type, ...rest] = resource.split('/');
    if (type === 'assumed-role' && rest.length >= 2) {
      return paragraphs(
        `**Session** ${code(rest.slice(1).join('/'))} of role ${code(rest[0])}${inAccount}`,
        'That one role session only, by its session name.',
      );
    }
    if (type === 'federated-user' && rest.length >= 1) {
      return paragraphs(
        `**Federated user** ${code(rest.join('/'))}${inAccount}`,
        'A session obtained with `sts:GetFederationToken`.',
      );
    }
  }
  return undefined;
}

function account(accountId: string, kind: PolicyKind): string {
  const meaning: Partial<Record<PolicyKind, string>> = {
    key: 'The account as a whole: this is what lets the IAM policies of the account grant access to the key.',
    trust:
      'The account as a whole: any of its users and roles whose IAM policies allow `sts:AssumeRole` on this role can assume it.',
  };
  return paragraphs(
    `**Account** ${code(accountId)}`,
    meaning[kind] ?? 'The account as a whole: its IAM policies decide which of its users and roles get this access.',
  );
}

function servicePrincipal(value: string, kind: PolicyKind, catalog: Catalog): string | undefined {
  if (value === '*') return anyone(kind);
  if (!isServicePrincipalName(value)) return undefined;
  const prefix = value.slice(0, value.indexOf('.')).toLowerCase();
  const name = catalog.service(prefix)?.name;
  const who = name ?? 'The service';
  const meaning =
    kind === 'trust'
      ? `${who} can assume this role and act with its permissions.`
      : `${who} itself, acting for you. Conditions on \`aws:SourceArn\` or \`aws:SourceAccount\` keep it to your own resources.`;
  return paragraphs(`**Service principal** ${code(value)}${name ? ` — ${name}` : ''}`, meaning);
}

const WEB_IDENTITY_NAMES: Record<string, string> = {
  'cognito-identity.amazonaws.com': 'Amazon Cognito identity pools',
  'www.amazon.com': 'Login with Amazon',
  'graph.facebook.com': 'Facebook',
  'accounts.google.com': 'Google',
};

function federatedPrincipal(value: string): string | undefined {
  if (WEB_IDENTITY_HOSTS.includes(value)) {
    const narrow =
      value === 'cognito-identity.amazonaws.com' ? ' Narrow it with `cognito-identity.amazonaws.com:aud`.' : '';
    return paragraphs(
      `**Web identity provider** ${code(value)} — ${WEB_IDENTITY_NAMES[value]}`,
      `Users it signs in, through \`sts:AssumeRoleWithWebIdentity\`.${narrow}`,
    );
  }
  const arn = parseArn(value);
  if (!arn || arn.service.value !== 'iam') return undefined;
  const slash = arn.resource.value.indexOf('/');
  const type = arn.resource.value.slice(0, slash);
  const name = arn.resource.value.slice(slash + 1);
  if (slash < 0 || !name) return undefined;
  const inAccount = arn.account.value ? ` — account ${code(arn.account.value)}` : '';
  if (type === 'oidc-provider') {
    return paragraphs(
      `**OIDC provider** ${code(name)}${inAccount}`,
      `Users it authenticates, through \`sts:AssumeRoleWithWebIdentity\`. Conditions on its claims (${code(`${name}:aud`)}, ${code(`${name}:sub`)}) say which.`,
    );
  }
  if (type === 'saml-provider') {
    return paragraphs(
      `**SAML provider** ${code(name)}${inAccount}`,
      'Users it authenticates, through `sts:AssumeRoleWithSAML`.',
    );
  }
  return undefined;
}
