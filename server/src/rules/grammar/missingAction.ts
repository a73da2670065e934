import { Rule } from '../rule';
import { statementAnchor } from './anchors';
import { hasNearMiss } from './elementNames';

/** A statement with neither Action nor NotAction. */
export const missingAction: Rule = {
  id: 'missing-action',
  name: 'Missing Action',
  summary: 'A statement has neither Action nor NotAction.',
  description: [
    'A statement must name the actions it applies to, with `Action` (or, rarely, `NotAction`). IAM rejects a',
    "statement with neither, so this is an error, shown on the statement's opening brace. When the statement has a",
    'misspelt key such as `Actions`, that key is reported instead (by `unknown-element`).',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['MISSING_ACTION'],
  checkStatement(statement, { report }) {
    const { Action, NotAction } = statement.elements;
    if (Action || NotAction || hasNearMiss(statement.node, 'statement', 'Action', 'NotAction')) return;
    report(statementAnchor(statement), 'This statement has no Action or NotAction: add the actions it applies to.');
  },
};
