import { KIND_NAMES, PolicyKind } from '../../model/kind';
import { Rule } from '../rule';
import { principalElements } from './principalValues';

/** Why each kind that has no Principal does not need one, and what to do instead. */
const WHY: Partial<Record<PolicyKind, string>> = {
  identity:
    'it applies to whoever it is attached to. Remove it, or change the kind if this is a resource-based policy.',
  boundary: 'it limits the user or role it is set on. Remove it.',
  scp: 'it applies to every identity in the accounts it is attached to. Remove it, or use a condition on aws:PrincipalArn.',
};

/** A Principal or NotPrincipal in a policy kind that names no principals: identity policies, boundaries, SCPs. */
export const principalNotSupported: Rule = {
  id: 'principal-not-supported',
  name: 'Principal in a policy that has none',
  summary: 'Principal or NotPrincipal in an identity policy, a permissions boundary or a service control policy.',
  description: [
    'An identity policy applies to the user, group or role it is attached to, a permissions boundary to the identity',
    'it is set on, and a service control policy to every identity in the accounts it is attached to: none of them',
    'names who it applies to. IAM and Organizations reject such a policy when it has a `Principal` or `NotPrincipal`',
    'element, so this is an error. To limit an SCP to some principals, use a condition on `aws:PrincipalArn`. If the',
    'file is really a resource-based policy (a bucket, key or trust policy), name it after its kind',
    '(`*.bucket-policy.json`, `*.key-policy.json`, `*.trust-policy.json`) or set `policyLens.policyKinds`.',
  ].join(' '),
  severity: 'error',
  kinds: ['identity', 'boundary', 'scp'],
  accessAnalyzer: ['UNSUPPORTED_PRINCIPAL', 'SCP_SYNTAX_ERROR_PRINCIPAL'],
  checkStatement(statement, { policy, report }) {
    for (const element of principalElements(statement)) {
      const name = KIND_NAMES[policy.kind];
      const where = `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} (${policy.kindReason})`;
      report(element.keySpan, `A ${element.key} has no place in ${where}: ${WHY[policy.kind]}`);
    }
  },
};
