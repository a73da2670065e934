import { effectOf } from '../../model/policy';
import { spanInString } from '../../parsing/tree';
import { valuesOfKey } from '../principals/principalValues';
import { Rule } from '../rule';
import { restrictingKeys } from './restrictingKeys';
import { statementTrustActions } from './trustActions';
import { accountOf } from './trustPrincipals';

/** Keys that show the account is not an unknown third party: an external ID, the caller's organization, MFA. */
const SETTLED_BY = [
  'sts:ExternalId',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:MultiFactorAuthPresent',
  'aws:MultiFactorAuthAge',
].map((k) => k.toLowerCase());

/** A whole AWS account trusted to assume the role without an external ID. */
export const externalIdSuggested: Rule = {
  id: 'external-id-suggested',
  name: 'Account trusted without an external ID',
  summary: 'A trust policy lets a whole account assume the role without a condition on sts:ExternalId.',
  description: [
    'When a role is for a third party (a monitoring or backup vendor, a SaaS that works in your account), the',
    'vendor assumes it from its own account on behalf of many customers. If another customer learns your role ARN',
    'and gives it to the vendor, the vendor could be tricked into using your role for them: the confused deputy',
    "problem. AWS's answer is an external ID, a value the vendor gives you, required with a `StringEquals`",
    'condition on `sts:ExternalId`. A standalone policy does not say whose account is whose, so every account',
    'principal (`111122223333` or `arn:aws:iam::111122223333:root`) of an Allow statement that assumes the role gets',
    "this suggestion, unless the statement already tests `sts:ExternalId`, pins the caller's organization",
    '(`aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`) or requires MFA (a person, not a vendor). Roles for your own',
    'accounts do not need an external ID, hence information only.',
  ].join(' '),
  severity: 'information',
  kinds: ['trust'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow' || !statementTrustActions(catalog, statement).has('sts:AssumeRole')) return;
    const keys = restrictingKeys(statement);
    if (SETTLED_BY.some((k) => keys.has(k))) return;
    for (const { element, value } of valuesOfKey(statement, 'AWS')) {
      const found = element.key === 'Principal' ? accountOf(value.value) : undefined;
      if (!found) continue;
      report(
        spanInString(value, found.start, found.start + found.account.length),
        `Account ${found.account} can assume this role without an external ID: if it belongs to a third party, require the ID it gives you with a StringEquals condition on sts:ExternalId.`,
      );
    }
  },
};
