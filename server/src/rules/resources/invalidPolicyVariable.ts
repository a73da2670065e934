import { Rule } from '../rule';
import { supportedStrings, variablesIn } from './variables';

/** A policy variable IAM cannot read: no closing brace, empty, a space, or an unquoted default. */
export const invalidPolicyVariable: Rule = {
  id: 'invalid-policy-variable',
  name: 'Malformed policy variable',
  summary: "A policy variable in a Resource or Condition value is not written as ${key} or ${key, 'default'}.",
  description: [
    'A policy variable is written `${key}`, such as `${aws:username}`, with an optional default value in single',
    "quotes: `${aws:PrincipalTag/team, 'none'}`. A variable without its closing brace, an empty `${}`, a key with a",
    'space in it, or a default without its quotes is not a variable IAM can read, and IAM rejects the policy, so this',
    'is an error. To write the characters `$`, `*` or `?` themselves, use `${$}`, `${*}` and `${?}`.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: [
    'MISSING_BRACE_IN_VARIABLE',
    'EMPTY_VARIABLE',
    'UNSUPPORTED_SPACE_IN_VARIABLE',
    'MISSING_QUOTE_IN_VARIABLE',
  ],
  checkStatement(statement, { report }) {
    for (const { variable, span } of variablesIn(supportedStrings(statement))) {
      if (variable.problem) report(span, variable.problem);
    }
  },
};
