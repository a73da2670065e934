import { PNode } from '../../parsing/tree';
import { Rule } from '../rule';

/** An Action or Resource that is an empty array: the statement can never apply. */
export const emptyElement: Rule = {
  id: 'empty-element',
  name: 'Empty Action or Resource',
  summary: 'Action or Resource is an empty array, so the statement never applies.',
  description: [
    'A statement applies only to the actions and resources it lists. With `"Action": []` or `"Resource": []` it',
    'lists none, so it never applies: an Allow grants nothing and a Deny denies nothing. AWS accepts the policy, but',
    'the statement is certainly not what was meant, so this is a warning (Access Analyzer reports these as',
    'suggestions). Add the values, or remove the statement. (An empty Principal is `empty-principal`.)',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['EMPTY_ARRAY_ACTION', 'EMPTY_ARRAY_RESOURCE'],
  checkStatement(statement, { report }) {
    for (const property of [statement.elements.Action, statement.elements.Resource]) {
      const value = property?.value;
      if (!property || !isEmptyArray(value)) continue;
      const what = property.key === 'Action' ? 'action' : 'resource';
      report(
        value,
        `${property.key} is empty, so this statement applies to no ${what}: add ${what}s or remove the statement.`,
        { unnecessary: true },
      );
    }
  },
};

/** True for `[]`. */
export function isEmptyArray(node: PNode | undefined): node is PNode {
  return node?.type === 'array' && node.items.length === 0;
}
