import { RESOURCE_KINDS } from '../../model/kind';
import { PNode } from '../../parsing/tree';
import { Rule } from '../rule';
import { isPrincipalKey, principalElements } from './principalValues';

/** A Principal that names no one: `{}`, or keys whose lists are all empty. */
export const emptyPrincipal: Rule = {
  id: 'empty-principal',
  name: 'Principal that names no one',
  summary: 'Principal or NotPrincipal is an empty object or has only empty lists.',
  description: [
    'A statement applies only to the principals its `Principal` names. With `{}` or `{"AWS": []}` it names no one and',
    'never takes effect, which is almost always a value lost in editing or a template that produced nothing. The',
    'policy may still be accepted, so this is a warning rather than an error. Add the principals the statement is',
    'for, or remove the statement. An empty `NotPrincipal` is the reverse: it excludes no one, so the statement',
    'applies to everyone.',
  ].join(' '),
  severity: 'warning',
  kinds: [...RESOURCE_KINDS],
  accessAnalyzer: ['EMPTY_OBJECT_PRINCIPAL', 'EMPTY_ARRAY_PRINCIPAL'],
  checkStatement(statement, { report }) {
    for (const element of principalElements(statement)) {
      const value = element.value;
      if (value?.type !== 'object') continue;
      if (value.properties.length === 0) {
        report(value, emptyMessage(element.key, 'is empty'));
        continue;
      }
      const lists = value.properties.filter((p) => isPrincipalKey(p.key)).map((p) => p.value);
      const first = lists[0];
      if (!first || !lists.every(isEmptyArray)) continue;
      report(first, emptyMessage(element.key, 'lists no principals'));
    }
  },
};

function emptyMessage(element: string, what: string): string {
  return element === 'NotPrincipal'
    ? `NotPrincipal ${what}, so it excludes no one and the statement applies to everyone: name the principals to exclude.`
    : `Principal ${what}, so the statement applies to no one: name the principals it is for.`;
}

function isEmptyArray(node: PNode | undefined): boolean {
  return node?.type === 'array' && node.items.length === 0;
}
