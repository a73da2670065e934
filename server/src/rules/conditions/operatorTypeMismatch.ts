import { operatorFit } from '../../catalog/operators';
import { Rule } from '../rule';
import { knownEntries, operatorOrKey } from './entries';
import { knownKey } from './keys';
import { FAMILY_COMPARES, OPERATORS_FOR, keyTypeWords } from './words';

/** An operator whose comparison cannot work on the key's type: `NumericLessThan` on a Bool key. */
export const operatorTypeMismatch: Rule = {
  id: 'operator-type-mismatch',
  name: 'Operator does not suit the key type',
  summary: 'A condition operator compares a type of value that the condition key never holds.',
  description: [
    'Each condition key has a type (String, ARN, Numeric, Date, Bool, IP address, Binary) and each operator',
    'compares one type. IAM accepts any pairing, but a Date operator on a String key, a Numeric operator on a Bool',
    "key or `Bool` on an ARN key cannot compare the request's value and the condition does not do what it says.",
    'That is a warning. Pairings that work on the text of the value (a String operator on an ARN key) are the',
    'information-level `prefer-typed-operator` instead.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['TYPE_MISMATCH'],
  checkStatement(statement, { catalog, report }) {
    for (const entry of knownEntries(statement)) {
      const key = knownKey(catalog, entry.key.key);
      if (!key || operatorFit(entry.info.family, key.type, entry.key.key) !== 'mismatch') continue;
      const { span } = operatorOrKey(entry);
      const compares = FAMILY_COMPARES[entry.info.family];
      report(
        span,
        `${entry.parsed.base} compares ${compares}, but ${entry.key.key} is ${keyTypeWords(key.type)}: use ${OPERATORS_FOR[key.type]}.`,
      );
    }
  },
};
