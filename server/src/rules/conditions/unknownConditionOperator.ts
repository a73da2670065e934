import { allOperatorNames, operatorInfo, operatorName } from '../../catalog/operators';
import { parseOperator } from '../../model/condition';
import { closest } from '../../catalog/suggest';
import { Rule } from '../rule';
import { keyNameSpan } from './spans';
import { MAX_SUGGESTED_LENGTH, clip } from './words';

/** A condition operator IAM does not know. */
export const unknownConditionOperator: Rule = {
  id: 'unknown-condition-operator',
  name: 'Unknown condition operator',
  summary: 'A condition operator is not one IAM knows (operators are case-sensitive).',
  description: [
    'The keys of a Condition block are operators such as `StringEquals`, `ArnLike` or `IpAddress`, optionally',
    'prefixed with `ForAllValues:` or `ForAnyValue:` and suffixed with `IfExists`. Operator names are',
    'case-sensitive: `IPAddress` and `stringEquals` are not operators. IAM rejects a policy with an unknown',
    'operator (MalformedPolicyDocument), so this is an error; the nearest real operator is offered as the fix.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_CONDITION_OPERATOR'],
  checkStatement(statement, { report }) {
    const block = statement.elements.Condition?.value;
    if (block?.type !== 'object') return;
    for (const operator of block.properties) {
      if (isKnownOperator(operator.key)) continue;
      const suggestion =
        operator.key.length <= MAX_SUGGESTED_LENGTH ? closest(operator.key, allOperatorNames()) : undefined;
      const span = keyNameSpan(operator);
      if (suggestion && suggestion !== operator.key) {
        const caseOnly = suggestion.toLowerCase() === operator.key.toLowerCase();
        const why = caseOnly ? ' (operators are case-sensitive)' : '';
        report(span, `"${operator.key}" is not a condition operator${why}: did you mean ${suggestion}?`, {
          data: { replacement: suggestion },
        });
      } else {
        report(
          span,
          `"${clip(operator.key)}" is not a condition operator: use one such as StringEquals, StringLike, ArnLike or IpAddress.`,
        );
      }
    }
  },
};

/** True for a name IAM accepts as an operator, Null with IfExists included (another rule reports that). */
export function isKnownOperator(name: string): boolean {
  const parsed = parseOperator(name);
  // The model strips both qualifiers when both are written; IAM takes only one.
  if (operatorName(parsed.base, parsed.qualifier, parsed.ifExists) !== name) return false;
  return operatorInfo(parsed.base) !== undefined;
}
