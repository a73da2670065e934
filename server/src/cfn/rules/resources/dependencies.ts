import { Reference } from '../../references';
import { Template } from '../../template';
import { TemplateRule } from '../rule';
import { didYouMean, quoted } from '../util';

const IMPLICIT = new Set(['Ref', 'GetAtt', 'Sub']);

export const invalidDependsOn: TemplateRule = {
  id: 'cfn-invalid-depends-on',
  name: 'DependsOn names no resource',
  summary: 'A DependsOn entry that is not the logical id of a resource of the template.',
  description: [
    'DependsOn names resources of the same template; CloudFormation rejects a name it cannot find ("Template format',
    'error: Unresolved resource dependencies … in the Resources block of the template"). A parameter or an output is',
    'not a resource. A conditional resource may be named only by resources under the same condition, which is not',
    'checked here.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3005'],
  check({ template, references, report }) {
    if (template.hasGeneratedNames) return;
    const names = template.resources.map((r) => r.name);
    for (const ref of references) {
      if (ref.kind !== 'DependsOn' || template.resource(ref.target)) continue;
      const hint = didYouMean(ref.target, names);
      report(ref.span, `DependsOn names ${quoted(ref.target)}, which is not a resource of this template.${hint.text}`, {
        data: hint.replacement ? { replacement: hint.replacement } : undefined,
      });
    }
  },
};

export const redundantDependsOn: TemplateRule = {
  id: 'cfn-redundant-depends-on',
  name: 'DependsOn already implied',
  summary: 'A DependsOn entry for a resource that the same resource already references with Ref, GetAtt or Sub.',
  description: [
    'A `Ref`, `Fn::GetAtt` or `${…}` naming another resource already makes CloudFormation create that resource first,',
    'so a DependsOn on it says nothing more. Harmless, and shown as a faded hint that can be removed.',
  ].join(' '),
  severity: 'hint',
  cfnLint: ['W3005'],
  check({ references, report }) {
    const implied = new Set<string>();
    for (const ref of references) if (ref.from && IMPLICIT.has(ref.kind)) implied.add(`${ref.from}\n${ref.target}`);
    for (const ref of references) {
      if (ref.kind !== 'DependsOn' || !ref.from || !implied.has(`${ref.from}\n${ref.target}`)) continue;
      report(
        ref.span,
        `${ref.from} already depends on ${ref.target} through a reference to it; this DependsOn is redundant.`,
        {
          unnecessary: true,
        },
      );
    }
  },
};

export const circularDependency: TemplateRule = {
  id: 'cfn-circular-dependency',
  name: 'Circular dependency',
  summary:
    'Resources that depend on each other in a cycle, through DependsOn, Ref, GetAtt or Sub, with the cycle named.',
  description: [
    'CloudFormation creates a resource after every resource it depends on, explicitly (DependsOn) or through a',
    'reference (Ref, Fn::GetAtt, `${…}` in Fn::Sub). A cycle can never be created: the stack fails at once with',
    '"Circular dependency between resources". Each resource of the cycle is marked, and the message gives the whole',
    'cycle so that the link to break can be chosen; a security group that references itself is the classic case',
    '(use a separate `AWS::EC2::SecurityGroupIngress`).',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3004'],
  check({ template, references, report }) {
    for (const cycle of cycles(template, references)) {
      const text = [...cycle, cycle[0]].join(' → ');
      for (const name of cycle) {
        const resource = template.resource(name);
        if (resource) report(resource.property.keySpan, `Circular dependency: ${text}.`);
      }
    }
  },
};

/** The dependency cycles among resources: one cycle per strongly connected component, shortest through its first resource. */
export function cycles(template: Template, references: readonly Reference[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const ref of references) {
    if (!ref.from || !(IMPLICIT.has(ref.kind) || ref.kind === 'DependsOn') || !template.resource(ref.target)) continue;
    let set = edges.get(ref.from);
    if (!set) edges.set(ref.from, (set = new Set()));
    set.add(ref.target);
  }
  const order = template.resources.map((r) => r.name);
  // The cycles are decided by the graph alone: an edit that leaves it as it was (most do) finds the same.
  const key = `${order.join('\n')}\u0000${[...edges].map(([from, to]) => `${from}>${[...to].join(',')}`).join('\n')}`;
  if (lastGraph?.key === key) return lastGraph.cycles;
  const components = stronglyConnected(order, edges);
  const found: string[][] = [];
  for (const component of components) {
    const first = order.find((n) => component.has(n))!;
    if (component.size === 1 && !edges.get(first)?.has(first)) continue;
    found.push(shortestCycle(first, component, edges));
  }
  lastGraph = { key, cycles: found };
  return found;
}

let lastGraph: { key: string; cycles: string[][] } | undefined;

/** Tarjan's algorithm with an explicit stack, so a long chain of resources cannot overflow the call stack. */
function stronglyConnected(nodes: string[], edges: Map<string, Set<string>>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: Set<string>[] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: [string, string[]][] = [[start, [...(edges.get(start) ?? [])]]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const [node, pending] = work[work.length - 1];
      const next = pending.shift();
      if (next !== undefined) {
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, [...(edges.get(next) ?? [])]]);
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component = new Set<string>();
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.add(member);
        } while (member !== node);
        result.push(component);
      }
    }
  }
  return result;
}

/** The shortest path from `start` back to itself inside the component, by breadth-first search. */
function shortestCycle(start: string, component: Set<string>, edges: Map<string, Set<string>>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const next of edges.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}
