import { PNode, PObject, PProperty } from '../../../parsing/tree';
import { PerNode } from '../../perNode';
import { TemplateRule } from '../rule';
import { quoted } from '../util';

export const duplicateTemplateKey: TemplateRule = {
  id: 'cfn-duplicate-key',
  name: 'Duplicate key in the template',
  summary: 'The same key twice in one map of the template: two resources with one logical id, a property given twice.',
  description: [
    'CloudFormation rejects a template with a repeated key in JSON ("Duplicate key") and YAML parsers keep only one',
    'of the two, so a resource or property silently disappears. An error, on the later key, naming the line of the',
    'first. Keys repeated inside an embedded policy are reported by the policy rule `duplicate-key` instead.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E0000'],
  check({ template, report, policyRoots, lineOf }) {
    const pairs: Duplicate[] = [];
    const resources = template.sections.Resources?.value;
    const stack: PNode[] = [template.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'array') for (const item of node.items) stack.push(item);
      if (node.type !== 'object' || policyRoots.has(node)) continue;
      pairs.push(...duplicatesOf(node));
      for (const p of node.properties) {
        if (!p.value) continue;
        // Each resource's duplicates are kept with its parse node (its policies, which decide what is skipped,
        // depend on it and on the transforms alone): an edit elsewhere reads only the resource it fell in.
        if (node === resources) pairs.push(...RESOURCE_DUPLICATES.get(p.value, template.transformsKey, policyRoots));
        else stack.push(p.value);
      }
    }
    for (const [first, repeated] of pairs) {
      report(
        repeated.keySpan,
        `Duplicate key ${quoted(repeated.key)}: it is already on line ${lineOf(first.keySpan.offset) + 1}, and only one of the two would be kept.`,
      );
    }
  },
};

/** A key repeated in one map: the first property with the key, and a later one. Both move with the tree. */
type Duplicate = [first: PProperty, repeated: PProperty];

const RESOURCE_DUPLICATES = new PerNode<Duplicate[], ReadonlySet<PNode>>(
  (node, _key, policyRoots) => duplicatesIn(node, policyRoots),
  (pairs) => pairs,
);

/** The repeated keys of the maps below a node, those of embedded policies left to the policy rule. */
function duplicatesIn(root: PNode, policyRoots: ReadonlySet<PNode>): Duplicate[] {
  const found: Duplicate[] = [];
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'array') for (const item of node.items) stack.push(item);
    if (node.type !== 'object' || policyRoots.has(node)) continue;
    found.push(...duplicatesOf(node));
    for (const p of node.properties) if (p.value) stack.push(p.value);
  }
  return found;
}

function duplicatesOf(node: PObject): Duplicate[] {
  if (node.properties.length < 2) return [];
  const found: Duplicate[] = [];
  const seen = new Map<string, PProperty>();
  for (const property of node.properties) {
    const first = seen.get(property.key);
    if (first === undefined) seen.set(property.key, property);
    else found.push([first, property]);
  }
  return found;
}
