import { CompletionItemKind } from 'vscode-languageserver';
import { KIND_NAMES } from '../../model/kind';
import { StatementElement } from '../../model/policy';
import { Env, PolicyAt } from './env';
import { Offer } from './offers';
import { Part } from './text';

const TOP_LEVEL: Offer[] = [
  {
    label: 'Version',
    kind: CompletionItemKind.Property,
    detail: 'Policy language version',
    documentation: 'The version of the policy language: always `2012-10-17`, the only one with policy variables.',
    value: ['2012-10-17'],
  },
  {
    label: 'Id',
    kind: CompletionItemKind.Property,
    detail: 'Policy identifier',
    documentation: 'An optional identifier for the policy, such as a UUID.',
    shape: 'string',
  },
  {
    label: 'Statement',
    kind: CompletionItemKind.Property,
    detail: 'List of statements',
    documentation: 'The statements of the policy: each allows or denies actions on resources.',
    shape: 'objectList',
  },
];

const ELEMENT_DOCS: Record<StatementElement, string> = {
  Sid: 'An optional identifier for the statement, unique in the policy.',
  Effect: 'Whether the statement allows or denies access: `Allow` or `Deny`.',
  Principal: 'Who the statement applies to: `AWS` accounts and roles, `Service` principals, `Federated` providers.',
  NotPrincipal: 'Everyone except the principals listed. Rarely what is meant: prefer `Principal` with a condition.',
  Action: 'The actions the statement allows or denies, such as `s3:GetObject` or `s3:Get*`.',
  NotAction: 'Every action except those listed.',
  Resource: 'The resources the statement applies to, by ARN, or `*`.',
  NotResource: 'Every resource except those listed.',
  Condition: 'When the statement applies: condition operators over condition keys.',
};

/** The opposite of each element that excludes it. */
const EXCLUSIVE: Partial<Record<StatementElement, StatementElement>> = {
  Principal: 'NotPrincipal',
  NotPrincipal: 'Principal',
  Action: 'NotAction',
  NotAction: 'Action',
  Resource: 'NotResource',
  NotResource: 'Resource',
};

/** The top-level keys of a policy: Version, Id, Statement, but those already there. */
export function policyKeys(env: Env): void {
  for (const offer of TOP_LEVEL) if (!env.place.present.has(offer.label)) env.offers.key(offer);
}

/** The values of Version: 2012-10-17 first. */
export function versionValues(env: Env): void {
  env.offers.value({ label: '2012-10-17', kind: CompletionItemKind.Value, detail: 'Current policy language' });
  env.offers.value({
    label: '2008-10-17',
    kind: CompletionItemKind.Value,
    detail: 'Old policy language',
    documentation: 'The old version: policy variables such as `${aws:username}` are plain text in it.',
  });
}

/** The elements a statement may still take at the cursor, in the order AWS documents them. */
export function statementKeys(env: Env, at: PolicyAt): void {
  const present = env.place.present;
  const excluded = new Set<StatementElement>();
  if (at.strict && (at.kind === 'identity' || at.kind === 'scp' || at.kind === 'boundary')) {
    excluded.add('Principal').add('NotPrincipal');
  }
  if (at.strict && at.kind === 'trust') excluded.add('Resource').add('NotResource');
  for (const name of Object.keys(ELEMENT_DOCS) as StatementElement[]) {
    if (present.has(name) || excluded.has(name)) continue;
    const other = EXCLUSIVE[name];
    if (other && present.has(other)) continue;
    env.offers.key(elementOffer(name, at));
  }
}

function elementOffer(name: StatementElement, at: PolicyAt): Offer {
  const offer: Offer = {
    label: name,
    kind: CompletionItemKind.Property,
    detail: `Statement element · ${KIND_NAMES[at.kind]}`,
    documentation: ELEMENT_DOCS[name],
  };
  switch (name) {
    case 'Effect':
      return { ...offer, value: [{ stop: 1, choices: ['Allow', 'Deny'] }] };
    case 'Principal':
    case 'NotPrincipal':
    case 'Condition':
      return { ...offer, shape: 'object', retrigger: true };
    case 'Sid':
      return { ...offer, shape: 'string' };
    default:
      return { ...offer, shape: 'string', retrigger: true };
  }
}

/**
 * A whole statement for a JSON Statement list, with the elements the kind needs: a trust policy's service
 * principal and sts:AssumeRole, a resource policy's principal, an identity policy's actions and resources.
 */
export function statementSkeleton(env: Env, at: PolicyAt, inList: boolean): void {
  if (env.place.yaml || env.place.token.prefix !== '') return;
  const effect: Part = { stop: 1, choices: ['Allow', 'Deny'] };
  let parts: Part[];
  if (at.kind === 'trust') {
    parts = [
      '{"Effect": "Allow", "Principal": {"Service": "',
      { stop: 1, text: 'lambda.amazonaws.com' },
      '"}, "Action": "sts:AssumeRole"}',
    ];
  } else if (at.kind === 'bucket' || at.kind === 'resource' || at.kind === 'key') {
    const resource: Part = at.kind === 'key' ? '*' : { stop: 4, text: '*' };
    parts = [
      '{"Effect": "',
      effect,
      '", "Principal": {"AWS": "',
      { stop: 2, text: '*' },
      '"}, "Action": "',
      { stop: 3, text: '' },
      '", "Resource": "',
      resource,
      '"}',
    ];
  } else {
    parts = [
      '{"Effect": "',
      effect,
      '", "Action": "',
      { stop: 2, text: '' },
      '", "Resource": "',
      { stop: 3, text: '*' },
      '"}',
    ];
  }
  env.offers.value({
    label: 'New statement',
    kind: CompletionItemKind.Snippet,
    detail: KIND_NAMES[at.kind],
    documentation: `A statement of ${KIND_NAMES[at.kind]}.`,
    insert: inList ? parts : ['[', ...parts, ']'],
    form: 'raw',
  });
}

/** Allow and Deny. */
export function effectValues(env: Env): void {
  env.offers.value({ label: 'Allow', kind: CompletionItemKind.EnumMember, detail: 'Effect' });
  env.offers.value({ label: 'Deny', kind: CompletionItemKind.EnumMember, detail: 'Effect' });
}
