import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { knownEntries } from './entries';
import { quoted } from './words';

/** `*` or `?` in the value of an operator that does not expand wildcards. */
export const wildcardWithoutLike: Rule = {
  id: 'wildcard-without-like',
  name: 'Wildcard without a Like operator',
  summary: 'A condition value contains * or ? but the operator compares it literally.',
  description: [
    '`StringEquals` and the other String operators except `StringLike`/`StringNotLike` compare the value as it',
    'is: `"arn:aws:iam::*:role/admin"` then only matches a request whose value has a literal `*`. IAM accepts it',
    'and the condition almost never matches (or, negated, almost always does), so this is a warning. Use',
    '`StringLike` (or `ArnLike` for ARNs) to match a pattern, or `${*}` / `${?}` to mean the character itself.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['WILDCARD_WITHOUT_LIKE_OPERATOR'],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.info.family !== 'String' || entry.info.wildcards) continue;
      const like = entry.info.negated ? 'StringNotLike' : 'StringLike';
      for (const value of entry.values) {
        if (value.type !== 'string' || !hasBareWildcard(value.value)) continue;
        report(
          valueSpan(value),
          `${quoted(value.value)} contains a wildcard, which ${entry.parsed.base} compares literally: use ${like} to match a pattern.`,
        );
      }
    }
  },
};

/** True when the text has `*` or `?` outside the escapes `${*}` and `${?}`. */
function hasBareWildcard(text: string): boolean {
  const bare = text.split('${*}').join('').split('${?}').join('');
  return bare.includes('*') || bare.includes('?');
}
