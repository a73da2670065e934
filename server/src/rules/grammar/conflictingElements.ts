import { StatementElement } from '../../model/policy';
import { Rule } from '../rule';

const PAIRS: readonly [StatementElement, StatementElement][] = [
  ['Action', 'NotAction'],
  ['Resource', 'NotResource'],
  ['Principal', 'NotPrincipal'],
];

/** A statement with both an element and its Not form. */
export const conflictingElements: Rule = {
  id: 'conflicting-elements',
  name: 'Element and its Not form together',
  summary: 'A statement has both Action and NotAction, Resource and NotResource, or Principal and NotPrincipal.',
  description: [
    'A statement lists what it applies to either positively (`Action`, `Resource`, `Principal`) or by exclusion',
    '(`NotAction`, `NotResource`, `NotPrincipal`), never both for the same element: IAM rejects the statement, so',
    'this is an error, shown on the key that comes second.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['UNSUPPORTED_ELEMENT_COMBINATION'],
  checkStatement(statement, { report }) {
    for (const [positive, negative] of PAIRS) {
      const a = statement.elements[positive];
      const b = statement.elements[negative];
      if (!a || !b) continue;
      const [first, second] = a.offset < b.offset ? [a, b] : [b, a];
      report(second.keySpan, `A statement cannot have both ${first.key} and ${second.key}: keep one of them.`);
    }
  },
};
