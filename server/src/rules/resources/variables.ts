import { Statement } from '../../model/policy';
import { conditionEntries } from '../../model/condition';
import { PolicyVariable, findVariables } from '../../model/variables';
import { PNode, PString, Span, spanInString } from '../../parsing/tree';

/** A policy variable found in a string of the policy, with the string it is in. */
export interface FoundVariable {
  node: PString;
  variable: PolicyVariable;
  /** The variable as written, `${` to `}`. */
  text: string;
  span: Span;
}

/** The elements where IAM reads policy variables. */
export function supportedStrings(statement: Statement): PString[] {
  const strings: PString[] = [];
  collect(statement.elements.Resource?.value, strings);
  collect(statement.elements.NotResource?.value, strings);
  for (const entry of conditionEntries(statement)) for (const value of entry.values) collect(value, strings);
  return strings;
}

/** The statement elements where IAM does not read policy variables, by element name. */
export const UNSUPPORTED_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction'] as const;

/** Every string inside the element's value: nested arrays and object values included. */
export function stringsIn(node: PNode | undefined): PString[] {
  const strings: PString[] = [];
  collect(node, strings);
  return strings;
}

function collect(node: PNode | undefined, into: PString[]): void {
  if (!node) return;
  if (node.type === 'string') into.push(node);
  else if (node.type === 'array') for (const item of node.items) collect(item, into);
  else if (node.type === 'object') for (const p of node.properties) collect(p.value, into);
}

/** The variables of the strings, each with its own span. */
export function variablesIn(strings: PString[]): FoundVariable[] {
  return strings.flatMap((node) =>
    node.value.includes('${')
      ? findVariables(node.value).map((variable) => ({
          node,
          variable,
          text: node.value.slice(variable.start, variable.end),
          span: spanInString(node, variable.start, variable.end),
        }))
      : [],
  );
}
