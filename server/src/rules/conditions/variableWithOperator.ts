import { findVariables } from '../../model/variables';
import { spanInString } from '../../parsing/tree';
import { Rule } from '../rule';
import { knownEntries } from './entries';
import { clip } from './words';

/** A policy variable in the value of an operator that does not replace variables. */
export const variableWithOperator: Rule = {
  id: 'variable-with-operator',
  name: 'Policy variable with an operator that does not take one',
  summary: 'A policy variable is used with a Numeric, Date, IP address, Binary or Null operator.',
  description: [
    'IAM replaces policy variables such as `${aws:username}` only in the values of String, ARN and Bool',
    'operators (and in Resource). With Numeric, Date, IpAddress, BinaryEquals and Null the text `${...}` stays as',
    'it is and cannot be read as a number, date or address, so the condition does not work as written. IAM',
    'Access Analyzer reports it as an error; IAM stores the policy, so this is a warning.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['INVALID_VARIABLE_FOR_OPERATOR'],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.info.variables) continue;
      for (const value of entry.values) {
        if (value.type !== 'string') continue;
        for (const variable of findVariables(value.value)) {
          const text = clip(value.value.slice(variable.start, variable.end));
          report(
            spanInString(value, variable.start, variable.end),
            `${entry.parsed.base} does not replace policy variables, so ${text} is compared as written: use a fixed value.`,
          );
        }
      }
    }
  },
};
