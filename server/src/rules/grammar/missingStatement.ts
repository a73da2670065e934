import { Rule } from '../rule';
import { hasNearMiss } from './elementNames';

/** A policy without statements: no Statement element, or an empty one. */
export const missingStatement: Rule = {
  id: 'missing-statement',
  name: 'Missing statement',
  summary: 'The policy has no Statement element, or its Statement array is empty.',
  description: [
    '`Statement` is the one required element of a policy: without a statement the policy grants and denies nothing,',
    'and IAM rejects it, so this is an error. An empty `Statement` array is the same mistake. When the policy has a',
    'misspelt `Statement` key, that key is reported instead (by `unknown-element`).',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['MISSING_STATEMENT'],
  checkDocument({ policy, report }) {
    const value = policy.statement?.value;
    if (!policy.statement) {
      if (hasNearMiss(policy.root, 'policy', 'Statement')) return;
      const anchor = policy.version?.keySpan ?? { offset: policy.root.offset, length: 1 };
      report(anchor, 'The policy has no Statement: add "Statement": [ ... ] with at least one statement.');
    } else if (value?.type === 'array' && value.items.length === 0) {
      report(value, 'Statement is empty: a policy needs at least one statement.');
    }
  },
};
