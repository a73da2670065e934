import { Catalog } from '../../catalog/catalog';
import { splitArn } from '../../model/arn';
import { effectOf, PolicyDocument, Statement } from '../../model/policy';
import { principalValues } from '../principals/principalValues';
import { Rule } from '../rule';
import { allowsEveryKmsAction, kmsActionValues } from './keyActions';
import { keyPrincipals } from './keyPrincipals';

/** The account AWS documentation uses in examples, offered when the policy does not say which account it is. */
export const PLACEHOLDER_ACCOUNT = '111122223333';

/** A key policy without the statement that lets the account (and so its IAM policies) manage the key. */
export const keyMissingRootAccess: Rule = {
  id: 'key-missing-root-access',
  name: 'Key policy without the root statement',
  summary: 'No statement of a key policy allows the account root "kms:*", so the key can become unmanageable.',
  description: [
    'The default key policy has a statement that allows the account (`arn:aws:iam::ACCOUNT:root`) every KMS action',
    'on the key. It does not give the root user alone access: it lets IAM policies in the account grant access to',
    'the key. Without it only the principals the key policy names can use or manage the key, and if they are',
    'deleted or lose access the key becomes unmanageable until AWS Support restores access. KMS accepts such a',
    'policy when the caller keeps `kms:PutKeyPolicy`, so this is a warning, reported at `Statement`. The fix adds',
    "the default statement (`data.addStatement`) for the account the policy's principals name when they name one;",
    'otherwise with the placeholder account 111122223333, to be replaced.',
  ].join(' '),
  severity: 'warning',
  kinds: ['key'],
  checkDocument({ policy, catalog, report }) {
    const statementKey = policy.statement;
    if (!statementKey || policy.statements.length === 0) return;
    if (policy.statements.some((s) => allowsRootEverything(s, catalog))) return;
    const { account, partition } = policyAccount(policy);
    const statement = rootStatement(partition, account ?? PLACEHOLDER_ACCOUNT);
    const fix = account
      ? `add the default root statement for account ${account}`
      : `add the default root statement with your account id in place of ${PLACEHOLDER_ACCOUNT}`;
    const message = `No statement allows the account root "kms:*", so IAM policies cannot grant access to this key and, if its principals lose access, only AWS Support can restore it: ${fix}.`;
    report(statementKey.keySpan, message, { data: { addStatement: statement } });
  },
};

function allowsRootEverything(statement: Statement, catalog: Catalog): boolean {
  if (effectOf(statement) !== 'Allow') return false;
  if (!keyPrincipals(statement).some((p) => p.account)) return false;
  return allowsEveryKmsAction(kmsActionValues(statement, catalog), catalog);
}

/** The account (and partition) the policy's AWS principals name, when exactly one account appears. */
function policyAccount(policy: PolicyDocument): { account?: string; partition: string } {
  const accounts = new Set<string>();
  const partitions = new Set<string>();
  for (const statement of policy.statements) {
    for (const { key, value } of principalValues(statement)) {
      if (key !== 'AWS') continue;
      if (/^\d{12}$/.test(value.value)) accounts.add(value.value);
      const arn = splitArn(value.value);
      if (arn?.prefix.value !== 'arn') continue;
      if (/^\d{12}$/.test(arn.account.value)) accounts.add(arn.account.value);
      if (/^aws(-[a-z]+)*$/.test(arn.partition.value)) partitions.add(arn.partition.value);
    }
  }
  return {
    account: accounts.size === 1 ? [...accounts][0] : undefined,
    partition: partitions.size === 1 ? [...partitions][0] : 'aws',
  };
}

/** The default key policy's root statement, as AWS KMS writes it. */
export function rootStatement(partition: string, account: string): string {
  return JSON.stringify(
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:${partition}:iam::${account}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    null,
    2,
  );
}
