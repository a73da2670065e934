import { Rule } from '../rule';
import { statementAnchor } from './anchors';
import { hasNearMiss } from './elementNames';

/** A statement without an Effect. */
export const missingEffect: Rule = {
  id: 'missing-effect',
  name: 'Missing Effect',
  summary: 'A statement has no Effect element.',
  description: [
    'Every statement must say whether it allows or denies: IAM rejects a statement without `Effect`, so this is an',
    "error, shown on the statement's opening brace. When the statement has a misspelt key such as `effect` or",
    '`Efect`, that key is reported instead (by `unknown-element`).',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['MISSING_EFFECT'],
  checkStatement(statement, { report }) {
    if (statement.elements.Effect || hasNearMiss(statement.node, 'statement', 'Effect')) return;
    report(statementAnchor(statement), 'This statement has no Effect: add "Effect": "Allow" or "Effect": "Deny".');
  },
};
