import { Rule } from '../rule';
import { operatorsOf } from './entries';
import { keyNameSpan } from './spans';

/** `ForAllValues:Null` or `ForAnyValue:Null`. */
export const nullWithQualifier: Rule = {
  id: 'null-with-qualifier',
  name: 'Null with a set qualifier',
  summary: 'ForAllValues or ForAnyValue in front of Null does nothing useful.',
  description: [
    '`Null` tests whether a key is present at all, not its values, so a set qualifier in front of it has no',
    'meaning and, as IAM Access Analyzer notes, can turn the test into a fixed result. IAM accepts it, so this',
    'is a hint; the fix is plain `Null`.',
  ].join(' '),
  severity: 'hint',
  accessAnalyzer: ['NULL_WITH_QUALIFIER'],
  checkStatement(statement, { report }) {
    for (const { operator, parsed } of operatorsOf(statement)) {
      if (parsed.base !== 'Null' || !parsed.qualifier) continue;
      report(
        keyNameSpan(operator),
        `${parsed.qualifier}: has no use with Null, which tests whether the key exists: write Null.`,
        {
          data: { replacement: 'Null' },
        },
      );
    }
  },
};
