import { compileWildcard, globMatch, hasWildcard } from '../../catalog/glob';
import { splitArn } from '../../model/arn';
import { conditionEntries } from '../../model/condition';
import { effectOf, Statement, stringsOf } from '../../model/policy';
import { PString } from '../../parsing/tree';

/** The policy kinds where an Allow statement grants permissions (boundaries, SCPs and RCPs only cap them). */
export const GRANTING_KINDS = ['identity', 'resource', 'bucket', 'key'] as const;

/** True when an Action value covers an action, as IAM matches actions: case-insensitive, `*` and `?` wildcards. */
export function coversAction(pattern: string, actionId: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes(':')) return false;
  if (!hasWildcard(pattern)) return pattern.toLowerCase() === actionId.toLowerCase();
  return globMatch(compileWildcard(pattern, true), actionId.toLowerCase());
}

/** True when the statement's Condition block tests the key (in any operator), case-insensitively. */
export function hasConditionKey(statement: Statement, key: string): boolean {
  const lower = key.toLowerCase();
  return conditionEntries(statement).some((entry) => entry.key.key.toLowerCase() === lower);
}

/** True when a Resource value is `*` or an ARN whose resource part is one of `parts` in a service given. */
export function isBroadResource(text: string, services: readonly string[], parts: readonly string[]): boolean {
  if (text === '*') return true;
  const arn = splitArn(text);
  if (!arn || arn.prefix.value !== 'arn') return false;
  const service = arn.service.value.toLowerCase();
  return (service === '*' || services.includes(service)) && parts.includes(arn.resource.value);
}

/**
 * The `"*"` (or `"*:*"`) of an Allow statement that grants every action on every resource with no condition: full
 * administrator access. Undefined for any other statement.
 */
export function fullAccessAction(statement: Statement): PString | undefined {
  if (effectOf(statement) !== 'Allow' || conditionEntries(statement).length > 0) return undefined;
  if (!stringsOf(statement.elements.Resource).some((r) => r.value === '*')) return undefined;
  return stringsOf(statement.elements.Action).find((a) => a.value === '*' || a.value === '*:*');
}
