import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { fullAccessAction } from './statementScope';

/** Allow of every action on every resource with no condition. */
export const fullAdminAccess: Rule = {
  id: 'full-admin-access',
  name: 'Full administrator access',
  summary: 'Allow "Action": "*" on "Resource": "*" with no Condition: full administrator access.',
  description: [
    'A statement that allows `"*"` (or `"*:*"`) on `"*"` with no condition gives whoever holds the policy every',
    'permission in the account, including changing their own permissions and deleting anything. AWS keeps this for',
    'the `AdministratorAccess` managed policy; a policy of your own rarely needs it. It is a warning: list the',
    'services and actions this identity uses, or add conditions (MFA, source network) if it must stay.',
    'Service control and resource control policies are not checked: allowing everything is how their default',
    '`FullAWSAccess` policies work.',
  ].join(' '),
  severity: 'warning',
  kinds: ['identity'],
  checkStatement(statement, { report }) {
    const action = fullAccessAction(statement);
    if (!action) return;
    report(
      valueSpan(action),
      `"${action.value}" on every resource with no condition grants full administrator access: allow only the actions this identity needs.`,
    );
  },
};
