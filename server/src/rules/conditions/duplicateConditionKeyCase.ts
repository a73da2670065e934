import { keyNameSpan } from './spans';
import { operatorsOf } from './entries';
import { Rule } from '../rule';
import { clip } from './words';

/** The same key twice in one operator block, spelt with different case. */
export const duplicateConditionKeyCase: Rule = {
  id: 'duplicate-condition-key-case',
  name: 'Condition key repeated with different case',
  summary: 'One operator block names the same condition key twice, with different capitalization.',
  description: [
    'Condition keys are case-insensitive, so `aws:SourceIp` and `aws:sourceip` in one operator block are the',
    'same key given twice, and only one of the two sets of values can be used. IAM Access Analyzer reports it as',
    'an error, and so does this rule. Merge the values under one key.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['DUPLICATE_KEYS_WITH_DIFFERENT_CASE'],
  checkStatement(statement, { report }) {
    for (const { operator } of operatorsOf(statement)) {
      if (operator.value?.type !== 'object') continue;
      const first = new Map<string, string>();
      for (const key of operator.value.properties) {
        const lower = key.key.toLowerCase();
        const earlier = first.get(lower);
        if (earlier === undefined) first.set(lower, key.key);
        else if (earlier !== key.key) {
          report(
            keyNameSpan(key),
            `${clip(key.key)} repeats ${clip(earlier)} in this ${operator.key} block (keys ignore case): merge their values under one key.`,
          );
        }
      }
    }
  },
};
