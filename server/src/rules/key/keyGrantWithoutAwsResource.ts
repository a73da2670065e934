import { Catalog } from '../../catalog/catalog';
import { effectOf } from '../../model/policy';
import { conditionEntries } from '../../model/condition';
import { quoted } from '../actions/actionValue';
import { lookupKey } from '../conditions/keys';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { fullAccessValue, isAdminAction, kmsActionValues } from './keyActions';
import { individualPrincipals } from './keyPrincipals';

/** Condition keys that limit which grants a principal may create; any of them makes the suggestion moot. */
const GRANT_LIMITS = new Set(
  [
    'kms:GrantIsForAWSResource',
    'kms:ViaService',
    'kms:GranteePrincipal',
    'kms:RetiringPrincipal',
    'kms:GrantOperations',
    'kms:GrantConstraintType',
  ].map((k) => k.toLowerCase()),
);

/**
 * True for a key that limits grants, and for an unknown kms: key, most likely a misspelt one of them, which
 * `unknown-condition-key` reports.
 */
function limitsGrants(catalog: Catalog, key: string): boolean {
  if (GRANT_LIMITS.has(key.toLowerCase())) return true;
  return key.toLowerCase().startsWith('kms:') && lookupKey(catalog, key).kind !== 'known';
}

/** kms:CreateGrant for key users with no condition that limits the grants to those AWS services create. */
export const keyGrantWithoutAwsResource: Rule = {
  id: 'key-grant-without-aws-resource',
  name: 'CreateGrant without kms:GrantIsForAWSResource',
  summary: 'A key policy allows kms:CreateGrant to users or roles with no condition limiting the grants.',
  description: [
    'A grant gives its grantee the use of the key, so a principal allowed `kms:CreateGrant` without conditions can',
    'pass the key on to any principal, with any operations. Principals usually need grants only so that AWS',
    'services such as EBS or RDS can use the key on their behalf; the default console policy says so with',
    '`"Bool": {"kms:GrantIsForAWSResource": "true"}`, which lets the grant be created only through an AWS service',
    'integrated with KMS. This is a suggestion (information) on the value that allows `kms:CreateGrant`, in Allow',
    'statements for users, roles or everyone that are not key administrator statements and have no condition on',
    '`kms:GrantIsForAWSResource`, `kms:ViaService`, `kms:GranteePrincipal`, `kms:RetiringPrincipal`,',
    '`kms:GrantOperations` or `kms:GrantConstraintType`. Operators that do not suit the key (a String operator',
    'on this Bool key) are reported by `prefer-typed-operator` and `operator-type-mismatch`.',
  ].join(' '),
  severity: 'information',
  kinds: ['key'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow' || statement.elements.NotAction) return;
    if (!individualPrincipals(statement).some((p) => p.key === 'AWS' || p.key === undefined)) return;
    const values = kmsActionValues(statement, catalog);
    if (fullAccessValue(values, catalog) || values.some((v) => v.actions.some(isAdminAction))) return;
    if (conditionEntries(statement).some((e) => limitsGrants(catalog, e.key.key))) return;
    const grant = values.find((v) => v.actions.some((a) => a.lowerId === 'kms:creategrant'));
    if (!grant) return;
    report(
      valueSpan(grant.node),
      `${quoted(grant.node.value)} lets these principals give the key's use to anyone: add the condition "Bool": {"kms:GrantIsForAWSResource": "true"} so that grants are created only through AWS services that use the key for them.`,
      { data: { addCondition: { operator: 'Bool', key: 'kms:GrantIsForAWSResource', value: 'true' } } },
    );
  },
};
