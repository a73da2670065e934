import { CompletionItemKind } from 'vscode-languageserver';
import { Catalog, ConditionKey, Service } from '../../catalog/catalog';
import { IF_EXISTS, OPERATORS, OperatorInfo, QUALIFIERS, operatorFit, operatorInfo } from '../../catalog/operators';
import { PNode } from '../../parsing/tree';
import { statementActions } from './actions';
import { KNOWN_VALUES, REGION_KEYS, SERVICE_PRINCIPAL_KEYS } from './conditionValues';
import { Env } from './env';
import { Offer } from './offers';
import { serviceValues } from './principals';
import { KNOWN_REGIONS } from '../../rules/resources/regions';
import { Part } from './text';

const OPERATOR_DOCS: Record<string, string> = {
  StringEquals: 'Exact match, case-sensitive.',
  StringNotEquals: 'No exact match, case-sensitive.',
  StringEqualsIgnoreCase: 'Exact match, ignoring case.',
  StringNotEqualsIgnoreCase: 'No exact match, ignoring case.',
  StringLike: 'Match with `*` and `?` wildcards, case-sensitive.',
  StringNotLike: 'No match with `*` and `?` wildcards, case-sensitive.',
  NumericEquals: 'Equal numbers.',
  NumericNotEquals: 'Different numbers.',
  NumericLessThan: 'Less than.',
  NumericLessThanEquals: 'Less than or equal.',
  NumericGreaterThan: 'Greater than.',
  NumericGreaterThanEquals: 'Greater than or equal.',
  DateEquals: 'The same date and time.',
  DateNotEquals: 'A different date and time.',
  DateLessThan: 'Before a date and time.',
  DateLessThanEquals: 'At or before a date and time.',
  DateGreaterThan: 'After a date and time.',
  DateGreaterThanEquals: 'At or after a date and time.',
  Bool: 'A Boolean: `true` or `false`.',
  BinaryEquals: 'Equal binary values, written in base-64.',
  IpAddress: 'An IP address in a CIDR range.',
  NotIpAddress: 'An IP address outside the CIDR ranges.',
  ArnEquals: 'Match of an ARN, field by field, with wildcards.',
  ArnLike: 'Match of an ARN, field by field, with wildcards.',
  ArnNotEquals: 'No match of an ARN, with wildcards.',
  ArnNotLike: 'No match of an ARN, with wildcards.',
  Null: 'Whether the key is absent (`true`) or present (`false`).',
};

interface OperatorName {
  name: string;
  info: OperatorInfo;
  qualifier?: string;
  ifExists: boolean;
}

let operatorList: OperatorName[] | undefined;

/** Every operator, plain ones first, then their IfExists forms, then the set operators. */
function operators(): OperatorName[] {
  if (operatorList) return operatorList;
  const list: OperatorName[] = [];
  const withQualifier = (qualifier?: string) => {
    for (const info of OPERATORS)
      list.push({ name: `${qualifier ? qualifier + ':' : ''}${info.name}`, info, qualifier, ifExists: false });
    for (const info of OPERATORS) {
      if (info.family === 'Null') continue;
      list.push({
        name: `${qualifier ? qualifier + ':' : ''}${info.name}${IF_EXISTS}`,
        info,
        qualifier,
        ifExists: true,
      });
    }
  };
  withQualifier();
  for (const qualifier of ['ForAnyValue', 'ForAllValues'] as const) {
    if (!(QUALIFIERS as readonly string[]).includes(qualifier)) continue;
    withQualifier(qualifier);
  }
  operatorList = list;
  return list;
}

function operatorDoc(op: OperatorName): string {
  const lines = [OPERATOR_DOCS[op.info.name] ?? ''];
  if (op.ifExists) lines.push('', '`IfExists`: also true when the request has no such key.');
  if (op.qualifier === 'ForAnyValue')
    lines.push('', '`ForAnyValue`: at least one value of a multi-valued key matches.');
  if (op.qualifier === 'ForAllValues')
    lines.push('', '`ForAllValues`: every value of a multi-valued key matches (true when the key is absent).');
  return lines.join('\n');
}

/** Condition operators as keys of Condition, but those already there. */
export function operatorKeys(env: Env): void {
  for (const op of operators()) {
    if (env.place.present.has(op.name)) continue;
    env.offers.key({
      label: op.name,
      kind: CompletionItemKind.Operator,
      detail: `${op.info.family} operator`,
      documentation: operatorDoc(op),
      shape: 'object',
      retrigger: true,
    });
  }
}

const keyMaps = new WeakMap<Service, Map<string, ConditionKey>>();

function serviceKey(catalog: Catalog, name: string): ConditionKey | undefined {
  const colon = name.indexOf(':');
  const service = catalog.service(name.slice(0, colon));
  if (service) {
    let map = keyMaps.get(service);
    if (!map) {
      map = new Map(service.conditionKeys.map((k) => [k.key, k]));
      keyMaps.set(service, map);
    }
    const found = map.get(name);
    if (found) return found;
  }
  return catalog.conditionKey(name);
}

/** The base operator of an operator's full name, if IAM knows it. */
function baseOperator(name: string): OperatorInfo | undefined {
  const unqualified = name.slice(name.indexOf(':') + 1);
  const base = unqualified.endsWith(IF_EXISTS) ? unqualified.slice(0, -IF_EXISTS.length) : unqualified;
  return operatorInfo(base);
}

/**
 * Condition keys under an operator: those of the statement's actions and their resource types first, then the
 * global keys; within each, the keys whose type the operator compares first. A service's keys are offered too
 * once its prefix is typed.
 */
export function conditionKeys(env: Env, operator: string, statement: PNode | undefined): void {
  const { catalog, offers } = env;
  const actions = statementActions(catalog, statement);
  const fromActions = new Map<string, ConditionKey>();
  for (const action of actions ?? []) {
    for (const name of action.conditionKeys) {
      if (fromActions.has(name)) continue;
      const key = serviceKey(catalog, name);
      if (key) fromActions.set(name, key);
    }
  }
  const typed = env.place.token.prefix;
  const colon = typed.indexOf(':');
  const typedService = colon > 0 ? catalog.service(typed.slice(0, colon)) : undefined;
  const candidates: { key: ConditionKey; group: number }[] = [];
  const seen = new Set<string>();
  const add = (key: ConditionKey, group: number) => {
    if (seen.has(key.key) || env.place.present.has(key.key)) return;
    seen.add(key.key);
    candidates.push({ key, group });
  };
  for (const key of fromActions.values()) add(key, key.service === 'aws' ? 1 : 0);
  for (const key of catalog.globalKeys) add(key, 2);
  for (const key of typedService?.conditionKeys ?? []) add(key, 3);
  const info = baseOperator(operator);
  const fit = (key: ConditionKey) =>
    info ? ['ok', 'usable', 'mismatch'].indexOf(operatorFit(info.family, key.type, key.key)) : 0;
  candidates.sort(
    (a, b) =>
      fit(a.key) - fit(b.key) || a.group - b.group || a.key.key.toLowerCase().localeCompare(b.key.key.toLowerCase()),
  );
  for (const { key, group } of candidates) {
    if (!typed || key.key.toLowerCase().includes(typed.toLowerCase())) offers.key(keyOffer(key, group));
  }
}

function keyOffer(key: ConditionKey, group: number): Offer {
  const source = group === 0 ? key.service : group === 2 ? 'global' : key.global ? 'global' : key.service;
  const insert: Part[] = [];
  let stop = 1;
  for (const piece of key.key.split(/(\$\{[^}]*\})/)) {
    if (!piece) continue;
    if (piece.startsWith('${')) insert.push({ stop: stop++, text: piece.slice(2, -1) });
    else insert.push(piece);
  }
  return {
    label: key.key,
    kind: CompletionItemKind.Field,
    detail: `${key.type}${key.multiValued ? ' (multi-valued)' : ''} · ${source}`,
    documentation: key.description || undefined,
    insert,
    shape: 'string',
    retrigger: KNOWN_VALUES.has(key.key.toLowerCase()) || key.type === 'Bool',
  };
}

/** Values of a condition key that has few possible values: Booleans, encryption algorithms, Regions, services. */
export function conditionValues(env: Env, operator: string, keyName: string): void {
  const { offers, catalog } = env;
  const lower = keyName.toLowerCase();
  const info = baseOperator(operator);
  const key = catalog.conditionKey(keyName);
  if (info?.family === 'Null' || key?.type === 'Bool' || info?.family === 'Bool') {
    for (const value of ['true', 'false']) {
      offers.value({
        label: value,
        kind: CompletionItemKind.Value,
        detail: info?.family === 'Null' ? (value === 'true' ? 'The key is absent' : 'The key is present') : 'Bool',
        form: env.place.yaml ? 'literal' : 'string',
      });
    }
    return;
  }
  const known = KNOWN_VALUES.get(lower);
  if (known) {
    for (const [value, doc] of known) {
      offers.value({ label: value, kind: CompletionItemKind.EnumMember, detail: keyName, documentation: doc });
    }
    return;
  }
  if (REGION_KEYS.has(lower)) {
    for (const region of KNOWN_REGIONS) {
      offers.value({ label: region, kind: CompletionItemKind.EnumMember, detail: 'Region' });
    }
    return;
  }
  if (SERVICE_PRINCIPAL_KEYS.has(lower)) serviceValues(env);
}
