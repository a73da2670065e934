import { PNode, PString, Span, spanInString, valueSpan } from '../parsing/tree';
import { IntrinsicCall, intrinsicOf } from './intrinsics';
import { moved, PerNode } from './perNode';
import { parseSub } from './sub';
import { Template } from './template';

/** Where a reference stands in the template. */
export type ReferenceKind = 'Ref' | 'GetAtt' | 'Sub' | 'Condition' | 'DependsOn' | 'FindInMap';

/** A name used somewhere in the template: a Ref, a GetAtt, a `${…}` of a Sub, a condition, a DependsOn. */
export interface Reference {
  kind: ReferenceKind;
  /** The logical id, parameter, pseudo parameter, condition or mapping named. */
  target: string;
  /** For GetAtt and `${X.Attr}`: the attribute. */
  attribute?: string;
  /** The span of the name itself where it can be told, else of the whole value. */
  span: Span;
  /** The span of the attribute part, where it can be told. */
  attributeSpan?: Span;
  /** The resource (logical id) whose definition holds the reference, if any. */
  from?: string;
  /** The top-level section the reference is in. */
  section: string;
  /** The call it is part of (for Ref, GetAtt and Sub). */
  call?: IntrinsicCall;
}

/**
 * Every reference of a template, in document order. One walk over the tree with its own stack (no recursion), so
 * nesting cannot overflow; the tree's depth is already bounded by the parser.
 */
export function collectReferences(template: Template): Reference[] {
  const found: Reference[] = [];
  for (const section of template.root.properties) {
    if (!section.value) continue;
    if (section.key === 'Resources') {
      // The bodies of Fn::ForEach loops are resources too, whose names are made by the loop.
      if (section.value.type === 'object') {
        for (const loop of section.value.properties) {
          if (loop.key.startsWith('Fn::ForEach::') && loop.value) walk(loop.value, 'Resources', undefined, found);
        }
      }
      for (const resource of template.resources) {
        if (resource.node) found.push(...RESOURCE_REFERENCES.get(resource.node, resource.name));
      }
    } else if (section.key === 'Conditions' || section.key === 'Outputs' || section.key === 'Rules') {
      walk(section.value, section.key, undefined, found, section.key !== 'Outputs');
      if (section.key === 'Outputs' && section.value.type === 'object') {
        for (const output of section.value.properties) {
          const condition =
            output.value?.type === 'object' ? output.value.properties.find((p) => p.key === 'Condition') : undefined;
          if (condition?.value?.type === 'string') {
            found.push({
              kind: 'Condition',
              target: condition.value.value,
              span: valueSpan(condition.value),
              section: 'Outputs',
            });
          }
        }
      }
    } else if (section.key === 'Parameters' || section.key === 'Mappings' || section.key === 'Metadata') {
      // Parameters and Mappings hold no intrinsics; Metadata may (cfn-init) and is resolved at deploy time.
      if (section.key === 'Metadata') walk(section.value, 'Metadata', undefined, found);
    }
  }
  found.sort((a, b) => a.span.offset - b.span.offset);
  return found;
}

/** The references in one resource, kept per parse node: an edit elsewhere finds them again only where it fell. */
const RESOURCE_REFERENCES = new PerNode<Reference[]>(
  (node, name) => {
    const found: Reference[] = [];
    for (const property of node.type === 'object' ? node.properties : []) {
      if (property.key === 'DependsOn') dependsOn(property.value, name, found);
      else if (property.key === 'Condition' && property.value?.type === 'string') {
        found.push({
          kind: 'Condition',
          target: property.value.value,
          span: valueSpan(property.value),
          from: name,
          section: 'Resources',
        });
      } else if (property.value) walk(property.value, 'Resources', name, found);
    }
    return found;
  },
  (references, delta) =>
    references.map((r) => ({
      ...r,
      span: moved(r.span, delta),
      ...('attributeSpan' in r ? { attributeSpan: r.attributeSpan && moved(r.attributeSpan, delta) } : {}),
    })),
);

function dependsOn(value: PNode | undefined, from: string, found: Reference[]): void {
  const items = value?.type === 'array' ? value.items : value ? [value] : [];
  for (const item of items) {
    if (item.type === 'string')
      found.push({ kind: 'DependsOn', target: item.value, span: valueSpan(item), from, section: 'Resources' });
  }
}

function walk(root: PNode, section: string, from: string | undefined, found: Reference[], conditions = false): void {
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const call = intrinsicOf(node, conditions);
    if (call) {
      referencesOfCall(call, section, from, found);
      // The arguments may hold more calls (a Ref inside a Join); Sub's text is read above, its variable map here.
      if (call.argument) stack.push(call.argument);
      continue;
    }
    if (node.type === 'object') {
      for (const p of node.properties) if (p.value) stack.push(p.value);
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    }
  }
}

function referencesOfCall(call: IntrinsicCall, section: string, from: string | undefined, found: Reference[]): void {
  const arg = call.argument;
  const base = { section, from, call };
  switch (call.name) {
    case 'Ref':
      if (arg?.type === 'string') found.push({ kind: 'Ref', target: arg.value, span: valueSpan(arg), ...base });
      return;
    case 'Condition':
      if (arg?.type === 'string') found.push({ kind: 'Condition', target: arg.value, span: valueSpan(arg), ...base });
      return;
    case 'Fn::If': {
      const name = arg?.type === 'array' ? arg.items[0] : undefined;
      if (name?.type === 'string')
        found.push({ kind: 'Condition', target: name.value, span: valueSpan(name), ...base });
      return;
    }
    case 'Fn::FindInMap': {
      const name = arg?.type === 'array' ? arg.items[0] : undefined;
      // A map named by a function has the empty target: any mapping may be the one.
      if (name)
        found.push({
          kind: 'FindInMap',
          target: name.type === 'string' ? name.value : '',
          span: name.type === 'string' ? valueSpan(name) : { offset: name.offset, length: name.length },
          ...base,
        });
      return;
    }
    case 'Fn::GetAtt':
      getAtt(call, found, base);
      return;
    case 'Fn::Sub': {
      const text =
        arg?.type === 'string'
          ? arg
          : arg?.type === 'array' && arg.items[0]?.type === 'string'
            ? arg.items[0]
            : undefined;
      if (!text) return;
      const map = arg?.type === 'array' && arg.items[1]?.type === 'object' ? arg.items[1] : undefined;
      const local = new Set(map?.properties.map((p) => p.key) ?? []);
      subReferences(text, local, found, base);
      return;
    }
  }
}

function getAtt(call: IntrinsicCall, found: Reference[], base: Pick<Reference, 'section' | 'from' | 'call'>): void {
  const arg = call.argument;
  if (arg?.type === 'string') {
    const dot = arg.value.indexOf('.');
    if (dot <= 0) return;
    found.push({
      kind: 'GetAtt',
      target: arg.value.slice(0, dot),
      attribute: arg.value.slice(dot + 1),
      span: spanInString(arg, 0, dot),
      attributeSpan: spanInString(arg, dot + 1, arg.value.length),
      ...base,
    });
  } else if (arg?.type === 'array' && arg.items[0]?.type === 'string') {
    const attribute = arg.items[1];
    found.push({
      kind: 'GetAtt',
      target: arg.items[0].value,
      attribute: attribute?.type === 'string' ? attribute.value : undefined,
      span: valueSpan(arg.items[0]),
      attributeSpan: attribute?.type === 'string' ? valueSpan(attribute) : undefined,
      ...base,
    });
  }
}

function subReferences(
  text: PString,
  local: Set<string>,
  found: Reference[],
  base: Pick<Reference, 'section' | 'from' | 'call'>,
): void {
  for (const part of parseSub(text.value)) {
    if (part.kind !== 'variable' || local.has(part.name)) continue;
    const nameStart = text.value.indexOf(part.name, part.start + 2);
    const dot = part.name.indexOf('.');
    // `${AWS::Region}` has no dot; `${MyBucket.Arn}` is a GetAtt.
    const target = dot > 0 && !part.name.startsWith('AWS::') ? part.name.slice(0, dot) : part.name;
    const attribute = target !== part.name ? part.name.slice(dot + 1) : undefined;
    found.push({
      kind: 'Sub',
      target,
      attribute,
      span: spanInString(text, nameStart, nameStart + target.length),
      attributeSpan: attribute ? spanInString(text, nameStart + dot + 1, nameStart + part.name.length) : undefined,
      ...base,
    });
  }
}
