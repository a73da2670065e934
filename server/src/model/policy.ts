import { PNode, PObject, PProperty, PString } from '../parsing/tree';
import { PolicyKind } from './kind';

/** The elements a statement may have, in the order AWS documents them. */
export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;
export type StatementElement = (typeof STATEMENT_ELEMENTS)[number];

/** The top-level elements of a policy document. */
export const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** One statement of a policy, with its elements kept as positioned properties (the first of each key). */
export interface Statement {
  node: PObject;
  /** Position in the Statement array (0 when Statement is a single object). */
  index: number;
  elements: Partial<Record<StatementElement, PProperty>>;
}

/** A policy document: its top-level elements and statements, and the kind of policy it is taken to be. */
export interface PolicyDocument {
  root: PObject;
  kind: PolicyKind;
  /** Why the kind was chosen, shown to the user. */
  kindReason: string;
  /** What decided the kind: a file-name convention, the policyKinds setting, or the content. */
  kindSource: KindSource;
  version?: PProperty;
  id?: PProperty;
  statement?: PProperty;
  statements: Statement[];
}

/** True when an object looks like an IAM policy document: a Statement, or a Version that IAM knows. */
export function looksLikePolicy(root: PNode | undefined): root is PObject {
  if (!root || root.type !== 'object') return false;
  return root.properties.some(
    (p) =>
      p.key === 'Statement' ||
      (p.key === 'Version' && p.value?.type === 'string' && /^20(12-10-17|08-10-17)$/.test(p.value.value)),
  );
}

/** What decided a policy's kind: for a policy in a template, the property that holds it. */
export type KindSource = 'file-name' | 'setting' | 'content' | 'template';

/** Builds the policy view of an object that {@link looksLikePolicy}. */
export function buildPolicy(
  root: PObject,
  kind: PolicyKind,
  kindReason: string,
  kindSource: KindSource = 'content',
): PolicyDocument {
  const first = (key: string) => root.properties.find((p) => p.key === key);
  const statement = first('Statement');
  return {
    root,
    kind,
    kindReason,
    kindSource,
    version: first('Version'),
    id: first('Id'),
    statement,
    statements: statementsOf(statement?.value),
  };
}

function statementsOf(value: PNode | undefined): Statement[] {
  if (!value) return [];
  if (value.type === 'object') return [toStatement(value, 0)];
  if (value.type === 'array') {
    return value.items.flatMap((item, index) => (item.type === 'object' ? [toStatement(item, index)] : []));
  }
  return [];
}

function toStatement(node: PObject, index: number): Statement {
  const elements: Statement['elements'] = {};
  for (const property of node.properties) {
    const name = property.key as StatementElement;
    if ((STATEMENT_ELEMENTS as readonly string[]).includes(name) && !elements[name]) elements[name] = property;
  }
  return { node, index, elements };
}

/** The string values of an element that holds a string or an array of strings; other items are skipped. */
export function stringsOf(property: PProperty | undefined): PString[] {
  const value = property?.value;
  if (!value) return [];
  if (value.type === 'string') return [value];
  if (value.type === 'array') return value.items.filter((i): i is PString => i.type === 'string');
  return [];
}

/** The statement's Effect when it is exactly `Allow` or `Deny`. */
export function effectOf(statement: Statement): 'Allow' | 'Deny' | undefined {
  const value = statement.elements.Effect?.value;
  return value?.type === 'string' && (value.value === 'Allow' || value.value === 'Deny') ? value.value : undefined;
}

/** The Action or NotAction property, whichever the statement has (Action first). */
export function actionElement(statement: Statement): PProperty | undefined {
  return statement.elements.Action ?? statement.elements.NotAction;
}

/** The Resource or NotResource property, whichever the statement has (Resource first). */
export function resourceElement(statement: Statement): PProperty | undefined {
  return statement.elements.Resource ?? statement.elements.NotResource;
}

/** How a statement is named in messages: its Sid, else its position. */
export function statementLabel(statement: Statement): string {
  const sid = statement.elements.Sid?.value;
  if (sid?.type === 'string' && sid.value) return `statement "${sid.value}"`;
  return `statement ${statement.index + 1}`;
}
