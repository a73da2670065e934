import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { CURRENT_VERSION, OLD_VERSION } from './versions';

/** A Version IAM does not know. */
export const invalidVersion: Rule = {
  id: 'invalid-version',
  name: 'Invalid policy version',
  summary: 'Version is not a policy language version IAM knows.',
  description: [
    `IAM knows two versions of the policy language, \`${CURRENT_VERSION}\` and \`${OLD_VERSION}\`, and rejects`,
    'a policy with any other Version (a date of your own, a number, a year), so this is an error.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_VERSION'],
  checkDocument({ policy, report }) {
    const value = policy.version?.value;
    if (!value) return;
    if (value.type !== 'string') {
      report(value, `Version must be the string "${CURRENT_VERSION}".`, {
        data: { replacement: `"${CURRENT_VERSION}"` },
      });
    } else if (value.value !== CURRENT_VERSION && value.value !== OLD_VERSION) {
      report(valueSpan(value), `"${value.value}" is not a policy language version: use ${CURRENT_VERSION}.`, {
        data: { replacement: CURRENT_VERSION },
      });
    }
  },
};
