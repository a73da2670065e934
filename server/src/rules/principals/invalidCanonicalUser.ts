import { hasWildcard } from '../../catalog/glob';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { shown } from './valueProblem';
import { valuesOfKey } from './principalValues';

/** A value under "CanonicalUser" that is not 64 hexadecimal digits. */
export const invalidCanonicalUser: Rule = {
  id: 'invalid-canonical-user',
  name: 'Invalid canonical user ID',
  summary: 'A value under "CanonicalUser" is not a canonical user ID of 64 hexadecimal digits.',
  description: [
    'S3 names accounts (and CloudFront origin access identities) by canonical user ID, a string of 64 hexadecimal',
    'digits such as `79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be`. S3 rejects a bucket policy',
    'with any other value under `CanonicalUser` (an account ID, an email address, a truncated ID), so this is an',
    'error. Account IDs go under `AWS`.',
  ].join(' '),
  severity: 'error',
  kinds: ['bucket', 'resource'],
  checkStatement(statement, { report }) {
    for (const { value } of valuesOfKey(statement, 'CanonicalUser')) {
      const text = value.value;
      if (/^[0-9a-f]{64}$/i.test(text) || hasWildcard(text)) continue;
      const span = text === '' ? value : valueSpan(value);
      if (/^\d{12}$/.test(text)) report(span, `${text} is an account ID: put it under "AWS", not "CanonicalUser".`);
      else if (/^[0-9a-f]+$/i.test(text))
        report(span, `A canonical user ID has 64 hexadecimal digits; this one has ${text.length}.`);
      else report(span, `A canonical user ID has 64 hexadecimal digits: ${shown(text)} is not one.`);
    }
  },
};
