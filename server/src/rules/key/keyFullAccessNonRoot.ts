import { effectOf } from '../../model/policy';
import { valueSpan } from '../../parsing/tree';
import { quoted } from '../actions/actionValue';
import { Rule } from '../rule';
import { fullAccessValue, kmsActionValues } from './keyActions';
import { individualPrincipals, principalName } from './keyPrincipals';

/** Every KMS action on the key for a principal other than an account. */
export const keyFullAccessNonRoot: Rule = {
  id: 'key-full-access-non-root',
  name: 'Full control of a key for a principal other than the account',
  summary: 'A key policy allows "kms:*" to a user, role, service or everyone rather than to the account root.',
  description: [
    '`"kms:*"` in a key policy is meant for the account root (`arn:aws:iam::ACCOUNT:root`), where it lets IAM',
    'policies decide who may do what. Given to a user, role, service or `"*"`, it lets that principal do',
    'everything with the key without any IAM policy: change the key policy (and lock everyone else out), disable',
    'the key, schedule its deletion, and decrypt all data encrypted under it. AWS accepts it; as it grants far more',
    'than a principal needs, this is a warning on each such principal. Grant the actions it needs instead: the',
    'key administrator or key user actions of the default console policy.',
  ].join(' '),
  severity: 'warning',
  kinds: ['key'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow') return;
    const action = fullAccessValue(kmsActionValues(statement, catalog), catalog);
    if (!action) return;
    for (const principal of individualPrincipals(statement)) {
      report(
        valueSpan(principal.node),
        `${quoted(action.value)} gives ${principalName(principal)} full control of this key, including changing its policy and scheduling its deletion: grant only the actions it needs.`,
      );
    }
  },
};
