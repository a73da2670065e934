/** Where each rule's documentation lives: its section of docs/rules.md in the project's repository. */
export const RULES_DOC_URL = 'https://github.com/policy-lens/policy-lens/blob/main/docs/rules.md';

/** The link to a rule's section. */
export function ruleDocUrl(ruleId: string): string {
  return `${RULES_DOC_URL}#${ruleId}`;
}
