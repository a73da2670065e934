import { Rule } from '../rule';

/** A Sid that is an empty string. */
export const emptySid: Rule = {
  id: 'empty-sid',
  name: 'Empty Sid',
  summary: 'A Sid is an empty string.',
  description: [
    'An empty `Sid` is accepted but names nothing: give the statement a name that says what it is for, or remove',
    'the Sid. A hint, shown faded over the element to remove.',
  ].join(' '),
  severity: 'hint',
  accessAnalyzer: ['EMPTY_SID_VALUE'],
  checkStatement(statement, { report }) {
    const property = statement.elements.Sid;
    const sid = property?.value;
    if (!property || sid?.type !== 'string' || sid.value !== '') return;
    report(property, 'The Sid is empty: name the statement or remove the Sid.', { unnecessary: true });
  },
};
