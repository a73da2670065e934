import { closest } from '../../catalog/suggest';
import { RESOURCE_KINDS } from '../../model/kind';
import { Rule } from '../rule';
import { isPrincipalKey, PRINCIPAL_KEYS, principalElements } from './principalValues';

/** A key inside Principal other than AWS, Service, Federated and CanonicalUser. */
export const invalidPrincipalKey: Rule = {
  id: 'invalid-principal-key',
  name: 'Unknown principal type',
  summary: 'A key inside Principal is not AWS, Service, Federated or CanonicalUser.',
  description: [
    'The keys of a `Principal` object say what kind of principal follows: `AWS` (accounts, users, roles, sessions),',
    '`Service` (AWS services), `Federated` (identity providers) and `CanonicalUser` (S3 canonical user IDs). They are',
    'case-sensitive, and IAM rejects a policy with any other key (`aws`, `Services`, `User`), so this is an error.',
    'When the key is close to a real one, the quick fix renames it.',
  ].join(' '),
  severity: 'error',
  kinds: [...RESOURCE_KINDS],
  accessAnalyzer: ['INVALID_PRINCIPAL_KEY'],
  checkStatement(statement, { report }) {
    for (const element of principalElements(statement)) {
      if (element.value?.type !== 'object') continue;
      for (const property of element.value.properties) {
        if (isPrincipalKey(property.key)) continue;
        const guess = closest(property.key, PRINCIPAL_KEYS, 3);
        const name = JSON.stringify(property.key);
        if (guess) {
          report(property.keySpan, `${name} is not a principal type: did you mean "${guess}"?`, {
            data: { replacement: JSON.stringify(guess) },
          });
        } else {
          report(property.keySpan, `${name} is not a principal type: use AWS, Service, Federated or CanonicalUser.`);
        }
      }
    }
  },
};
