import { OperatorFamily } from '../../catalog/operators';
import { PNode, describeType, valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { knownEntries } from './entries';
import { quoted } from './words';
import { isBase64Text, isBooleanText, isDateText, isNumberText } from './values';

/** A value that the operator cannot read: `NumericLessThan` with `"ten"`, `Bool` with `"yes"`. */
export const invalidConditionValue: Rule = {
  id: 'invalid-condition-value',
  name: 'Value does not suit the operator',
  summary: 'A condition value is not a number, date, Boolean or base64 value as its operator expects.',
  description: [
    'Numeric operators need numbers (`10`, `"10"`, `2.5`); Date operators need a W3C ISO 8601 date or date-time',
    '(`2024-01-31`, `2024-01-31T12:00:00Z`) or epoch seconds; `Bool` and `Null` need `true` or `false`;',
    '`BinaryEquals` needs base64 text. A value that cannot be read never matches. IAM Access Analyzer reports',
    'these as warnings, and so does this rule. IP address values are checked by `invalid-ip-address`; policy',
    'variables by `variable-with-operator`.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: [
    'TYPE_MISMATCH_NUMBER',
    'TYPE_MISMATCH_DATE',
    'TYPE_MISMATCH_BOOLEAN',
    'TYPE_MISMATCH_STRING',
    'INVALID_DATE_VALUE',
  ],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      const family = entry.info.family;
      for (const value of entry.values) {
        const problem = problemOf(family, value, entry.parsed.base);
        if (problem) report(value.type === 'string' ? valueSpan(value) : value, problem);
      }
    }
  },
};

function problemOf(family: OperatorFamily, value: PNode, operator: string): string | undefined {
  // Other shapes are reported by the grammar rules; variables by variable-with-operator.
  if (value.type === 'object' || value.type === 'array' || value.type === 'null') return undefined;
  if (value.type === 'string' && value.value.includes('${')) return undefined;
  switch (family) {
    case 'Numeric':
      if (value.type === 'number' || (value.type === 'string' && isNumberText(value.value))) return undefined;
      return `${operator} compares numbers, and ${shown(value)} is not one: write a number such as 10.`;
    case 'Date':
      if (value.type === 'number' ? Number.isInteger(value.value) : value.type === 'string' && isDateText(value.value))
        return undefined;
      return `${shown(value)} is not a date ${operator} can read: write an ISO 8601 date such as 2024-01-31T00:00:00Z, or epoch seconds.`;
    case 'Bool':
    case 'Null':
      if (value.type === 'boolean' || (value.type === 'string' && isBooleanText(value.value))) return undefined;
      return `${operator} takes true or false, not ${shown(value)}.`;
    case 'Binary':
      if (value.type === 'string' && isBase64Text(value.value)) return undefined;
      return `BinaryEquals compares base64 values, and ${shown(value)} is not base64: encode the bytes in base64.`;
    default:
      return undefined;
  }
}

function shown(value: PNode): string {
  if (value.type === 'string') return quoted(value.value);
  if (value.type === 'number' || value.type === 'boolean') return String(value.value);
  return describeType(value);
}
