import { Statement } from '../../model/policy';
import { PNode, PString } from '../../parsing/tree';
import { principalValues } from '../principals/principalValues';

/** A principal a key policy statement names: a string value, and what kind of principal it is. */
export interface KeyPrincipal {
  node: PString;
  /** The key it stands under, or undefined for `"Principal": "*"`. */
  key?: string;
  /** True for an account: its root ARN or its bare id. */
  account: boolean;
}

/**
 * True for a value that names a whole account: a 12-digit id or an ARN ending in `:root`. A root ARN with a typo
 * in its head (`arm:aws:iam::…:root`) still counts, as the author meant the account and another rule reports it.
 */
export function isAccountPrincipal(text: string): boolean {
  return /^\d{12}$/.test(text) || (text.endsWith(':root') && text.includes(':iam:'));
}

/** The principals of the statement's Principal element (NotPrincipal is left to its own rules). */
export function keyPrincipals(statement: Statement): KeyPrincipal[] {
  const element = statement.elements.Principal;
  const value: PNode | undefined = element?.value;
  if (value?.type === 'string') return value.value === '*' ? [{ node: value, account: false }] : [];
  return principalValues(statement)
    .filter((p) => p.element === element)
    .map((p) => ({ node: p.value, key: p.key, account: p.key === 'AWS' && isAccountPrincipal(p.value.value) }));
}

/** The principals that are not whole accounts: users, roles, sessions, services, everyone. */
export function individualPrincipals(statement: Statement): KeyPrincipal[] {
  return keyPrincipals(statement).filter((p) => !p.account);
}

/** How a message names a principal. */
export function principalName(principal: KeyPrincipal): string {
  if (principal.node.value === '*') return 'everyone ("*")';
  return principal.node.value;
}
