import { effectOf, stringsOf } from '../../model/policy';
import { PNode } from '../../parsing/tree';
import { Rule } from '../rule';

/** True for `"*"` and for arrays of nothing but `"*"`. */
function isAll(value: PNode | undefined): boolean {
  if (!value) return false;
  if (value.type === 'string') return value.value === '*';
  return (
    value.type === 'array' && value.items.length > 0 && value.items.every((i) => i.type === 'string' && i.value === '*')
  );
}

const TAIL =
  'AWS Organizations accepts Allow in an RCP only as in the default RCPFullAWSAccess; restrict access with Deny statements.';

/** An Allow statement of a resource control policy that is not the plain allow-everything of RCPFullAWSAccess. */
export const rcpAllowStatement: Rule = {
  id: 'rcp-allow-statement',
  name: 'Restricted Allow statement in a resource control policy',
  summary: 'An Allow statement of a resource control policy has a Resource other than "*", NotResource or a Condition.',
  description: [
    'A resource control policy restricts; it never grants. AWS Organizations accepts `Allow` in an RCP only in',
    'the shape of the default `RCPFullAWSAccess` policy, which lets every request through to the other policies:',
    '`"Principal": "*"`, `"Resource": "*"` and no `Condition`. It rejects an Allow statement with specific',
    'resources, `NotResource` or a condition, so this is an error, shown on the offending element. Write the',
    'restriction as a `Deny` statement instead, with the condition that says when access is refused. The',
    'Principal of an RCP is checked by `rcp-principal`.',
  ].join(' '),
  severity: 'error',
  kinds: ['rcp'],
  accessAnalyzer: ['RCP_SYNTAX_ERROR_ALLOW'],
  checkStatement(statement, { report }) {
    if (effectOf(statement) !== 'Allow') return;
    const { Resource, NotResource, Condition } = statement.elements;
    if (Resource?.value && !isAll(Resource.value) && stringsOf(Resource).length > 0) {
      report(Resource.value, `An Allow statement of a resource control policy must have "Resource": "*": ${TAIL}`, {
        data: { replacement: '"*"' },
      });
    }
    if (NotResource) {
      report(NotResource.keySpan, `An Allow statement of a resource control policy cannot use NotResource: ${TAIL}`);
    }
    if (Condition) {
      report(Condition.keySpan, `An Allow statement of a resource control policy cannot have a Condition: ${TAIL}`);
    }
  },
};
