import { ParsedArn, splitArn } from '../../model/arn';
import { hasWildcard } from '../../catalog/glob';
import { isServicePrincipalName } from './principalNames';
import { accountMessage, checkArnHead, isAccountId, shown, ValueProblem, wholeValue } from './valueProblem';

/** IAM unique IDs of users (`AIDA…`) and roles (`AROA…`), which a policy shows once the user or role is deleted. */
const UNIQUE_ID = /^(AIDA|AROA)[A-Z0-9]{12,}$/;

/** A CloudFront origin access identity, the one principal AWS names with an account that is not a number. */
const ORIGIN_ACCESS_IDENTITY = /^arn:aws(-[a-z]+)*:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/;

/** True for the unique ID of an IAM user or role. */
export function isUniqueId(text: string): boolean {
  return UNIQUE_ID.test(text);
}

/**
 * What is wrong with a value under `"AWS"`: it must be `*`, an account ID, or the ARN of an account root, IAM user,
 * IAM role, role session or federated user session. Wildcards and unique IDs are left to their own rules.
 */
export function checkAwsPrincipal(text: string): ValueProblem[] {
  if (text === '*' || isAccountId(text) || hasWildcard(text) || isUniqueId(text) || text.includes('${')) return [];
  if (ORIGIN_ACCESS_IDENTITY.test(text)) return [];
  if (/^\d+$/.test(text)) return [wholeValue(text, accountMessage(text))];
  const arn = splitArn(text);
  if (arn) return [...checkArnHead(text, arn), ...checkIdentity(arn)];
  if (isServicePrincipalName(text)) {
    return [wholeValue(text, `${shown(text)} is a service principal: put it under "Service", not "AWS".`)];
  }
  if (text.startsWith('arn:')) {
    return [wholeValue(text, 'The ARN is cut short: a principal ARN reads arn:aws:iam::123456789012:role/NAME.')];
  }
  return [
    wholeValue(
      text,
      `${shown(text)} is not an AWS principal: write an account ID, or the ARN of an account, user or role.`,
    ),
  ];
}

/** Checks the service and resource of an ARN under "AWS": which IAM or STS identities can be principals. */
function checkIdentity(arn: ParsedArn): ValueProblem[] {
  const { service, resource } = arn;
  const type = resource.value.split('/')[0];
  const at = (message: string, replacement?: string): ValueProblem[] => [
    { start: resource.start, end: resource.end, message, replacement },
  ];
  if (resource.value === '') {
    return [
      { start: 0, end: resource.end, message: 'The ARN ends after the account ID: add root, user/NAME or role/NAME.' },
    ];
  }
  switch (service.value.toLowerCase()) {
    case 'iam':
      if (type === 'assumed-role' || type === 'federated-user') return wrongService(arn, 'sts', type);
      if (type === 'group') return at('An IAM group cannot be a principal: name its users, or a role they can assume.');
      if (type === 'saml-provider' || type === 'oidc-provider') {
        return at('An identity provider is named under "Federated", not "AWS".');
      }
      return checkIamResource(resource.value, at);
    case 'sts':
      if (type === 'root' || type === 'user' || type === 'role') return wrongService(arn, 'iam', type);
      return checkStsResource(resource.value, at);
    default: {
      const message = service.value
        ? `${shown(service.value)} ARNs cannot be principals: name an account, or an IAM user or role.`
        : 'The ARN has no service: principal ARNs are iam or sts ARNs.';
      return [
        service.value ? { start: service.start, end: service.end, message } : { start: 0, end: resource.end, message },
      ];
    }
  }
}

function wrongService(arn: ParsedArn, right: 'iam' | 'sts', type: string): ValueProblem[] {
  const { start, end } = arn.service;
  return [
    { start, end, message: `"${type}" ARNs belong to ${right.toUpperCase()}: write ${right}.`, replacement: right },
  ];
}

type At = (message: string, replacement?: string) => ValueProblem[];

function checkIamResource(resource: string, at: At): ValueProblem[] {
  if (resource === 'root') return [];
  const slash = resource.indexOf('/');
  const type = slash < 0 ? resource : resource.slice(0, slash);
  if (type !== 'user' && type !== 'role') {
    return at(`${shown(resource)} cannot be a principal: write root, user/NAME or role/NAME after the account ID.`);
  }
  if (slash < 0 || resource.endsWith('/')) {
    return at(`The ARN names no ${type}: write the ${type} name after "${type}/".`);
  }
  return [];
}

function checkStsResource(resource: string, at: At): ValueProblem[] {
  const parts = resource.split('/');
  if (parts[0] === 'assumed-role') {
    if (parts.length === 3 && parts[1] && parts[2]) return [];
    return at('A role session ARN reads assumed-role/ROLE-NAME/SESSION-NAME.');
  }
  if (parts[0] === 'federated-user') {
    if (parts.length === 2 && parts[1]) return [];
    return at('A federated user session ARN reads federated-user/USER-NAME.');
  }
  return at(
    `${shown(resource)} cannot be a principal: STS principals are assumed-role/ROLE/SESSION or federated-user/NAME.`,
  );
}
