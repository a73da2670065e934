import { RESOURCE_KINDS } from '../../model/kind';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { isUniqueId } from './awsPrincipal';
import { valuesOfKey } from './principalValues';

/** An IAM unique ID (`AIDA…`, `AROA…`) in place of a principal ARN: what a policy shows after the deletion. */
export const principalUniqueId: Rule = {
  id: 'principal-unique-id',
  name: 'Principal shown as a unique ID',
  summary: 'A principal is the unique ID of a user (AIDA…) or a role (AROA…), the sign of a deleted identity.',
  description: [
    'When a policy names a user or role by ARN, AWS stores its unique ID. Once that user or role is deleted, the',
    'policy shows the ID (`AIDA…` for a user, `AROA…` for a role) in place of the ARN, and a user or role created',
    'later with the same name does not match it. The statement then applies to no one. This is a warning: replace',
    'the ID with the ARN of the identity that should have access, or remove it.',
  ].join(' '),
  severity: 'warning',
  kinds: [...RESOURCE_KINDS],
  accessAnalyzer: ['INVALID_USER_REFERENCE', 'INVALID_ROLE_REFERENCE'],
  checkStatement(statement, { report }) {
    for (const { value } of valuesOfKey(statement, 'AWS')) {
      if (!isUniqueId(value.value)) continue;
      const what = value.value.startsWith('AIDA') ? 'user' : 'role';
      report(
        valueSpan(value),
        `${value.value} is the unique ID of an IAM ${what}, shown once the ${what} it named is deleted; it matches no ${what} created since. Name the ${what} by its ARN.`,
      );
    }
  },
};
