import { Rule } from '../rule';
import { compactLength, count } from './policySize';

/** The quota of a customer managed policy, which is also what a permissions boundary is. */
export const MANAGED_POLICY_QUOTA = 6144;

/** An identity policy or permissions boundary longer than IAM accepts for a managed policy. */
export const identityPolicySize: Rule = {
  id: 'identity-policy-size',
  name: 'Identity policy over the size quota',
  summary: 'An identity policy or permissions boundary has more than 6,144 characters without white space.',
  description: [
    'IAM counts the characters of an identity policy without the white space outside strings and refuses to save',
    `a managed policy over ${count(MANAGED_POLICY_QUOTA)} of them. Inline policies have other quotas, shared by`,
    'all the inline policies of one identity: 2,048 characters for a user, 5,120 for a group and 10,240 for a role.',
    'A file on its own does not say whether it becomes a managed or an inline policy, so identity policies are',
    'held to the managed quota, and the message says so; a permissions boundary is always a managed policy. The',
    'quota is fixed (it cannot be raised), but the policy is usually written well before it is saved, and it may',
    'become an inline policy with a larger quota, so this is a warning, shown on the opening brace with the count.',
    'Split the policy into several, or group actions with wildcards.',
  ].join(' '),
  severity: 'warning',
  kinds: ['identity', 'boundary'],
  accessAnalyzer: ['POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA'],
  checkDocument({ policy, report }) {
    const size = compactLength(policy.root);
    if (size <= MANAGED_POLICY_QUOTA) return;
    const over = `${count(size)} characters without white space, over the ${count(MANAGED_POLICY_QUOTA)} IAM accepts`;
    const message =
      policy.kind === 'boundary'
        ? `This permissions boundary has ${over} in a managed policy: split it or group actions with wildcards.`
        : `This policy has ${over} in a managed policy (inline policies: 2,048 per user, 5,120 per group, 10,240 per role, all inline policies together): split it or group actions with wildcards.`;
    report({ offset: policy.root.offset, length: 1 }, message);
  },
};
