import { TEMPLATE_RULES } from '../cfn/rules';
import { TemplateRule } from '../cfn/rules/rule';
import { ALL_RULES } from '../rules';
import { Rule } from '../rules/rule';

/** What every rule has, policy rule or template rule: what settings, SARIF and the docs need. */
export type RuleInfo = Pick<Rule, 'id' | 'name' | 'summary' | 'description' | 'severity'> &
  Partial<Pick<Rule, 'kinds' | 'accessAnalyzer'>> &
  Partial<Pick<TemplateRule, 'cfnLint'>>;

/** Every rule: the policy rules, then the template rules. */
export const EVERY_RULE: readonly RuleInfo[] = [...ALL_RULES, ...TEMPLATE_RULES];

const BY_ID = new Map(EVERY_RULE.map((r) => [r.id, r]));

/** A rule by id, of either kind. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
