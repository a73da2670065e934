import { Catalog } from '../../catalog/catalog';
import { Statement, stringsOf } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { actionParts } from '../actions/actionValue';
import { TrustPrincipalType } from './trustPrincipals';

/** The actions a role trust policy can allow, as AWS documents them. */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
] as const;
export type TrustAction = (typeof TRUST_ACTIONS)[number];

const BY_LOWER = new Map<string, TrustAction>(TRUST_ACTIONS.map((a) => [a.toLowerCase(), a]));

/** The action through which each type of principal assumes a role. */
export const ASSUME_ACTION: Record<TrustPrincipalType, TrustAction> = {
  saml: 'sts:AssumeRoleWithSAML',
  'web-identity': 'sts:AssumeRoleWithWebIdentity',
  aws: 'sts:AssumeRole',
  service: 'sts:AssumeRole',
};

/** The three actions that assume a role (the others only add to a session). */
export const ASSUME_ACTIONS: readonly TrustAction[] = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
];

/** The trust action an action id names, case-insensitively, if it is one. */
export function trustActionNamed(id: string): TrustAction | undefined {
  return BY_LOWER.get(id.toLowerCase());
}

/** The trust actions one Action value matches: `*`, an exact action, or a pattern such as `sts:AssumeRole*`. */
export function trustActionsOf(catalog: Catalog, value: string): TrustAction[] {
  if (value === '*') return [...TRUST_ACTIONS];
  if (!actionParts(value)) return [];
  return catalog.matchActions(value).flatMap((a) => trustActionNamed(a.id) ?? []);
}

/** The string values of a statement's Action element (NotAction is left alone: it names what is not allowed). */
export function allowedActionValues(statement: Statement): PString[] {
  return stringsOf(statement.elements.Action);
}

/** Every trust action the statement's Action element allows. */
export function statementTrustActions(catalog: Catalog, statement: Statement): Set<TrustAction> {
  return new Set(allowedActionValues(statement).flatMap((v) => trustActionsOf(catalog, v.value)));
}

/** `a, b and c`, for messages. */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
