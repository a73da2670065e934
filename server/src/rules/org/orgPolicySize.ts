import { KIND_NAMES } from '../../model/kind';
import { Rule } from '../rule';
import { compactLength, count } from './policySize';

/** The most characters AWS Organizations accepts in an SCP or an RCP. */
export const ORG_POLICY_QUOTA = 5120;

/** A service or resource control policy longer than AWS Organizations accepts. */
export const orgPolicySize: Rule = {
  id: 'org-policy-size',
  name: 'Service or resource control policy over the size quota',
  summary: 'An SCP or RCP has more than 5,120 characters.',
  description: [
    `AWS Organizations refuses a service control policy or a resource control policy over ${count(ORG_POLICY_QUOTA)}`,
    'characters, so this is an error. Unlike IAM, Organizations counts every character, white space included:',
    'the finding, on the opening brace, gives the count as written and, when removing the white space outside',
    'strings would be enough, says so. Otherwise split the policy (an account, OU or root can have up to five',
    'policies of each type attached) or group actions with wildcards.',
  ].join(' '),
  severity: 'error',
  kinds: ['scp', 'rcp'],
  accessAnalyzer: ['POLICY_SIZE_EXCEEDS_SCP_QUOTA', 'POLICY_SIZE_EXCEEDS_RCP_QUOTA'],
  checkDocument({ policy, report }) {
    const size = policy.root.length;
    if (size <= ORG_POLICY_QUOTA) return;
    const compact = compactLength(policy.root);
    const fix =
      compact <= ORG_POLICY_QUOTA
        ? `white space counts: without the white space outside strings it has ${count(compact)}, which fits.`
        : 'split it or group actions with wildcards.';
    report(
      { offset: policy.root.offset, length: 1 },
      `This ${KIND_NAMES[policy.kind]} has ${count(size)} characters, over the ${count(ORG_POLICY_QUOTA)} AWS Organizations accepts: ${fix}`,
    );
  },
};
