import { operatorName } from '../../catalog/operators';
import { Rule } from '../rule';
import { knownEntries, operatorOrKey } from './entries';
import { cardinalityKnown, knownKey } from './keys';

/** `ForAnyValue:` on a key that holds one value. */
export const forAnyValueWithSingleValuedKey: Rule = {
  id: 'for-any-value-with-single-valued-key',
  name: 'ForAnyValue on a single-valued key',
  summary: 'ForAnyValue: is used with a key that holds a single value.',
  description: [
    'Set qualifiers are for multi-valued keys such as `aws:TagKeys`. On a single-valued key `ForAnyValue:` behaves',
    'like the plain operator for positive operators, but with negated ones (`ForAnyValue:StringNotEquals`) it reads',
    'differently from what it does, and it tells the reader the key has several values when it has one. It is',
    'not a risk in itself, so this is information; the fix is to remove the qualifier.',
  ].join(' '),
  severity: 'information',
  checkStatement(statement, { catalog, report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.parsed.qualifier !== 'ForAnyValue' || entry.info.family === 'Null') continue;
      const key = knownKey(catalog, entry.key.key);
      if (!key || key.multiValued || !cardinalityKnown(key)) continue;
      const { span, onOperator } = operatorOrKey(entry);
      const replacement = operatorName(entry.parsed.base, undefined, entry.parsed.ifExists);
      report(
        span,
        `${entry.key.key} holds a single value, so ForAnyValue: is not needed: remove the qualifier.`,
        onOperator ? { data: { replacement } } : undefined,
      );
    }
  },
};
