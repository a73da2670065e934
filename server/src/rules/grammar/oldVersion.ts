import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { CURRENT_VERSION, OLD_VERSION } from './versions';

/** A missing Version or the 2008 one: the policy deploys, but policy variables are plain text. */
export const oldVersion: Rule = {
  id: 'old-version',
  name: 'Missing or old policy version',
  summary: `Version is missing or ${OLD_VERSION}, so policy variables do not work.`,
  description: [
    `Without a Version, or with \`${OLD_VERSION}\`, IAM reads the policy in the old language, where policy`,
    'variables such as `${aws:username}` are literal text and never match. The policy deploys but may not do what it',
    `says, so this is a warning. Write \`"Version": "${CURRENT_VERSION}"\`.`,
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
      report(
        valueSpan(property.value),
        `Version ${OLD_VERSION} is the old policy language, without policy variables: use ${CURRENT_VERSION}.`,
        {
          data: { replacement: CURRENT_VERSION },
        },
      );
    }
  },
};
