import { closest } from '../../catalog/suggest';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { shown } from './shown';
import { valueFix } from './valueFix';

const EFFECTS = ['Allow', 'Deny'];

/** An Effect other than exactly `Allow` or `Deny`. */
export const invalidEffect: Rule = {
  id: 'invalid-effect',
  name: 'Invalid Effect',
  summary: 'Effect is not exactly "Allow" or "Deny" (the values are case-sensitive).',
  description: [
    'An `Effect` is `Allow` or `Deny`, spelt exactly so: IAM rejects `allow`, `DENY` or `Permit`, so this is an error.',
    'A wrong case or a near miss gets the right value as its fix.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_EFFECT'],
  checkStatement(statement, { report }) {
    const value = statement.elements.Effect?.value;
    if (value?.type !== 'string' || EFFECTS.includes(value.value)) return;
    if (value.value.trim() === '') {
      report(value, 'Effect is empty: use "Allow" or "Deny".');
      return;
    }
    const intended = closest(value.value, EFFECTS);
    if (intended === undefined) {
      report(valueSpan(value), `${shown(value.value)} is not an effect: use "Allow" or "Deny".`);
      return;
    }
    const { span, replacement } = valueFix(value, intended);
    const message =
      intended.toLowerCase() === value.value.toLowerCase()
        ? `Effect is case-sensitive: write "${intended}", not ${shown(value.value)}.`
        : `${shown(value.value)} is not an effect. Did you mean "${intended}"?`;
    report(span, message, { data: { replacement } });
  },
};
