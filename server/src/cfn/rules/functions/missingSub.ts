import { PNode, PString, spanInString } from '../../../parsing/tree';
import { intrinsicOf, pseudoParameter } from '../../intrinsics';
import { PerNode } from '../../perNode';
import { parseSub } from '../../sub';
import { TemplateRule } from '../rule';

export const missingSub: TemplateRule = {
  id: 'cfn-missing-sub',
  name: 'Variable outside Fn::Sub',
  summary: 'A plain string holding `${AWS::Region}` or `${MyResource}`, which only `Fn::Sub` replaces.',
  description: [
    'CloudFormation replaces `${…}` only inside `Fn::Sub`; elsewhere the text stays as it is, so a bucket named',
    '`logs-${AWS::AccountId}` fails, or a policy names an ARN with `${MyBucket}` in it and matches nothing. Reported',
    "for pseudo parameters and the names of the template's parameters and resources; IAM policy variables such as",
    '`${aws:username}` are left alone, as they belong in policies as they are.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1029'],
  check({ template, report }) {
    const known = (name: string) => {
      const base = name.includes('.') && !name.startsWith('AWS::') ? name.slice(0, name.indexOf('.')) : name;
      return !!pseudoParameter(base) || !!template.parameter(base) || !!template.resource(base);
    };
    const variables: Variable[] = [];
    const resources = template.sections.Resources?.value;
    if (resources?.type === 'object') {
      // Each resource's variables are kept with its parse node: an edit elsewhere reads only the one it fell in.
      for (const entry of resources.properties) if (entry.value) variables.push(...RESOURCE_VARIABLES.get(entry.value));
    } else if (resources) variables.push(...variablesIn(resources));
    const outputs = template.sections.Outputs?.value;
    if (outputs) variables.push(...variablesIn(outputs));
    for (const { node, start, length, name } of variables) {
      if (!known(name)) continue;
      report(
        spanInString(node, start, start + length),
        `\${${name}} is only replaced inside Fn::Sub; here it stays as written.`,
      );
    }
  },
};

/** A `${…}` in a plain string; the string is a node, which moves with the tree. */
interface Variable {
  node: PString;
  start: number;
  length: number;
  name: string;
}

const RESOURCE_VARIABLES = new PerNode<Variable[]>(
  (node) => variablesIn(node),
  (variables) => variables,
);

/** The `${…}` of the plain strings below a node, outside `Fn::Sub` (whose string is substituted). */
function variablesIn(root: PNode): Variable[] {
  const found: Variable[] = [];
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const call = intrinsicOf(node);
    // The string of a Sub is substituted; every other argument is walked.
    if (call?.name === 'Fn::Sub') {
      const arg = call.argument;
      if (arg?.type === 'array' && arg.items[1]) stack.push(arg.items[1]);
      continue;
    }
    if (node.type === 'string') {
      // A multi-line string is a script or an inner template (UserData, TemplateBody): its variables are its own.
      if (!node.value.includes('${') || node.value.includes('\n')) continue;
      for (const part of parseSub(node.value)) {
        if (part.kind === 'variable') found.push({ node, start: part.start, length: part.length, name: part.name });
      }
    } else if (node.type === 'object') {
      for (const p of node.properties) if (p.value) stack.push(p.value);
    } else if (node.type === 'array') for (const item of node.items) stack.push(item);
  }
  return found;
}
