import { Rule } from '../rule';
import { knownEntries } from './entries';
import { clip } from './words';

/** A condition key with an empty array of values. */
export const emptyConditionValues: Rule = {
  id: 'empty-condition-values',
  name: 'Empty condition values',
  summary: 'A condition key is given an empty array of values.',
  description: [
    'A key with no values to compare does not express a condition: `ForAnyValue:` never matches, and',
    '`ForAllValues:` and `...IfExists` match only when the key is absent, which `Null` says plainly. An empty',
    'array is usually a template or variable that expanded to nothing. IAM accepts it, and as it changes what the',
    'statement does, this is a warning.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: [
    'EMPTY_ARRAY_CONDITION',
    'EMPTY_ARRAY_CONDITION_FORALLVALUES',
    'EMPTY_ARRAY_CONDITION_FORANYVALUE',
    'EMPTY_ARRAY_CONDITION_IFEXISTS',
  ],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      const value = entry.key.value;
      if (value?.type !== 'array' || value.items.length > 0 || entry.info.family === 'Null') continue;
      const name = clip(entry.key.key);
      if (entry.parsed.qualifier === 'ForAllValues' || entry.parsed.ifExists) {
        report(
          value,
          `With no values, ${entry.operator.key} matches only when ${name} is absent: to test that, write "Null": {"${name}": "true"}.`,
        );
      } else {
        report(value, `${name} has no values to compare: add the values or remove the key.`);
      }
    }
  },
};
