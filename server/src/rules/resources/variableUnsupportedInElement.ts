import { Rule } from '../rule';
import { UNSUPPORTED_ELEMENTS, stringsIn, variablesIn } from './variables';

/** A policy variable in an element where IAM does not read variables, such as Action or Principal. */
export const variableUnsupportedInElement: Rule = {
  id: 'variable-unsupported-in-element',
  name: 'Policy variable outside Resource and Condition',
  summary: 'A policy variable is used in an element other than Resource, NotResource or Condition.',
  description: [
    'IAM replaces policy variables such as `${aws:username}` only in the Resource and NotResource elements and in',
    'Condition values. In Action, NotAction, Principal, NotPrincipal, Effect or Sid the text stays as written and',
    'IAM rejects the policy, so this is an error. To restrict who or what a statement applies to by request values,',
    'use a condition, such as `aws:PrincipalTag/${TagKey}` or `aws:username`.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['VARIABLE_UNSUPPORTED_IN_ELEMENT'],
  checkStatement(statement, { report }) {
    for (const element of UNSUPPORTED_ELEMENTS) {
      const property = statement.elements[element];
      for (const { text, span } of variablesIn(stringsIn(property?.value))) {
        report(
          span,
          `${element} cannot hold policy variables such as ${text}: IAM reads them only in Resource and Condition values.`,
        );
      }
    }
  },
};
