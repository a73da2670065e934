import { Rule } from '../rule';
import { compactLength, count } from '../org/policySize';

/** The default quota of a role trust policy, in characters without white space. */
export const TRUST_POLICY_QUOTA = 2048;
/** The highest quota Service Quotas grants for role trust policies. */
export const TRUST_POLICY_MAX_QUOTA = 8192;

/** A trust policy longer than IAM's default quota. */
export const trustPolicySize: Rule = {
  id: 'trust-policy-size',
  name: 'Trust policy over the default size quota',
  summary: `A role trust policy has more than ${count(TRUST_POLICY_QUOTA)} characters without white space.`,
  description: [
    `IAM counts a role trust policy's characters without white space and, by default, refuses one over`,
    `${count(TRUST_POLICY_QUOTA)} characters. The quota ("Role trust policy length") can be raised through`,
    `Service Quotas up to ${count(TRUST_POLICY_MAX_QUOTA)}, so a longer policy may be fine in your account: this is`,
    'a warning, not an error. Over the highest quota no account can save it. The finding is on the opening brace',
    'and gives the count; to shorten a policy, merge statements that differ only in their principals.',
  ].join(' '),
  severity: 'warning',
  kinds: ['trust'],
  accessAnalyzer: ['POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA'],
  checkDocument({ policy, report }) {
    // White space can only add to the length, so most policies need no walk of the tree.
    if (policy.root.length <= TRUST_POLICY_QUOTA) return;
    const size = compactLength(policy.root);
    if (size <= TRUST_POLICY_QUOTA) return;
    const advice =
      size <= TRUST_POLICY_MAX_QUOTA
        ? `unless your account's quota was raised (up to ${count(TRUST_POLICY_MAX_QUOTA)} through Service Quotas), shorten it or ask for more.`
        : `that is over even the highest quota, ${count(TRUST_POLICY_MAX_QUOTA)}: shorten it.`;
    report(
      { offset: policy.root.offset, length: 1 },
      `This trust policy has ${count(size)} characters without white space, over IAM's default ${count(TRUST_POLICY_QUOTA)}: ${advice}`,
    );
  },
};
