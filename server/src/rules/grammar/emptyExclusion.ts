import { Rule } from '../rule';
import { isEmptyArray } from './emptyElement';

/** A NotAction or NotResource that is an empty array: the statement applies to everything. */
export const emptyExclusion: Rule = {
  id: 'empty-exclusion',
  name: 'Empty NotAction or NotResource',
  summary: 'NotAction or NotResource is an empty array, so the statement applies to every action or resource.',
  description: [
    '`NotAction` and `NotResource` apply a statement to everything except what they list. Empty, they exclude',
    'nothing, so the statement applies to every action or every resource: an Allow grants far more than it seems to,',
    'a Deny denies everything. This is a warning: list what should be excluded, or write `"Action": "*"` (or',
    '`"Resource": "*"`) if everything is really meant.',
  ].join(' '),
  severity: 'warning',
  checkStatement(statement, { report }) {
    for (const property of [statement.elements.NotAction, statement.elements.NotResource]) {
      const value = property?.value;
      if (!property || !isEmptyArray(value)) continue;
      const what = property.key === 'NotAction' ? 'action' : 'resource';
      report(value, `${property.key} is empty and excludes nothing, so this statement applies to every ${what}.`);
    }
  },
};
