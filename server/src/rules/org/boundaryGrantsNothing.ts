import { Rule } from '../rule';

/** A reminder, once per permissions boundary, that a boundary only limits what other policies grant. */
export const boundaryGrantsNothing: Rule = {
  id: 'boundary-grants-nothing',
  name: 'A permissions boundary grants nothing by itself',
  summary: 'A permissions boundary sets the most an identity policy can grant; it grants no access of its own.',
  description: [
    'A permissions boundary set on a user or role caps its permissions: a request is allowed only when an',
    'identity policy of that user or role allows it and the boundary allows it too (resource-based policies that',
    'name the user or role directly are the exception). An `Allow` in the boundary alone lets nothing through, and',
    'a `Deny` in it wins over any identity policy. Reading a boundary as a grant is a common mistake, so this',
    'information is shown once, on the `Statement` key.',
  ].join(' '),
  severity: 'information',
  kinds: ['boundary'],
  checkDocument({ policy, report }) {
    if (!policy.statement) return;
    report(
      policy.statement.keySpan,
      'A permissions boundary grants nothing by itself: it caps what the identity policies of the user or role it is set on can grant.',
    );
  },
};
