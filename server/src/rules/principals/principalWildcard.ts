import { RESOURCE_KINDS } from '../../model/kind';
import { Statement } from '../../model/policy';
import { Reporter, Rule } from '../rule';
import { PrincipalKey, principalValues, wildcardRange } from './principalValues';
import { reportProblem } from './valueProblem';

/** What each principal type names, for messages. */
const NAMED: Record<PrincipalKey, string> = {
  AWS: 'each account, user or role',
  Service: 'each service, such as lambda.amazonaws.com',
  Federated: 'the identity provider',
  CanonicalUser: 'each canonical user ID',
};

/** A wildcard inside a principal, or "*" under a key other than AWS: principals are matched whole. */
export const principalWildcard: Rule = {
  id: 'principal-wildcard',
  name: 'Wildcard in a principal',
  summary: 'A principal contains * or ?, or "*" stands under Service, Federated or CanonicalUser.',
  description: [
    'Principals are matched whole: `"*"` alone means everyone (as `"Principal": "*"` or `{"AWS": "*"}`), but a',
    'wildcard inside a value (`arn:aws:iam::123456789012:role/dev-*`, `arn:aws:iam::*:root`) is not a pattern, and',
    '`"*"` under `Service`, `Federated` or `CanonicalUser` is not accepted. Role trust policies do not accept a bare',
    '`"Principal": "*"` either. AWS rejects such a policy, so this is an error. To match principals by pattern,',
    'name the account (or everyone) and add a condition such as `ArnLike` on `aws:PrincipalArn`.',
  ].join(' '),
  severity: 'error',
  kinds: [...RESOURCE_KINDS],
  accessAnalyzer: ['UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL'],
  checkStatement(statement, { policy, report }) {
    if (policy.kind === 'trust') checkBareStar(statement, report);
    for (const { key, value } of principalValues(statement)) {
      const text = value.value;
      if (text === '*') {
        if (key === 'AWS') continue;
        const message = `"${key}" does not accept "*": name ${NAMED[key]}, or write {"AWS": "*"} for everyone.`;
        reportProblem(report, value, { start: 0, end: 1, message });
        continue;
      }
      const range = wildcardRange(text);
      if (!range) continue;
      const message =
        key === 'AWS'
          ? 'A principal cannot contain wildcards: name each account, user or role, or name the account and match the rest with an ArnLike condition on aws:PrincipalArn.'
          : `A principal cannot contain wildcards: name ${NAMED[key]}.`;
      reportProblem(report, value, { ...range, message });
    }
  },
};

function checkBareStar(statement: Statement, report: Reporter['report']): void {
  const value = statement.elements.Principal?.value;
  if (value?.type !== 'string' || value.value !== '*') return;
  report(
    value,
    'A role trust policy does not accept "Principal": "*": write {"AWS": "*"} and limit who may assume the role with a condition.',
    { data: { replacement: '{"AWS": "*"}' } },
  );
}
