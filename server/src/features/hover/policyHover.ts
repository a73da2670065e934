import { Catalog } from '../../catalog/catalog';
import { intrinsicOf } from '../../cfn/intrinsics';
import { STATEMENT_ELEMENTS, StatementElement } from '../../model/policy';
import { PNode, PProperty, PString, Span, valueSpan } from '../../parsing/tree';
import { keyNameSpan } from '../../rules/conditions/spans';
import { isPrincipalKey } from '../../rules/principals/principalValues';
import { CursorContext, pathTo } from '../cursor';
import { actionMarkdown } from './actions';
import { arnMarkdown } from './arns';
import { conditionKeyMarkdown, operatorMarkdown } from './conditions';
import { elementMarkdown, principalKeyMarkdown } from './elements';
import { HoverPart, code, joinWords, paragraphs } from './markdown';
import { principalMarkdown } from './principals';

/** A hover part in a policy; `built` when the value under the cursor was built by an intrinsic of a template. */
export interface PolicyHoverPart extends HoverPart {
  built?: boolean;
}

/**
 * The hover in a policy, standalone or embedded in a template: its elements' keys, actions, resources, principals,
 * condition operators, keys and ARN values. Embedded policies are read with their intrinsics resolved.
 */
export function policyHover(context: CursorContext, catalog: Catalog): PolicyHoverPart | undefined {
  const { policy, statement, offset } = context;
  if (!policy) return undefined;
  for (const property of [policy.version, policy.id, policy.statement]) {
    if (property && inKeyName(property, offset)) return keyPart(property, elementMarkdown(property.key, policy.kind));
  }
  if (!statement) return undefined;
  for (const name of STATEMENT_ELEMENTS) {
    const property = statement.elements[name];
    if (property && inKeyName(property, offset)) return keyPart(property, elementMarkdown(name, policy.kind));
  }
  const element = context.element;
  const value = element ? statement.elements[element]?.value : undefined;
  if (!element || !value) return undefined;
  const nodes = pathTo(value, offset).map((s) => s.node);
  const last = nodes[nodes.length - 1];
  // An intrinsic left in a resolved policy is a value that cannot be told (a parameter, an import): its arguments
  // are no policy values.
  if (!last || (context.embedded && nodes.some((n) => intrinsicOf(n)))) return undefined;
  switch (element) {
    case 'Action':
    case 'NotAction':
      return last.type === 'string'
        ? valuePart(context, last, actionMarkdown(last.value, catalog, element === 'NotAction'))
        : undefined;
    case 'Resource':
    case 'NotResource':
      return last.type === 'string' ? resourcePart(context, last, element, catalog) : undefined;
    case 'Principal':
    case 'NotPrincipal':
      return principalPart(context, nodes, element, catalog);
    case 'Condition':
      return conditionPart(context, nodes, catalog);
    default:
      return undefined;
  }
}

function resourcePart(
  context: CursorContext,
  node: PString,
  element: StatementElement,
  catalog: Catalog,
): PolicyHoverPart | undefined {
  const negated = element === 'NotResource';
  if (node.value === '*') {
    const markdown = negated
      ? paragraphs(
          '**All resources** (`*`)',
          'In `NotResource`: every resource is excluded, so the statement covers none.',
        )
      : paragraphs(
          '**All resources** (`*`)',
          'Every resource the actions of the statement can name. Actions that have no resource types need it.',
        );
    return valuePart(context, node, markdown);
  }
  return valuePart(context, node, arnMarkdown(node, catalog, { statement: context.statement, negated }));
}

function principalPart(
  context: CursorContext,
  nodes: PNode[],
  element: StatementElement,
  catalog: Catalog,
): PolicyHoverPart | undefined {
  const root = nodes[0];
  const keyed = nodes[nodes.length - 1];
  const place = { kind: context.policy!.kind, negated: element === 'NotPrincipal' };
  if (root.type === 'string') return valuePart(context, root, principalMarkdown(root.value, place, catalog));
  if (root.type !== 'object') return undefined;
  if (keyed === root) {
    const property = keyAt(root, context.offset);
    return property && keyPart(property, principalKeyMarkdown(property.key));
  }
  const key = root.properties.find((p) => p.value === nodes[1])?.key;
  if (!key || !isPrincipalKey(key) || keyed.type !== 'string') return undefined;
  const markdown = principalMarkdown(keyed.value, { ...place, key }, catalog) ?? arnMarkdown(keyed, catalog);
  return valuePart(context, keyed, markdown);
}

function conditionPart(context: CursorContext, nodes: PNode[], catalog: Catalog): PolicyHoverPart | undefined {
  const [block, operator] = nodes;
  const last = nodes[nodes.length - 1];
  if (block.type !== 'object') return undefined;
  if (last === block) {
    const property = keyAt(block, context.offset);
    return property && keyPart(property, operatorMarkdown(property.key));
  }
  if (last === operator) {
    if (operator.type !== 'object') return undefined;
    const property = keyAt(operator, context.offset);
    return property && keyPart(property, conditionKeyMarkdown(property.key, catalog, context.statement));
  }
  return last.type === 'string' ? valuePart(context, last, arnMarkdown(last, catalog)) : undefined;
}

/** The property of an object whose key name holds the offset. */
function keyAt(node: PNode, offset: number): PProperty | undefined {
  return node.type === 'object' ? node.properties.find((p) => inKeyName(p, offset)) : undefined;
}

function inKeyName(property: PProperty, offset: number): boolean {
  const span = keyNameSpan(property);
  return offset >= span.offset && offset <= span.offset + span.length;
}

function keyPart(property: PProperty, markdown: string | undefined): PolicyHoverPart | undefined {
  return markdown ? { markdown, span: keyNameSpan(property) } : undefined;
}

/** A value's hover, with how it was built when an intrinsic of the template made it. */
function valuePart(context: CursorContext, node: PString, markdown: string | undefined): PolicyHoverPart | undefined {
  if (!markdown) return undefined;
  const built = builtBy(context, node);
  return { markdown: paragraphs(markdown, built), span: stringSpan(node), built: built !== undefined };
}

/** The span of a string without its quotes, or the whole node (an intrinsic a resolved value stands for). */
export function stringSpan(node: PString): Span {
  return node.valueOffset !== undefined ? valueSpan(node) : { offset: node.offset, length: node.length };
}

const PSEUDO_IN_ARNS = ['${AWS::Partition}', '${AWS::Region}', '${AWS::AccountId}'];

/**
 * For a value of an embedded policy that an intrinsic built: which function, the value as the policy is checked,
 * and what its samples and stand-ins stand for (`aws` for `${AWS::Partition}`, `bucket` for `${Bucket}`).
 */
function builtBy(context: CursorContext, node: PString): string | undefined {
  const embedded = context.embedded;
  const template = context.analysis.template;
  if (!embedded || !template || node.valueOffset !== undefined) return undefined;
  const raw = context.path.find(
    (s) => s.node.type === 'object' && s.node.offset === node.offset && s.node.length === node.length,
  )?.node;
  const call = intrinsicOf(raw);
  if (!call || raw?.type !== 'object') return undefined;
  // The names the value is built from; a resource's ARN or name brings the pseudo parameters of its ARN format.
  const shown = new Set<string>();
  for (const reference of template.references) {
    if (reference.span.offset < raw.offset || reference.span.offset > raw.offset + raw.length) continue;
    shown.add(`\${${reference.target}}`);
    const resource = template.template.resource(reference.target);
    if (resource || reference.attribute !== undefined) for (const p of PSEUDO_IN_ARNS) shown.add(p);
  }
  const samples = [...embedded.samples]
    .filter(([value, name]) => shown.has(name) && value !== '' && node.value.includes(value))
    .sort((a, b) => node.value.indexOf(a[0]) - node.value.indexOf(b[0]));
  const parts = samples.map(([value, name], i) => `${code(value)} ${i === 0 ? 'stands for' : 'for'} ${code(name)}`);
  const where = parts.length > 0 ? `, where ${joinWords(parts)}` : '';
  return `Built by ${code(raw.tag ?? call.name)}; checked as ${code(node.value)}${where}.`;
}
