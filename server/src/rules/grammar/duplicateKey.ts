import { PNode, PObject, PProperty } from '../../parsing/tree';
import { Reporter, Rule } from '../rule';
import { shown } from './shown';

/** What an object is in the policy, which decides how a repeated key is explained and fixed. */
type Place = 'policy' | 'statement' | 'condition' | 'operator' | 'principal' | 'object';

const LIST_ELEMENTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

/** The same key twice in one object of the policy. */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  name: 'Duplicate key',
  summary: 'The same key appears twice in one object: two Effects, two Resource elements, two StringEquals blocks.',
  description: [
    'JSON parsers disagree on a repeated key (most keep the last one and drop the first without a word), so a',
    'policy must never have one. IAM rejects new policies with a repeated element ("More than one Effect, Action or',
    'Resource element"), and where a service accepts them, all but one of the repeated blocks are silently lost:',
    'two `StringEquals` blocks in a Condition leave only one of their tests. So this is an error, shown on the later',
    'key and naming the first. The fix is to merge: one `Resource` array with every value, one `StringEquals` block',
    'with every key. (The same condition key with different capitalisation is `DUPLICATE_KEYS_WITH_DIFFERENT_CASE`,',
    'reported by the condition rules.)',
  ].join(' '),
  severity: 'error',
  checkDocument({ policy, report }) {
    const statements = new Set<PNode>(policy.statements.map((s) => s.node));
    walk(policy.root, 'policy', (node) => !statements.has(node), report);
  },
  checkStatement(statement, { report }) {
    walk(statement.node, 'statement', () => true, report);
  },
};

/**
 * Checks every object under `start` (iteratively: the parser bounds depth, but a stack costs nothing), entering
 * only the nodes `enter` accepts, so that statements are left to the per-statement check. Array items take the
 * place of their array: the items of the Statement array are statements.
 */
function walk(start: PObject, place: Place, enter: (node: PNode) => boolean, report: Reporter['report']): void {
  const stack: [PNode, Place][] = [[start, place]];
  while (stack.length > 0) {
    const [node, where] = stack.pop()!;
    if (node.type === 'array') {
      for (const item of node.items) if (enter(item)) stack.push([item, where]);
    } else if (node.type === 'object') {
      checkObject(node, where, report);
      for (const p of node.properties) if (p.value && enter(p.value)) stack.push([p.value, childPlace(where, p.key)]);
    }
  }
}

function childPlace(parent: Place, key: string): Place {
  if (parent === 'policy' && key === 'Statement') return 'statement';
  if (parent === 'statement' && key === 'Condition') return 'condition';
  if (parent === 'statement' && (key === 'Principal' || key === 'NotPrincipal')) return 'principal';
  return parent === 'condition' ? 'operator' : 'object';
}

function checkObject(node: PObject, place: Place, report: Reporter['report']): void {
  const firsts = new Map<string, PProperty>();
  for (const property of node.properties) {
    const first = firsts.get(property.key);
    if (!first) {
      firsts.set(property.key, property);
      continue;
    }
    report(
      property.keySpan,
      `Duplicate key ${shown(property.key)} in ${placeName(place)}: ${advice(property.key, place)}.`,
      {
        data: { first: { offset: first.keySpan.offset, length: first.keySpan.length } },
      },
    );
  }
}

function placeName(place: Place): string {
  switch (place) {
    case 'policy':
      return 'the policy';
    case 'statement':
      return 'this statement';
    case 'condition':
      return 'this Condition';
    case 'operator':
      return 'this condition operator';
    case 'principal':
      return 'this principal';
    default:
      return 'this object';
  }
}

function advice(key: string, place: Place): string {
  if (place === 'policy' && key === 'Statement') return 'put every statement in one Statement array';
  if (place === 'statement' && LIST_ELEMENTS.has(key)) return `merge both values into one ${key} array`;
  if (place === 'condition') return 'merge both blocks into one, or AWS keeps only one of them';
  if (place === 'operator' || place === 'principal') return 'merge both values into one array';
  return 'keep only one';
}
