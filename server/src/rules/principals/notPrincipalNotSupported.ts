import { Rule } from '../rule';

/** NotPrincipal in a role trust policy or a resource control policy, which do not accept it. */
export const notPrincipalNotSupported: Rule = {
  id: 'not-principal-not-supported',
  name: 'NotPrincipal where it is not accepted',
  summary: 'NotPrincipal in a role trust policy or a resource control policy.',
  description: [
    'A role trust policy must say who may assume the role with `Principal`; IAM rejects a trust policy with',
    '`NotPrincipal`. A resource control policy accepts only `"Principal": "*"` and rejects `NotPrincipal`. Both are',
    'refused when the policy is saved, so this is an error. To exempt principals, use `Principal` with a condition',
    'on `aws:PrincipalArn` or `aws:PrincipalAccount`.',
  ].join(' '),
  severity: 'error',
  kinds: ['trust', 'rcp'],
  accessAnalyzer: ['ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL', 'RCP_SYNTAX_ERROR_PRINCIPAL'],
  checkStatement(statement, { policy, report }) {
    const element = statement.elements.NotPrincipal;
    if (!element) return;
    const message =
      policy.kind === 'trust'
        ? 'A role trust policy cannot use NotPrincipal: name who may assume the role under Principal.'
        : 'A resource control policy cannot use NotPrincipal: write "Principal": "*" and exempt principals with a condition on aws:PrincipalArn.';
    report(element.keySpan, message);
  },
};
