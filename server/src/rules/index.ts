import { actionsRules } from './actions';
import { conditionsRules } from './conditions';
import { grammarRules } from './grammar';
import { principalsRules } from './principals';
import { resourcesRules } from './resources';
import { Rule } from './rule';
import { securityRules } from './security';

/** Every rule, grouped by the element it checks. */
export const ALL_RULES: readonly Rule[] = [
  ...grammarRules,
  ...actionsRules,
  ...resourcesRules,
  ...conditionsRules,
  ...principalsRules,
  ...securityRules,
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
