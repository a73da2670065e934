import { PolicyKind } from '../../model/kind';
import { policyElementUrl } from './links';
import { bold, link, paragraphs } from './markdown';

/** What each element of a policy is, in a sentence or two (after the IAM JSON policy element reference). */
const ELEMENTS: Readonly<Record<string, string>> = {
  Version:
    'The version of the policy language. Write `2012-10-17`: the older `2008-10-17` has no policy variables, so `${aws:username}` stays plain text.',
  Id: 'An optional name for the policy, with no effect on how it is evaluated. Some services (SQS, SNS) want it unique.',
  Statement:
    'The rules of the policy: one statement or a list of them. A request is allowed when some statement allows it and none denies it.',
  Sid: 'An optional name for the statement; some services (SQS, SNS) want it unique within the policy.',
  Effect: '`Allow` or `Deny`. A Deny always wins over an Allow, and what no statement allows is denied.',
  Principal:
    'Who the statement applies to: accounts, IAM users and roles, role sessions, AWS services, federated users, or `*`. Resource-based policies name it; identity policies cannot.',
  NotPrincipal:
    'Every principal except those listed, in resource-based policies. Meant for Deny: with Allow it grants nearly everyone. A Condition on `aws:PrincipalArn` says the same more safely.',
  Action: 'The actions the statement covers, as `service:Action`; `*` and `?` are wildcards, and case does not matter.',
  NotAction:
    'Every action except those listed, of every service. With Allow it grants far more than it seems to; it suits Deny best.',
  Resource:
    'The resources the statement covers: ARNs, with `*` and `?` as wildcards, or `*` for all. An action applies only to ARNs of its resource types.',
  NotResource:
    'Every resource except those listed. With Allow it grants access to everything else, resources made later included.',
  Condition:
    'When the statement applies: `{ operator: { key: values } }`. Every operator and key must match; the values of one key are alternatives.',
};

/** What each key of a Principal object names. */
const PRINCIPAL_KEYS: Readonly<Record<string, string>> = {
  AWS: 'Accounts (`123456789012`, `arn:aws:iam::123456789012:root`), IAM users and roles, role sessions, or `*`.',
  Service: 'AWS services, by their service principal (`lambda.amazonaws.com`).',
  Federated:
    'Identity providers: the ARN of an IAM SAML or OIDC provider, or a web identity provider (`cognito-identity.amazonaws.com`, `accounts.google.com`).',
  CanonicalUser: 'Amazon S3 canonical user ids: accounts, or CloudFront origin access identities.',
};

/** Where Principal may stand, by kind. */
const PRINCIPAL_BY_KIND: Partial<Record<PolicyKind, string>> = {
  identity: 'This identity policy applies to whoever it is attached to: Principal is not allowed here.',
  boundary: 'A permissions boundary applies to the user or role it is set on: Principal is not allowed here.',
  scp: 'A service control policy applies to the accounts it is attached to: Principal is not allowed here.',
  rcp: 'In a resource control policy Principal must be `*`.',
};

/** The hover of a policy or statement element's key, or undefined for a key that is none. */
export function elementMarkdown(element: string, kind: PolicyKind): string | undefined {
  const text = Object.hasOwn(ELEMENTS, element) ? ELEMENTS[element] : undefined;
  if (!text) return undefined;
  return paragraphs(
    `${bold(element)} — policy element`,
    text,
    (element === 'Principal' || element === 'NotPrincipal') && PRINCIPAL_BY_KIND[kind],
    link(`${element} in the IAM User Guide`, policyElementUrl(element)),
  );
}

/** The hover of a key of a Principal object (`AWS`, `Service`, …), or undefined for another key. */
export function principalKeyMarkdown(key: string): string | undefined {
  const text = Object.hasOwn(PRINCIPAL_KEYS, key) ? PRINCIPAL_KEYS[key] : undefined;
  if (!text) return undefined;
  return paragraphs(
    `${bold(key)} — principal type`,
    text,
    link('Principal in the IAM User Guide', policyElementUrl('Principal')),
  );
}
