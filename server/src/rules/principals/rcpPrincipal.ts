import { Rule } from '../rule';

/** A resource control policy whose Principal is anything but "*". */
export const rcpPrincipal: Rule = {
  id: 'rcp-principal',
  name: 'Principal other than "*" in a resource control policy',
  summary: 'A resource control policy names principals other than "*".',
  description: [
    'A resource control policy (RCP) sets the most that any principal can do with the resources of the accounts it',
    'is attached to, so AWS Organizations accepts only `"Principal": "*"` in it and rejects the policy otherwise: an',
    'error. To make a statement apply to some principals only, keep `"*"` and add a condition on',
    '`aws:PrincipalAccount`, `aws:PrincipalOrgID` or `aws:PrincipalArn`.',
  ].join(' '),
  severity: 'error',
  kinds: ['rcp'],
  accessAnalyzer: ['RCP_SYNTAX_ERROR_PRINCIPAL'],
  checkStatement(statement, { report }) {
    const value = statement.elements.Principal?.value;
    if (!value || (value.type === 'string' && value.value === '*')) return;
    report(
      value,
      'A resource control policy applies to every principal: write "Principal": "*" and narrow the statement with a condition such as aws:PrincipalAccount.',
      { data: { replacement: '"*"' } },
    );
  },
};
