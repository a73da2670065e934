import { hasWildcard } from '../../catalog/glob';
import { ParsedArn, splitArn } from '../../model/arn';
import { Rule } from '../rule';
import { WEB_IDENTITY_HOSTS } from './principalNames';
import { valuesOfKey } from './principalValues';
import { checkArnHead, isAccountId, reportProblem, shown, ValueProblem, wholeValue } from './valueProblem';

const KNOWN_HOSTS = WEB_IDENTITY_HOSTS.join(', ');

/** A value under "Federated" that is neither an identity provider ARN nor a web identity provider IAM knows. */
export const invalidFederatedPrincipal: Rule = {
  id: 'invalid-federated-principal',
  name: 'Invalid federated principal',
  summary: 'A value under "Federated" is not a SAML or OIDC provider ARN or a web identity provider IAM knows.',
  description: [
    'A role trust policy names an identity provider under `Federated`: the ARN of a SAML provider',
    '(`arn:aws:iam::123456789012:saml-provider/NAME`) or an OIDC provider',
    '(`arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com`) created in IAM, or one of the',
    `web identity providers IAM knows by name: ${KNOWN_HOSTS}. Any other value is rejected when the role is`,
    'saved, so this is an error. An OIDC host on its own (`token.actions.githubusercontent.com`) must be written as',
    'the ARN of the provider created for it.',
  ].join(' '),
  severity: 'error',
  kinds: ['trust', 'resource'],
  accessAnalyzer: ['INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY'],
  checkStatement(statement, { report }) {
    for (const { value } of valuesOfKey(statement, 'Federated')) {
      for (const problem of checkFederated(value.value)) reportProblem(report, value, problem);
    }
  },
};

function checkFederated(text: string): ValueProblem[] {
  if (WEB_IDENTITY_HOSTS.includes(text) || hasWildcard(text) || text.includes('${')) return [];
  const arn = splitArn(text);
  if (arn) return [...checkArnHead(text, arn), ...checkProvider(arn)];
  if (isAccountId(text))
    return [wholeValue(text, 'An account ID goes under "AWS": Federated names an identity provider.')];
  if (/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(text)) {
    return [
      wholeValue(
        text,
        `IAM knows only ${KNOWN_HOSTS} by name: name this provider by the ARN of its IAM OIDC provider, arn:aws:iam::ACCOUNT-ID:oidc-provider/${text}.`,
      ),
    ];
  }
  return [
    wholeValue(text, `${shown(text)} is not an identity provider: write the ARN of a SAML or OIDC provider in IAM.`),
  ];
}

function checkProvider({ service, resource }: ParsedArn): ValueProblem[] {
  const at = (message: string): ValueProblem[] => [{ start: resource.start, end: resource.end, message }];
  if (service.value !== 'iam') {
    return [
      {
        start: service.start,
        end: service.end,
        message: 'Identity providers have IAM ARNs: write iam.',
        replacement: 'iam',
      },
    ];
  }
  const slash = resource.value.indexOf('/');
  const type = slash < 0 ? resource.value : resource.value.slice(0, slash);
  if (type === 'saml-provider' || type === 'oidc-provider') {
    return slash === resource.value.length - 1 ? at(`The ARN names no provider: write its name after "${type}/".`) : [];
  }
  if (type === 'user' || type === 'role' || type === 'root')
    return at('Users, roles and accounts go under "AWS": Federated names an identity provider.');
  return at(`${shown(resource.value)} is not an identity provider: write saml-provider/NAME or oidc-provider/HOST.`);
}
