import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { CURRENT_VERSION, OLD_VERSION, firstPolicyVariable } from './versions';

/** A missing Version, or the 2008 one with policy variables: the policy deploys, but the variables are plain text. */
export const oldVersion: Rule = {
  id: 'old-version',
  name: 'Missing or old policy version',
  summary: `Version is missing, or ${OLD_VERSION} in a policy that uses policy variables.`,
  description: [
    `Without a Version, or with \`${OLD_VERSION}\`, IAM reads the policy in the old language, where policy`,
    'variables such as `${aws:username}` are literal text and never match. A policy that uses them deploys but does',
    'not do what it says, so this is a warning; a missing Version is one too (IAM Access Analyzer recommends it, and',
    `the next edit may add a variable). Write \`"Version": "${CURRENT_VERSION}"\`. The old version in a policy with no`,
    'variable, such as the default policy SNS writes for a topic, is only [legacy-version](#legacy-version).',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['MISSING_VERSION', 'VARIABLE_UNSUPPORTED_IN_VERSION'],
  checkDocument({ policy, report }) {
    const property = policy.version;
    if (!property) {
      const anchor = policy.statement?.keySpan ?? { offset: policy.root.offset, length: 1 };
      report(anchor, `The policy has no Version: add "Version": "${CURRENT_VERSION}" so that policy variables work.`, {
        data: { addVersion: CURRENT_VERSION },
      });
    } else if (property.value?.type === 'string' && property.value.value === OLD_VERSION) {
      const variable = firstPolicyVariable(policy);
      if (!variable) return;
      report(
        valueSpan(property.value),
        `Version ${OLD_VERSION} reads ${variable} as plain text, so it never matches: use ${CURRENT_VERSION}.`,
        { data: { replacement: CURRENT_VERSION } },
      );
    }
  },
};
