import { Action, Catalog, ConditionKey } from '../../catalog/catalog';
import { OperatorFamily, operatorInfo } from '../../catalog/operators';
import { parseOperator } from '../../model/condition';
import { Statement } from '../../model/policy';
import { actionScope } from '../../rules/resources/applicability';
import { cardinalityKnown, lookupKey, supportedKeys } from '../../rules/conditions/keys';
import { isKnownOperator } from '../../rules/conditions/unknownConditionOperator';
import { GLOBAL_KEY_DESCRIPTIONS } from './globalKeys';
import { CONDITION_OPERATORS_URL, GLOBAL_KEYS_URL, serviceReferenceUrl } from './links';
import { bold, bullets, code, link, listSome, paragraphs, sentence } from './markdown';

/** What each base operator does, in a sentence. */
const OPERATOR_DOINGS: Readonly<Record<string, string>> = {
  StringEquals: 'Matches when the value equals one of the policy values, case-sensitively.',
  StringNotEquals: 'Matches when the value equals none of the policy values, case-sensitively.',
  StringEqualsIgnoreCase: 'Matches when the value equals one of the policy values, ignoring case.',
  StringNotEqualsIgnoreCase: 'Matches when the value equals none of the policy values, ignoring case.',
  StringLike:
    'Matches when the value fits one of the policy patterns, case-sensitively: `*` stands for any run of characters, `?` for one.',
  StringNotLike:
    'Matches when the value fits none of the policy patterns, case-sensitively: `*` stands for any run of characters, `?` for one.',
  NumericEquals: 'Matches when the number equals one of the policy values.',
  NumericNotEquals: 'Matches when the number equals none of the policy values.',
  NumericLessThan: 'Matches when the number is less than the policy value.',
  NumericLessThanEquals: 'Matches when the number is less than or equal to the policy value.',
  NumericGreaterThan: 'Matches when the number is greater than the policy value.',
  NumericGreaterThanEquals: 'Matches when the number is greater than or equal to the policy value.',
  DateEquals: 'Matches when the date is the policy date.',
  DateNotEquals: 'Matches when the date is none of the policy dates.',
  DateLessThan: 'Matches when the date is before the policy date.',
  DateLessThanEquals: 'Matches when the date is before or at the policy date.',
  DateGreaterThan: 'Matches when the date is after the policy date.',
  DateGreaterThanEquals: 'Matches when the date is at or after the policy date.',
  Bool: 'Matches when the Boolean value is the policy value.',
  BinaryEquals: 'Matches when the bytes of the value equal the policy value, written in base64.',
  IpAddress: 'Matches when the address is in one of the policy ranges.',
  NotIpAddress: 'Matches when the address is in none of the policy ranges.',
  ArnEquals:
    'Matches when the ARN fits one of the policy ARNs, field by field: `*` and `?` are wildcards (it works as `ArnLike`).',
  ArnLike: 'Matches when the ARN fits one of the policy ARNs, field by field: `*` and `?` are wildcards.',
  ArnNotEquals:
    'Matches when the ARN fits none of the policy ARNs, field by field: `*` and `?` are wildcards (it works as `ArnNotLike`).',
  ArnNotLike: 'Matches when the ARN fits none of the policy ARNs, field by field: `*` and `?` are wildcards.',
  Null: 'Tests whether the key is in the request: `true` matches when it is absent, `false` when it is present.',
};

/** The values each family of operators expects. */
const FAMILY_VALUES: Readonly<Record<OperatorFamily, string>> = {
  String: 'strings',
  Numeric: 'numbers',
  Date: 'dates (ISO 8601, such as `2025-01-31T00:00:00Z`, or seconds since 1970)',
  Bool: '`true` or `false`',
  Binary: 'base64-encoded bytes',
  IpAddress: 'IPv4 or IPv6 addresses or CIDR ranges (`203.0.113.0/24`)',
  Arn: 'ARNs',
  Null: '`true` or `false`',
};

/** The hover of a condition operator, or undefined for a name IAM does not know. */
export function operatorMarkdown(name: string): string | undefined {
  if (!isKnownOperator(name)) return undefined;
  const parsed = parseOperator(name);
  const info = operatorInfo(parsed.base)!;
  const qualifier =
    parsed.qualifier === 'ForAllValues'
      ? 'With `ForAllValues:`, for a key with several values: matches when every value in the request matches (and when the key is absent or empty).'
      : parsed.qualifier === 'ForAnyValue'
        ? 'With `ForAnyValue:`, for a key with several values: matches when at least one value in the request matches.'
        : undefined;
  const ifExists = parsed.ifExists
    ? `With \`IfExists\`: matches when the key is absent from the request; when present, compared as \`${parsed.base}\`.`
    : undefined;
  const absent = info.family === 'Null' || parsed.ifExists || parsed.qualifier ? undefined : absentLine(info.negated);
  return paragraphs(
    `${bold(name)} — condition operator`,
    OPERATOR_DOINGS[info.name],
    qualifier,
    ifExists,
    bullets(
      `Values: ${FAMILY_VALUES[info.family]}${info.wildcards && info.family === 'String' ? ', with wildcards' : ''}`,
      info.variables && info.family !== 'Bool' && 'Policy variables (`${aws:username}`) are replaced in the values',
      absent,
    ),
    link('Condition operators in the IAM User Guide', CONDITION_OPERATORS_URL),
  );
}

function absentLine(negated: boolean): string {
  return negated ? 'A key absent from the request matches' : 'A key absent from the request does not match';
}

/** How many of the statement's actions a key hover judges at most. */
const MAX_JUDGED_ACTIONS = 100;

/**
 * The hover of a condition key: what it holds, its type, and for a service key which of the statement's actions
 * support it. Undefined for a key the catalog does not know and that is no identity provider's claim.
 */
export function conditionKeyMarkdown(name: string, catalog: Catalog, statement?: Statement): string | undefined {
  const found = lookupKey(catalog, name);
  if (found.kind === 'external') return externalKey(name);
  if (found.kind !== 'known') return undefined;
  const key = found.key;
  const service = key.global ? undefined : catalog.service(key.service);
  const what = key.global ? 'global condition key' : `${service?.name ?? key.service} condition key`;
  const spelled = key.key !== name ? ` (${code(key.key)})` : '';
  const description = GLOBAL_KEY_DESCRIPTIONS[key.key] ?? key.description;
  const values = !cardinalityKnown(key)
    ? 'the identity provider decides whether it holds one value or several'
    : key.multiValued
      ? 'several values: use `ForAnyValue:` or `ForAllValues:`'
      : 'one value';
  return paragraphs(
    `${bold(name)}${spelled} — ${what}`,
    description && sentence(description),
    bullets(`Type: ${key.type}, ${values}`, applies(key, catalog, statement)),
    key.global
      ? link('Global condition keys in the IAM User Guide', GLOBAL_KEYS_URL)
      : service && link(`${service.name} in the Service Authorization Reference`, serviceReferenceUrl(service.name)),
  );
}

function externalKey(name: string): string {
  const colon = name.indexOf(':');
  const provider = name.slice(0, colon);
  const claim = name.slice(colon + 1);
  if (provider.toLowerCase() === 'saml') {
    return paragraphs(
      `${bold(name)} — SAML attribute`,
      `The ${code(claim)} attribute of the SAML assertion, in \`sts:AssumeRoleWithSAML\` requests.`,
    );
  }
  return paragraphs(
    `${bold(name)} — claim of an identity provider`,
    `The ${code(claim)} claim of the tokens that ${code(provider)} issues, in \`sts:AssumeRoleWithWebIdentity\` requests.`,
  );
}

/** Which of the statement's actions support a service key. */
function applies(key: ConditionKey, catalog: Catalog, statement: Statement | undefined): string | undefined {
  if (key.global || key.key.toLowerCase().startsWith('aws:')) {
    return 'Global: usable with any action, present when the request has it';
  }
  if (!statement || !usedByAnyAction(catalog, key)) return undefined;
  const scope = actionScope(statement, catalog);
  if (!scope || scope.actions.length === 0 || scope.actions.length > MAX_JUDGED_ACTIONS) return undefined;
  const lower = key.key.toLowerCase();
  const yes: Action[] = [];
  const no: Action[] = [];
  for (const action of scope.actions) (supportedKeys(catalog, action).has(lower) ? yes : no).push(action);
  const ids = (actions: Action[]) =>
    listSome(
      actions.map((a) => code(a.id)),
      5,
    );
  if (no.length === 0) return `Supported by ${yes.length === 1 ? '' : 'every action of the statement: '}${ids(yes)}`;
  if (yes.length === 0) return 'Supported by no action of the statement: in its requests the key is always absent';
  return `Supported by ${ids(yes)}; not by ${ids(no)}`;
}

const usedKeys = new WeakMap<ConditionKey, boolean>();

/**
 * True when the reference lists the key under some action of the service that defines it (else where it applies
 * is not known); remembered per key, so that a hover scans one service, once.
 */
function usedByAnyAction(catalog: Catalog, key: ConditionKey): boolean {
  let used = usedKeys.get(key);
  if (used === undefined) {
    const lower = key.key.toLowerCase();
    used = (catalog.service(key.service)?.actions ?? []).some((a) => supportedKeys(catalog, a).has(lower));
    usedKeys.set(key, used);
  }
  return used;
}
