import { Rule } from '../rule';
import { operatorsOf } from './entries';
import { keyNameSpan } from './spans';

/** `NullIfExists`: the Null operator with the IfExists suffix. */
export const nullWithIfExists: Rule = {
  id: 'null-with-if-exists',
  name: 'Null with IfExists',
  summary: 'The Null operator cannot take the IfExists suffix.',
  description: [
    '`Null` tests whether a key is present; `IfExists` makes an operator match when the key is absent. The two',
    'contradict each other and IAM does not accept `NullIfExists`, so this is an error. The fix is plain `Null`.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['NULL_WITH_IF_EXISTS'],
  checkStatement(statement, { report }) {
    for (const { operator, parsed } of operatorsOf(statement)) {
      if (parsed.base !== 'Null' || !parsed.ifExists) continue;
      report(
        keyNameSpan(operator),
        `Null cannot take IfExists: Null already tests whether the key exists, so write Null.`,
        {
          data: { replacement: 'Null' },
        },
      );
    }
  },
};
