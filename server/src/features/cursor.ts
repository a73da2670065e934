import { TextDocument } from 'vscode-languageserver-textdocument';
import { EmbeddedPolicy } from '../cfn/embedded';
import { Resource } from '../cfn/template';
import { Analysis } from '../engine/analyze';
import { PolicyDocument, Statement, StatementElement, STATEMENT_ELEMENTS } from '../model/policy';
import { PNode, PProperty } from '../parsing/tree';
import { analysisOf } from './analyses';
import { DocumentSettings } from './settings';

/** One step from the root to the cursor: the node, and how it was reached from its parent. */
export interface PathStep {
  node: PNode;
  /** The property of the parent object whose value this node is. */
  property?: PProperty;
  /** The index in the parent array. */
  index?: number;
}

/**
 * What is at a position of a document, for completion and hover: the nodes from the root down to the cursor, the
 * property whose key or value holds it, and what that means: the policy, statement and element, the template
 * section and resource. The same for JSON and YAML, standalone policies and templates.
 */
export interface CursorContext {
  document: TextDocument;
  text: string;
  offset: number;
  analysis: Analysis;
  /** The nodes that hold the offset, outermost first (the root first). */
  path: PathStep[];
  /** The innermost node that holds the offset. */
  node?: PNode;
  /** The innermost property whose key or value holds the offset. */
  property?: PProperty;
  /** True when the offset is in that property's key (or where a new key is being typed). */
  inKey: boolean;
  /** The policy the offset is in: the document's own, or one embedded in a template (intrinsics resolved). */
  policy?: PolicyDocument;
  /** For an embedded policy, which resource property holds it. */
  embedded?: EmbeddedPolicy;
  statement?: Statement;
  /** The statement element the offset is in (`Action`, `Condition`, …). */
  element?: StatementElement;
  /** For a template: the top-level section and the resource the offset is in. */
  section?: string;
  resource?: Resource;
  /** The path of property keys below the resource's Properties (`BucketEncryption`, …), when in one. */
  propertyPath?: string[];
}

/**
 * Analyses a document (or takes the last analysis of this version) and tells what is at an offset. Undefined for a
 * document Policy Lens does not read.
 */
export function cursorAt(
  document: TextDocument,
  offset: number,
  settings: DocumentSettings,
  analysis: Analysis | undefined = analysisOf(document, settings),
): CursorContext | undefined {
  if (!analysis) return undefined;
  const text = document.getText();
  const path = pathTo(analysis.parse.root, offset);
  const last = path[path.length - 1];
  let property: PProperty | undefined;
  for (let i = path.length - 1; i >= 0 && !property; i--) property = path[i].property;
  const inKey = isInKey(path);
  const context: CursorContext = {
    document,
    text,
    offset,
    analysis,
    path,
    node: last?.node,
    property: inKey ? keyProperty(path, offset) : property,
    inKey,
  };
  if (analysis.policy) placeInPolicy(context, analysis.policy, offset);
  if (analysis.template) placeInTemplate(context, offset);
  return context;
}

/** The nodes that hold the offset, from the root down; an offset at the end of a token still counts as in it. */
export function pathTo(root: PNode | undefined, offset: number): PathStep[] {
  const path: PathStep[] = [];
  let step: PathStep | undefined = root && holds(root, offset) ? { node: root } : undefined;
  while (step) {
    path.push(step);
    const node: PNode = step.node;
    step = undefined;
    if (node.type === 'object') {
      for (const property of node.properties) {
        if (property.value && holds(property.value, offset)) {
          step = { node: property.value, property };
          break;
        }
      }
    } else if (node.type === 'array') {
      const index = node.items.findIndex((item) => holds(item, offset));
      if (index >= 0) step = { node: node.items[index], index };
    }
  }
  return path;
}

function holds(node: PNode, offset: number): boolean {
  return offset >= node.offset && offset <= node.offset + node.length;
}

/**
 * True when the offset is where a key stands or goes: no value of the innermost object holds it, so it is in one of
 * the object's keys or between its properties.
 */
function isInKey(path: PathStep[]): boolean {
  return path[path.length - 1]?.node.type === 'object';
}

/** The property of the innermost object whose key holds the offset. */
function keyProperty(path: PathStep[], offset: number): PProperty | undefined {
  const last = path[path.length - 1]?.node;
  if (last?.type !== 'object') return undefined;
  return last.properties.find((p) => offset >= p.keySpan.offset && offset <= p.keySpan.offset + p.keySpan.length);
}

function placeInPolicy(context: CursorContext, policy: PolicyDocument, offset: number): void {
  context.policy = policy;
  const statement = policy.statements.find((s) => holds(s.node, offset));
  if (!statement) return;
  context.statement = statement;
  for (const name of STATEMENT_ELEMENTS) {
    const element = statement.elements[name];
    if (element && offset >= element.offset && offset <= element.offset + element.length) {
      context.element = name;
      return;
    }
  }
}

function placeInTemplate(context: CursorContext, offset: number): void {
  const template = context.analysis.template!;
  const section = template.template.root.properties.find((p) => offset >= p.offset && offset <= p.offset + p.length);
  context.section = section?.key;
  const resource = template.template.resources.find(
    (r) => offset >= r.property.offset && offset <= r.property.offset + r.property.length,
  );
  context.resource = resource;
  const embedded = template.policies.find(
    (p) => offset >= p.source.offset && offset <= p.source.offset + p.source.length,
  );
  if (embedded) {
    context.embedded = embedded.embedded;
    placeInPolicy(context, embedded.policy, offset);
  }
  if (resource?.properties && holds(resource.properties, offset)) {
    const below = context.path.findIndex((s) => s.node === resource.properties);
    context.propertyPath = context.path.slice(below + 1).flatMap((s) => (s.property ? [s.property.key] : []));
  }
}
