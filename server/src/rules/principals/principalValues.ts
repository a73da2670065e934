import { Statement } from '../../model/policy';
import { PNode, PProperty, PString } from '../../parsing/tree';

/** The keys a Principal object may have, as IAM spells them (case matters). */
export const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
export type PrincipalKey = (typeof PRINCIPAL_KEYS)[number];

/** True for a key IAM accepts inside a Principal object. */
export function isPrincipalKey(key: string): key is PrincipalKey {
  return (PRINCIPAL_KEYS as readonly string[]).includes(key);
}

/** One string value of a Principal or NotPrincipal element, with the key it sits under. */
export interface PrincipalValue {
  /** The Principal or NotPrincipal property it belongs to. */
  element: PProperty;
  /** The key inside the element's object. */
  key: PrincipalKey;
  value: PString;
}

/** The Principal and NotPrincipal properties a statement has (normally at most one of them). */
export function principalElements(statement: Statement): PProperty[] {
  return [statement.elements.Principal, statement.elements.NotPrincipal].filter((p): p is PProperty => !!p);
}

/**
 * Every string under a known key of the statement's Principal or NotPrincipal object: `{"AWS": "…"}` or
 * `{"AWS": ["…", "…"]}`. Other shapes are skipped (the format rule reports them).
 */
export function principalValues(statement: Statement): PrincipalValue[] {
  const found: PrincipalValue[] = [];
  for (const element of principalElements(statement)) {
    if (element.value?.type !== 'object') continue;
    for (const property of element.value.properties) {
      if (!isPrincipalKey(property.key)) continue;
      for (const value of stringItems(property.value)) found.push({ element, key: property.key, value });
    }
  }
  return found;
}

function stringItems(node: PNode | undefined): PString[] {
  if (node?.type === 'string') return [node];
  if (node?.type === 'array') return node.items.filter((i): i is PString => i.type === 'string');
  return [];
}

/** The values of one key of a statement's principal elements. */
export function valuesOfKey(statement: Statement, key: PrincipalKey): PrincipalValue[] {
  return principalValues(statement).filter((v) => v.key === key);
}

/** The span of the first to the last wildcard (`*` or `?`) of a string, as offsets in its value; undefined if none. */
export function wildcardRange(text: string): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '*' || text[i] === '?') {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return start < 0 ? undefined : { start, end };
}
