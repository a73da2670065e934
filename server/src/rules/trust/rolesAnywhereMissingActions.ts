import { Statement, effectOf } from '../../model/policy';
import { PString, valueSpan } from '../../parsing/tree';
import { valuesOfKey } from '../principals/principalValues';
import { Rule } from '../rule';
import { TrustAction, inWords, statementTrustActions } from './trustActions';

const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';
const NEEDED: readonly TrustAction[] = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];

/** IAM Roles Anywhere trusted without all three actions it needs to create a session. */
export const rolesAnywhereMissingActions: Rule = {
  id: 'roles-anywhere-missing-actions',
  name: 'Roles Anywhere without the actions it needs',
  summary: 'rolesanywhere.amazonaws.com is trusted without sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity.',
  description: [
    'IAM Roles Anywhere gives workloads outside AWS a session of the role by assuming it with session tags and a',
    'source identity taken from their certificate, so the trust policy must allow `rolesanywhere.amazonaws.com` all',
    'three of `sts:AssumeRole`, `sts:TagSession` and `sts:SetSourceIdentity`. IAM stores a policy with fewer, but',
    'every `CreateSession` then fails, so this is a warning. The actions may be spread over several Allow',
    'statements naming the service; the finding is on the first of them.',
  ].join(' '),
  severity: 'warning',
  kinds: ['trust'],
  accessAnalyzer: ['MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY'],
  // Across statements: the three actions may be allowed in different statements.
  checkDocument({ policy, catalog, report }) {
    const allowed = new Set<TrustAction>();
    let first: PString | undefined;
    for (const statement of policy.statements) {
      const principal = rolesAnywhere(statement);
      if (!principal) continue;
      first ??= principal;
      for (const action of statementTrustActions(catalog, statement)) allowed.add(action);
    }
    const missing = NEEDED.filter((a) => !allowed.has(a));
    if (!first || missing.length === 0) return;
    report(
      valueSpan(first),
      `IAM Roles Anywhere cannot create sessions of this role without ${inWords(missing)}: add ${missing.length > 1 ? 'them' : 'it'} to Action.`,
      { data: { missingActions: missing } },
    );
  },
};

function rolesAnywhere(statement: Statement): PString | undefined {
  if (effectOf(statement) !== 'Allow') return undefined;
  return valuesOfKey(statement, 'Service').find(
    (p) => p.element.key === 'Principal' && p.value.value.toLowerCase() === ROLES_ANYWHERE,
  )?.value;
}
