import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EmbeddedPolicy } from '../cfn/embedded';
import { intrinsicOf } from '../cfn/intrinsics';
import { Analysis } from '../engine/analyze';
import { TemplateAnalysis } from '../engine/analyzeTemplate';
import { conditionEntries } from '../model/condition';
import { KIND_NAMES } from '../model/kind';
import { PolicyDocument, Statement, StatementElement } from '../model/policy';
import { PNode, PObject, PProperty, Span, valueSpan } from '../parsing/tree';

/**
 * The outline of a document. A policy: its Version and Id, then one symbol per statement (named by its Sid or its
 * place, with a summary of its effect, principals, actions, resources and conditions) whose children are its
 * Principal, Action, Resource and Condition elements. A template: one symbol per section, with its parameters,
 * mappings, conditions, resources and outputs as children; a resource that holds policies has them as children,
 * each with its statements.
 */
export function documentSymbols(analysis: Analysis, document: TextDocument): DocumentSymbol[] {
  const make = new SymbolMaker(document);
  if (analysis.template) return templateSymbols(analysis.template, make);
  if (analysis.policy) return policySymbols(analysis.policy, make);
  return [];
}

/** The longest detail shown for a value before it is cut with `…`. */
const MAX_DETAIL = 60;

/** Builds symbols from spans, keeping the selection inside the range as the editor requires. */
class SymbolMaker {
  readonly text: string;
  constructor(private readonly document: TextDocument) {
    this.text = document.getText();
  }

  symbol(
    name: string,
    kind: SymbolKind,
    span: Span,
    selection: Span,
    detail?: string,
    children?: DocumentSymbol[],
  ): DocumentSymbol {
    const inside = selection.offset >= span.offset && selection.offset + selection.length <= span.offset + span.length;
    const chosen = inside ? selection : { offset: span.offset, length: 0 };
    const symbol: DocumentSymbol = {
      // The editor refuses an empty or blank name.
      name: name.trim() ? name : JSON.stringify(name),
      kind,
      range: this.range(span),
      selectionRange: this.range(chosen),
    };
    if (detail) symbol.detail = detail;
    // In document order, as the outline shows them by default.
    if (children && children.length > 0) symbol.children = [...children].sort(byStart);
    return symbol;
  }

  range(span: Span): Range {
    return { start: this.document.positionAt(span.offset), end: this.document.positionAt(span.offset + span.length) };
  }

  /** Where an object starts: its `{`, or in a YAML block mapping its first key. */
  opening(node: PNode): Span {
    if (this.text[node.offset] !== '{' && node.type === 'object' && node.properties.length > 0) {
      return node.properties[0].keySpan;
    }
    return { offset: node.offset, length: node.length > 0 ? 1 : 0 };
  }
}

function byStart(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

// ---------------------------------------------------------------------------------------------------------------
// Policies

function policySymbols(policy: PolicyDocument, make: SymbolMaker): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const property of [policy.version, policy.id]) {
    if (property) symbols.push(propertySymbol(property, SymbolKind.Property, make, scalarDetail(property.value)));
  }
  for (const statement of policy.statements) symbols.push(statementSymbol(statement, make));
  return symbols;
}

/** Statement elements shown as children of a statement, in this order. */
const CHILD_ELEMENTS: readonly StatementElement[] = [
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

const NOUNS: Partial<Record<StatementElement, string>> = {
  Principal: 'principal',
  NotPrincipal: 'principal',
  Action: 'action',
  NotAction: 'action',
  Resource: 'resource',
  NotResource: 'resource',
  Condition: 'condition',
};

/** Maps a node of a resolved policy to the node written in the text at its place (itself for a standalone policy). */
type Written = (node: PNode) => PNode;

const asIs: Written = (node) => node;

function statementSymbol(statement: Statement, make: SymbolMaker, written: Written = asIs): DocumentSymbol {
  const sid = statement.elements.Sid?.value && written(statement.elements.Sid.value);
  const named = sid?.type === 'string' && sid.value.trim() !== '';
  const name = named ? sid.value : `Statement ${statement.index + 1}`;
  const selection = named ? valueSpan(sid) : make.opening(statement.node);
  const children: DocumentSymbol[] = [];
  for (const element of CHILD_ELEMENTS) {
    const property = statement.elements[element];
    if (!property) continue;
    const values =
      element === 'Condition' ? conditionValues(statement) : elementValues(element, property.value, written);
    children.push(propertySymbol(property, SymbolKind.Property, make, listed(values)));
  }
  return make.symbol(name, SymbolKind.Object, statement.node, selection, statementDetail(statement), children);
}

/** `Allow · Principal * · 3 actions · 2 resources · 1 condition`. */
function statementDetail(statement: Statement): string {
  const parts: string[] = [];
  const effect = statement.elements.Effect?.value;
  if (effect?.type === 'string' && effect.value) parts.push(effect.value);
  for (const pair of [
    ['Principal', 'NotPrincipal'],
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
  ] as const) {
    for (const element of pair) {
      const property = statement.elements[element];
      if (property) parts.push(countPhrase(element, elementValues(element, property.value)));
    }
  }
  const conditions = conditionEntries(statement).length;
  if (conditions > 0) parts.push(counted(conditions, 'condition'));
  return parts.join(' · ');
}

/** `3 actions`, `Action *`; `NotAction 2 actions` for the negated elements. */
function countPhrase(element: StatementElement, values: string[]): string {
  const principal = element === 'Principal' || element === 'NotPrincipal';
  if (values.length > 0 && values.every((v) => v === '*' || (principal && v.endsWith(' *')))) return `${element} *`;
  const phrase = counted(values.length, NOUNS[element]!);
  return element.startsWith('Not') ? `${element} ${phrase}` : phrase;
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The values of an element as shown: each string, an intrinsic as written (`!Ref Role`), and for Principal each
 * value after its key (`Service ec2.amazonaws.com`; `"*"` alone is `*`).
 */
function elementValues(element: StatementElement, value: PNode | undefined, written: Written = asIs): string[] {
  if (!value) return [];
  const principal = element === 'Principal' || element === 'NotPrincipal';
  if (principal && value.type === 'object' && !intrinsicOf(value)) {
    return value.properties.flatMap((p) => itemsOf(p.value).map((v) => `${p.key} ${shown(written(v))}`));
  }
  return itemsOf(value).map((v) => shown(written(v)));
}

function itemsOf(value: PNode | undefined): PNode[] {
  if (!value) return [];
  return value.type === 'array' ? value.items : [value];
}

/** `StringEquals aws:PrincipalOrgID` for each key of each operator. */
function conditionValues(statement: Statement): string[] {
  return conditionEntries(statement).map((e) => `${e.operator.key} ${e.key.key}`);
}

/** Values joined with commas, cut where the detail grows too long: `s3:GetObject, s3:PutObject +3 more`. */
function listed(values: string[]): string {
  let shownText = '';
  for (let i = 0; i < values.length; i++) {
    const next = shownText ? `${shownText}, ${values[i]}` : values[i];
    if (i > 0 && next.length > MAX_DETAIL) return `${shownText} +${values.length - i} more`;
    shownText = next;
  }
  return shownText;
}

// ---------------------------------------------------------------------------------------------------------------
// Templates

/** The sections whose entries are listed, with what their entries are called. */
const ENTRY_SECTIONS: Record<string, string> = {
  Parameters: 'parameter',
  Rules: 'rule',
  Mappings: 'mapping',
  Conditions: 'condition',
  Resources: 'resource',
  Outputs: 'output',
  Metadata: 'entry',
};

function templateSymbols(analysis: TemplateAnalysis, make: SymbolMaker): DocumentSymbol[] {
  const { template } = analysis;
  return template.root.properties.map((section) => {
    const entries = ENTRY_SECTIONS[section.key];
    const value = section.value;
    if (!entries || value?.type !== 'object') {
      const detail =
        section.key === 'Transform' && section === template.sections.Transform
          ? template.transforms.join(', ')
          : scalarDetail(value);
      return propertySymbol(section, SymbolKind.Property, make, detail);
    }
    const children = value.properties.map((entry) => entrySymbol(section.key, entry, analysis, make));
    const detail = section.key === 'Metadata' ? undefined : counted(children.length, entries);
    return propertySymbol(section, SymbolKind.Namespace, make, detail, children);
  });
}

function entrySymbol(section: string, entry: PProperty, analysis: TemplateAnalysis, make: SymbolMaker): DocumentSymbol {
  const node = entry.value?.type === 'object' ? entry.value : undefined;
  switch (section) {
    case 'Parameters':
      return propertySymbol(entry, SymbolKind.Variable, make, scalarDetail(valueOf(node, 'Type')));
    case 'Mappings':
      return propertySymbol(entry, SymbolKind.Struct, make, node ? counted(node.properties.length, 'key') : undefined);
    case 'Conditions': {
      const call = intrinsicOf(entry.value, true);
      return propertySymbol(entry, SymbolKind.Boolean, make, call ? (call.node.tag ?? call.name) : undefined);
    }
    case 'Resources':
      return resourceSymbol(entry, node, analysis, make);
    case 'Outputs':
      return propertySymbol(entry, SymbolKind.Field, make, valueOf(node, 'Value') && shown(valueOf(node, 'Value')!));
    case 'Rules':
      return propertySymbol(entry, SymbolKind.Boolean, make);
    default:
      return propertySymbol(entry, SymbolKind.Property, make);
  }
}

function resourceSymbol(
  entry: PProperty,
  node: PObject | undefined,
  analysis: TemplateAnalysis,
  make: SymbolMaker,
): DocumentSymbol {
  if (entry.key.startsWith('Fn::ForEach::')) return propertySymbol(entry, SymbolKind.Array, make, 'Fn::ForEach');
  const typeNode = valueOf(node, 'Type');
  const type = typeNode?.type === 'string' ? typeNode.value : undefined;
  const children = analysis.policies
    .filter((p) => p.resource.property === entry)
    .map((p) => embeddedSymbol(p.embedded, p.policy, node, make));
  return propertySymbol(entry, resourceKind(type), make, type, children);
}

/**
 * A policy a resource holds, named by its path below Properties (`AssumeRolePolicyDocument`), or for an inline
 * policy of a list by its place and name (`Policies[0] write-reports`), with its statements as children.
 */
function embeddedSymbol(
  embedded: EmbeddedPolicy,
  policy: PolicyDocument,
  resource: PObject | undefined,
  make: SymbolMaker,
): DocumentSymbol {
  const detail = `${KIND_NAMES[policy.kind]} · ${counted(policy.statements.length, 'statement')}`;
  const written = writtenIn(embedded.source);
  const children = policy.statements.map((s) => statementSymbol(s, make, written));
  const holder = resource ? holderOf(resource, embedded.source) : undefined;
  const inList = /\[\d+\]\.PolicyDocument$/.exec(embedded.path);
  if (holder && inList) {
    const name = valueOf(holder.parent, 'PolicyName');
    const place = embedded.path.slice(0, -'.PolicyDocument'.length);
    if (name?.type === 'string' && name.value.trim()) {
      return make.symbol(`${place} ${name.value}`, SymbolKind.Module, holder.parent, valueSpan(name), detail, children);
    }
    return make.symbol(embedded.path, SymbolKind.Module, holder.parent, holder.property.keySpan, detail, children);
  }
  if (holder)
    return make.symbol(embedded.path, SymbolKind.Module, holder.property, holder.property.keySpan, detail, children);
  // A SAM function's policy document stands as an item of its list, with no key of its own.
  return make.symbol(
    embedded.path,
    SymbolKind.Module,
    embedded.source,
    make.opening(embedded.source),
    detail,
    children,
  );
}

/**
 * The nodes of a policy as written in the template, by their span: a resolved value keeps the span of what it was
 * resolved from (`!Sub '${Bucket.Arn}/*'`), which is what the outline shows rather than the stand-ins put in for
 * checking. The outermost node of a span wins.
 */
function writtenIn(source: PNode): Written {
  const bySpan = new Map<string, PNode>();
  const stack: PNode[] = [source];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const key = `${node.offset}:${node.length}`;
    if (!bySpan.has(key)) bySpan.set(key, node);
    if (node.type === 'object') {
      for (let i = node.properties.length - 1; i >= 0; i--) {
        const value = node.properties[i].value;
        if (value) stack.push(value);
      }
    } else if (node.type === 'array') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return (node) => bySpan.get(`${node.offset}:${node.length}`) ?? node;
}

/** The property whose value is the node, and the object that has it, looked for below a resource. */
function holderOf(root: PObject, target: PNode): { property: PProperty; parent: PObject } | undefined {
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      for (const property of node.properties) {
        if (property.value === target) return { property, parent: node };
        if (property.value) stack.push(property.value);
      }
    } else if (node.type === 'array') {
      stack.push(...node.items);
    }
  }
  return undefined;
}

/** The symbol kind that suits a resource type: functions, keys, identities, messaging, stacks; else a class. */
function resourceKind(type: string | undefined): SymbolKind {
  if (!type) return SymbolKind.Class;
  if (/^AWS::(Lambda::Function|Serverless::Function|StepFunctions::StateMachine|Serverless::StateMachine)$/.test(type))
    return SymbolKind.Function;
  if (/^AWS::(KMS::(Key|ReplicaKey)|SecretsManager::Secret)$/.test(type)) return SymbolKind.Key;
  if (/^AWS::IAM::(Role|User|Group|InstanceProfile)$/.test(type)) return SymbolKind.Interface;
  if (/^AWS::(SNS::Topic|SQS::Queue|Events::(Rule|EventBus)|Scheduler::Schedule)$/.test(type)) return SymbolKind.Event;
  if (/^AWS::(CloudFormation::Stack|Serverless::Application)$/.test(type)) return SymbolKind.Module;
  if (/Policy$/.test(type) || type === 'AWS::Lambda::Permission') return SymbolKind.Struct;
  return SymbolKind.Class;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared

function propertySymbol(
  property: PProperty,
  kind: SymbolKind,
  make: SymbolMaker,
  detail?: string,
  children?: DocumentSymbol[],
): DocumentSymbol {
  return make.symbol(property.key, kind, property, property.keySpan, detail, children);
}

function valueOf(node: PObject | undefined, key: string): PNode | undefined {
  return node?.properties.find((p) => p.key === key)?.value;
}

/** A scalar value on one line, cut when long; nothing for objects and arrays. */
function scalarDetail(value: PNode | undefined): string | undefined {
  if (!value || value.type === 'object' || value.type === 'array') return undefined;
  return shown(value);
}

/** A value as a reader would recognise it: a string, `!Ref Bucket` / `Fn::GetAtt Role.Arn` as written, `[…]`. */
function shown(value: PNode): string {
  switch (value.type) {
    case 'string':
      return oneLine(value.value);
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'array':
      return '[…]';
    case 'object': {
      const call = intrinsicOf(value, true);
      if (!call) return '{…}';
      const name = value.tag ?? call.name;
      const argument = call.argument;
      if (argument?.type === 'string') return oneLine(`${name} ${argument.value}`);
      if (call.name === 'Fn::GetAtt' && argument?.type === 'array') {
        const parts = argument.items.map((i) => (i.type === 'string' ? i.value : '…'));
        return oneLine(`${name} ${parts.join('.')}`);
      }
      return name;
    }
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_DETAIL ? line.slice(0, MAX_DETAIL - 1) + '…' : line;
}
