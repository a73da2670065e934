import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { CURRENT_VERSION, OLD_VERSION, firstPolicyVariable } from './versions';

/** The 2008 Version in a policy with no policy variable: harmless today, a trap for the next edit. */
export const legacyVersion: Rule = {
  id: 'legacy-version',
  name: 'Legacy policy version',
  summary: `Version is ${OLD_VERSION} in a policy that uses no policy variable.`,
  description: [
    `\`${OLD_VERSION}\` is the old policy language. Without policy variables it means the same as`,
    `\`${CURRENT_VERSION}\`, and AWS still writes it itself (the default policy of an SNS topic), so this is only`,
    'information: a variable added later would be read as plain text (then [old-version](#old-version) warns).',
  ].join(' '),
  severity: 'information',
  checkDocument({ policy, report }) {
    const value = policy.version?.value;
    if (value?.type !== 'string' || value.value !== OLD_VERSION || firstPolicyVariable(policy)) return;
    report(
      valueSpan(value),
      `Version ${OLD_VERSION} is the old policy language: it works here, but policy variables need ${CURRENT_VERSION}.`,
      { data: { replacement: CURRENT_VERSION } },
    );
  },
};
