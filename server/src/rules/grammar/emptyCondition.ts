import { Rule } from '../rule';
import { shown } from './shown';

/** An empty Condition block, or an empty operator block inside one. */
export const emptyCondition: Rule = {
  id: 'empty-condition',
  name: 'Empty condition block',
  summary: 'Condition is an empty object, or a condition operator has no keys.',
  description: [
    '`"Condition": {}` and an operator with no keys (`"StringEquals": {}`) test nothing: the statement applies as if',
    'they were not there. A hint, shown faded over the element to remove. (Empty value arrays of a condition key',
    'are reported by the condition rules.)',
  ].join(' '),
  severity: 'hint',
  accessAnalyzer: ['EMPTY_OBJECT_CONDITION'],
  checkStatement(statement, { report }) {
    const condition = statement.elements.Condition;
    if (condition?.value?.type !== 'object') return;
    if (condition.value.properties.length === 0) {
      report(condition, 'The Condition block is empty and tests nothing: remove it.', { unnecessary: true });
      return;
    }
    for (const operator of condition.value.properties) {
      if (operator.value?.type === 'object' && operator.value.properties.length === 0) {
        report(operator, `The ${shown(operator.key)} block is empty and tests nothing: remove it.`, {
          unnecessary: true,
        });
      }
    }
  },
};
