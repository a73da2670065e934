import { operatorName } from '../../catalog/operators';
import { Rule } from '../rule';
import { knownEntries, operatorOrKey } from './entries';
import { cardinalityKnown, knownKey } from './keys';

/** `ForAllValues:` on a key that holds one value. */
export const forAllValuesWithSingleValuedKey: Rule = {
  id: 'for-all-values-with-single-valued-key',
  name: 'ForAllValues on a single-valued key',
  summary: 'ForAllValues: is used with a key that holds a single value.',
  description: [
    "`ForAllValues:` matches when every value of the request's key matches, and so also when the key is absent",
    '(there is no value that fails). On a single-valued key such as `aws:SourceVpc` that makes an Allow statement',
    'grant access to requests without the key at all, which is rarely meant. IAM accepts it; IAM Access Analyzer',
    'reports it as a security warning, and so is this a warning. The fix is to remove the qualifier (and add a',
    '`Null` check if absent keys must be refused).',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['FORALLVALUES_WITH_SINGLE_VALUED_KEY'],
  checkStatement(statement, { catalog, report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.parsed.qualifier !== 'ForAllValues' || entry.info.family === 'Null') continue;
      const key = knownKey(catalog, entry.key.key);
      if (!key || key.multiValued || !cardinalityKnown(key)) continue;
      const { span, onOperator } = operatorOrKey(entry);
      const replacement = operatorName(entry.parsed.base, undefined, entry.parsed.ifExists);
      report(
        span,
        `${entry.key.key} holds a single value, and ForAllValues: also matches when the key is absent: remove the qualifier.`,
        onOperator ? { data: { replacement } } : undefined,
      );
    }
  },
};
