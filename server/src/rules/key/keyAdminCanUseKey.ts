import { effectOf } from '../../model/policy';
import { listed, quoted } from '../actions/actionValue';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { fullAccessValue, isAdminAction, isCryptoAction, kmsActionValues } from './keyActions';
import { individualPrincipals } from './keyPrincipals';

/** A key administrator statement that also allows cryptographic use of the key. */
export const keyAdminCanUseKey: Rule = {
  id: 'key-admin-can-use-key',
  name: 'Key administrators who can also use the key',
  summary: 'A statement that lets principals manage the key also lets them encrypt, decrypt or sign with it.',
  description: [
    'Separation of duties: the principals that manage a key (change its policy, disable it, schedule its',
    'deletion) should not also be able to use it, so that no one principal can both read protected data and hide',
    'or destroy the means to read it. The default console policy keeps key administrators and key users in',
    'separate statements. A statement that allows one of the management actions (`kms:PutKeyPolicy`,',
    '`kms:ScheduleKeyDeletion`, `kms:Disable*`, ...) and a cryptographic operation (`kms:Encrypt`, `kms:Decrypt`,',
    '`kms:ReEncrypt*`, `kms:GenerateDataKey*`, `kms:Sign`, ...) gets this finding on each value that allows the',
    'latter. It is a choice of design, not an error, so this is information. Statements that allow every KMS',
    "action are `key-full-access-non-root`'s, and statements that name only accounts are delegations to IAM.",
  ].join(' '),
  severity: 'information',
  kinds: ['key'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow' || individualPrincipals(statement).length === 0) return;
    const values = kmsActionValues(statement, catalog);
    if (fullAccessValue(values, catalog)) return;
    if (!values.some((v) => v.actions.some(isAdminAction))) return;
    for (const { node, actions } of values) {
      const crypto = actions.filter(isCryptoAction).map((a) => a.id);
      if (crypto.length === 0) continue;
      const which =
        crypto.length === 1 && crypto[0].toLowerCase() === node.value.toLowerCase() ? '' : ` (${listed(crypto)})`;
      report(
        valueSpan(node),
        `${quoted(node.value)} lets the key administrators of this statement also use the key${which}: give cryptographic use to the principals that need it in a statement of its own.`,
      );
    }
  },
};
