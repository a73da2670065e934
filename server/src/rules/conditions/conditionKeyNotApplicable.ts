import { Action, Catalog, ConditionKey } from '../../catalog/catalog';
import { effectOf, Statement, stringsOf } from '../../model/policy';
import { Rule } from '../rule';
import { KnownEntry, knownEntries } from './entries';
import { knownKey, supportedKeys } from './keys';
import { keyNameSpan } from './spans';

/** A service condition key that none of the statement's actions supports. */
export const conditionKeyNotApplicable: Rule = {
  id: 'condition-key-not-applicable',
  name: 'Condition key not supported by the actions',
  summary: 'A service condition key is not in the request context of any action of the statement.',
  description: [
    'Service condition keys are set only for the actions (and resource types) that document them: `s3:prefix`',
    "for `s3:ListBucket`, `iam:PassedToService` for `iam:PassRole`. When none of the statement's actions has the",
    'key, the key is always absent: a positive operator never matches, so an Allow statement grants nothing and a',
    'Deny statement denies nothing; a negated operator, `...IfExists` or `ForAllValues:` always matches, so the',
    'condition restricts nothing. IAM accepts the policy, so this is a warning. Global `aws:` keys apply to every',
    'action and are not checked; statements with `NotAction` or `"*"` are skipped, and keys the AWS reference',
    'lists under no action at all are left alone.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['UNSUPPORTED_ACTION_FOR_CONDITION_KEY'],
  checkStatement(statement, { catalog, report }) {
    const entries = knownEntries(statement);
    if (entries.length === 0) return;
    const actions = statementActions(statement, catalog);
    if (!actions) return;
    for (const entry of entries) {
      const key = knownKey(catalog, entry.key.key);
      if (!key || key.global || key.key.toLowerCase().startsWith('aws:') || !usedByAnyAction(catalog, key)) continue;
      const lower = key.key.toLowerCase();
      if (actions.some((a) => supportedKeys(catalog, a).has(lower))) continue;
      report(keyNameSpan(entry.key), messageFor(statement, entry, key, catalog));
    }
  },
};

/** The actions the statement's Action names, or undefined when they cannot all be known. */
function statementActions(statement: Statement, catalog: Catalog): Action[] | undefined {
  const element = statement.elements.Action;
  if (!element || statement.elements.NotAction) return undefined;
  const value = element.value;
  const items = value?.type === 'array' ? value.items : value ? [value] : [];
  const patterns = stringsOf(element);
  // Anything but plain strings, `*`, or an action the catalog does not know leaves the set uncertain.
  if (items.length === 0 || patterns.length !== items.length || patterns.some((p) => p.value.trim() === '*'))
    return undefined;
  const actions: Action[] = [];
  for (const pattern of patterns) {
    const matched = catalog.matchActions(pattern.value);
    if (matched.length === 0) return undefined;
    actions.push(...matched);
  }
  return actions;
}

const usedKeys = new WeakMap<Catalog, Set<string>>();

/** True when the AWS reference lists the key under at least one action (otherwise where it applies is unknown). */
function usedByAnyAction(catalog: Catalog, key: ConditionKey): boolean {
  let keys = usedKeys.get(catalog);
  if (!keys) {
    keys = new Set(catalog.allActions().flatMap((a) => [...supportedKeys(catalog, a)]));
    usedKeys.set(catalog, keys);
  }
  return keys.has(key.key.toLowerCase());
}

function messageFor(statement: Statement, entry: KnownEntry, key: ConditionKey, catalog: Catalog): string {
  const example = supportingAction(catalog, key);
  const fix = example
    ? `use it in a statement for actions that support it, such as ${example}`
    : 'use it with actions that support it';
  return `No action of this statement supports ${entry.key.key}, ${consequence(absentOutcome(entry), effectOf(statement))}: ${fix}.`;
}

/** What an always-absent key does to the statement, in words. */
function consequence(outcome: 'never' | 'always' | undefined, effect: 'Allow' | 'Deny' | undefined): string {
  if (outcome === 'always') return 'so the condition always matches and restricts nothing';
  if (outcome === undefined) return 'so the condition does not work as written';
  if (effect === 'Allow') return 'so the condition never matches and the statement allows nothing';
  if (effect === 'Deny') return 'so the condition never matches and the statement denies nothing';
  return 'so the condition never matches';
}

/** What a condition does when its key is absent: `never` matches, `always` matches, or depends on its values. */
function absentOutcome(entry: KnownEntry): 'never' | 'always' | undefined {
  if (entry.info.family === 'Null') {
    const value = entry.values.length === 1 ? entry.values[0] : undefined;
    const text = value?.type === 'boolean' || value?.type === 'string' ? String(value.value).toLowerCase() : undefined;
    return text === 'true' ? 'always' : text === 'false' ? 'never' : undefined;
  }
  if (entry.parsed.ifExists || entry.parsed.qualifier === 'ForAllValues') return 'always';
  if (entry.parsed.qualifier === 'ForAnyValue') return 'never';
  return entry.info.negated ? 'always' : 'never';
}

/** An action that supports the key, preferring the key's own service, for the message. */
function supportingAction(catalog: Catalog, key: ConditionKey): string | undefined {
  const lower = key.key.toLowerCase();
  const supports = (a: Action) => supportedKeys(catalog, a).has(lower);
  const prefix = key.key.slice(0, key.key.indexOf(':'));
  return (catalog.service(prefix)?.actions.find(supports) ?? catalog.allActions().find(supports))?.id;
}
