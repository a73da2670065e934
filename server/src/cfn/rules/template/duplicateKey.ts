import { PNode, PObject } from '../../../parsing/tree';
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
    const stack: PNode[] = [template.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'array') for (const item of node.items) stack.push(item);
      if (node.type !== 'object' || policyRoots.has(node)) continue;
      checkObject(node, report, lineOf);
      for (const p of node.properties) if (p.value) stack.push(p.value);
    }
  },
};

function checkObject(
  node: PObject,
  report: (span: { offset: number; length: number }, message: string) => void,
  lineOf: (offset: number) => number,
): void {
  if (node.properties.length < 2) return;
  const seen = new Map<string, number>();
  for (const property of node.properties) {
    const first = seen.get(property.key);
    if (first === undefined) {
      seen.set(property.key, property.keySpan.offset);
      continue;
    }
    report(
      property.keySpan,
      `Duplicate key ${quoted(property.key)}: it is already on line ${lineOf(first) + 1}, and only one of the two would be kept.`,
    );
  }
}
