import { actionsRules } from './actions';
import { bucketRules } from './bucket';
import { conditionsRules } from './conditions';
import { grammarRules } from './grammar';
import { keyRules } from './key';
import { orgRules } from './org';
import { principalsRules } from './principals';
import { resourcesRules } from './resources';
import { Rule } from './rule';
import { securityRules } from './security';
import { trustRules } from './trust';

/** Every rule, grouped by the element it checks. */
export const ALL_RULES: readonly Rule[] = [
  ...grammarRules,
  ...actionsRules,
  ...resourcesRules,
  ...conditionsRules,
  ...principalsRules,
  ...securityRules,
  ...bucketRules,
  ...keyRules,
  ...trustRules,
  ...orgRules,
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
