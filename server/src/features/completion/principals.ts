import { CompletionItemKind } from 'vscode-languageserver';
import { WEB_IDENTITY_HOSTS } from '../../rules/principals/principalNames';
import { Env, PolicyAt, startingFirst } from './env';
import { Offer } from './offers';
import { SERVICE_PRINCIPALS } from './servicePrincipals';
import { Part } from './text';

const PRINCIPAL_KEYS: Offer[] = [
  {
    label: 'AWS',
    kind: CompletionItemKind.Property,
    detail: 'Accounts, roles and users',
    documentation: 'AWS principals by ARN or account id: `arn:aws:iam::123456789012:root`, a role, a user, or `*`.',
    shape: 'string',
    retrigger: true,
  },
  {
    label: 'Service',
    kind: CompletionItemKind.Property,
    detail: 'Service principals',
    documentation: 'AWS services by their service principal: `lambda.amazonaws.com`.',
    shape: 'string',
    retrigger: true,
  },
  {
    label: 'Federated',
    kind: CompletionItemKind.Property,
    detail: 'Identity providers',
    documentation:
      'A SAML or OIDC provider by ARN, or a web identity provider such as `cognito-identity.amazonaws.com`.',
    shape: 'string',
    retrigger: true,
  },
  {
    label: 'CanonicalUser',
    kind: CompletionItemKind.Property,
    detail: 'S3 canonical user id',
    documentation: 'An S3 canonical user id: 64 hexadecimal digits.',
    shape: 'string',
  },
];

/** The keys of Principal: AWS, Service, Federated, CanonicalUser (not in a trust policy), but those there. */
export function principalKeys(env: Env, at: PolicyAt): void {
  for (const offer of PRINCIPAL_KEYS) {
    if (env.place.present.has(offer.label)) continue;
    if (at.strict && at.kind === 'trust' && offer.label === 'CanonicalUser') continue;
    env.offers.key(offer);
  }
}

/** Principal given as a string: only `*` is allowed. */
export function principalStringValues(env: Env): void {
  env.offers.value({
    label: '*',
    kind: CompletionItemKind.Constant,
    detail: 'Everyone',
    documentation: 'Every principal, anonymous ones included: narrow it with a condition.',
  });
}

/** Service principal names. */
export function serviceValues(env: Env): void {
  for (const [name, service] of startingFirst(env, SERVICE_PRINCIPALS, ([n]) => n)) {
    env.offers.value({ label: name, kind: CompletionItemKind.Value, detail: service });
  }
}

const account: Part = { stop: 1, text: '123456789012' };

/** AWS principals: account roots, roles and users as ARN snippets; in a template, the stack's account and roles. */
export function awsValues(env: Env): void {
  const { offers } = env;
  const snippets: [string, Part[], string][] = [
    ['arn:aws:iam::123456789012:root', ['arn:', { stop: 2, text: 'aws' }, ':iam::', account, ':root'], 'Account'],
    [
      'arn:aws:iam::123456789012:role/RoleName',
      ['arn:', { stop: 3, text: 'aws' }, ':iam::', account, ':role/', { stop: 2, text: 'RoleName' }],
      'Role',
    ],
    [
      'arn:aws:iam::123456789012:user/UserName',
      ['arn:', { stop: 3, text: 'aws' }, ':iam::', account, ':user/', { stop: 2, text: 'UserName' }],
      'User',
    ],
    ['123456789012', [account], 'Account id'],
  ];
  if (env.template) {
    const yaml = env.place.yaml;
    const root = yaml
      ? "!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'"
      : '{"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}';
    offers.value({
      label: root,
      kind: CompletionItemKind.Reference,
      detail: "The stack's account",
      insert: [root],
      form: 'raw',
    });
    for (const resource of env.template.resources) {
      if (resource.type !== 'AWS::IAM::Role' && resource.type !== 'AWS::IAM::User') continue;
      const text = yaml ? `!GetAtt ${resource.name}.Arn` : `{"Fn::GetAtt": ["${resource.name}", "Arn"]}`;
      offers.value({
        label: text,
        kind: CompletionItemKind.Reference,
        detail: resource.type,
        insert: [text],
        form: 'raw',
        filterText: `${resource.name} ${text}`,
      });
    }
  }
  for (const [label, insert, detail] of snippets) {
    offers.value({ label, kind: CompletionItemKind.Snippet, detail, insert });
  }
  principalStringValues(env);
}

/** Identity providers: the web identity hosts, and SAML and OIDC provider ARNs. */
export function federatedValues(env: Env): void {
  for (const host of WEB_IDENTITY_HOSTS) {
    env.offers.value({ label: host, kind: CompletionItemKind.Value, detail: 'Web identity provider' });
  }
  env.offers.value({
    label: 'arn:aws:iam::123456789012:saml-provider/ProviderName',
    kind: CompletionItemKind.Snippet,
    detail: 'SAML provider',
    insert: ['arn:', { stop: 3, text: 'aws' }, ':iam::', account, ':saml-provider/', { stop: 2, text: 'ProviderName' }],
  });
  env.offers.value({
    label: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    kind: CompletionItemKind.Snippet,
    detail: 'OIDC provider',
    insert: [
      'arn:',
      { stop: 3, text: 'aws' },
      ':iam::',
      account,
      ':oidc-provider/',
      { stop: 2, text: 'token.actions.githubusercontent.com' },
    ],
  });
}
