import { effectOf } from '../../model/policy';
import { valueSpan } from '../../parsing/tree';
import { principalValues } from '../principals/principalValues';
import { Rule } from '../rule';
import { restrictingKeys } from './restrictingKeys';
import { statementTrustActions } from './trustActions';

/** Global keys that pin who the caller is or where the call comes from, in lower case. */
const PINNING_KEYS = [
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:PrincipalServiceName',
  'aws:userid',
  'aws:username',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceIp',
  'aws:SourceVpc',
  'aws:SourceVpce',
  'aws:VpcSourceIp',
].map((k) => k.toLowerCase());

/** `{"AWS": "*"}` allowed to assume the role with nothing that narrows who the caller is. */
export const roleAssumableByAnyone: Rule = {
  id: 'role-assumable-by-anyone',
  name: 'Role anyone can assume',
  summary: 'A trust policy allows {"AWS": "*"} to assume the role with no condition that pins who the caller is.',
  description: [
    '`{"AWS": "*"}` in a trust policy names every IAM user and role of every AWS account, not only yours. Unless a',
    "condition narrows it, anyone who has an AWS account can call `sts:AssumeRole` and get the role's permissions.",
    'Conditions count when they can only match a caller you chose: `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`,',
    '`aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:userid`, `aws:SourceIp`, `aws:SourceVpce` and the like,',
    'with an operator that is not negated, not `IfExists` and not `ForAllValues:` (those also match when the key is',
    'absent). `sts:ExternalId` does not count: an external ID is not a secret. IAM accepts such a policy, but the',
    'role is open to the world, so this is an error. (`"Principal": "*"` itself is rejected in a trust policy and',
    'reported by `principal-wildcard`.)',
  ].join(' '),
  severity: 'error',
  kinds: ['trust'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow' || !statementTrustActions(catalog, statement).has('sts:AssumeRole')) return;
    const star = principalValues(statement).find(
      (p) => p.element.key === 'Principal' && p.key === 'AWS' && p.value.value === '*',
    );
    if (!star) return;
    const keys = restrictingKeys(statement);
    if ([...keys].some((k) => PINNING_KEYS.includes(k))) return;
    const why = statement.elements.Condition ? ', as no condition limits who the caller is' : '';
    report(
      valueSpan(star.value),
      `Anyone with an AWS account can assume this role${why}: name the accounts or roles that may, or add a condition on aws:PrincipalOrgID or aws:PrincipalArn.`,
    );
  },
};
