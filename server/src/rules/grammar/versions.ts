import { conditionEntries } from '../../model/condition';
import { PolicyDocument, resourceElement, stringsOf } from '../../model/policy';
import { findVariables } from '../../model/variables';

/** The policy language versions IAM knows. */
export const CURRENT_VERSION = '2012-10-17';
export const OLD_VERSION = '2008-10-17';

/** The first policy variable where IAM would read one (Resource and Condition values), if any. */
export function firstPolicyVariable(policy: PolicyDocument): string | undefined {
  for (const statement of policy.statements) {
    const values = [
      ...stringsOf(resourceElement(statement)).map((s) => s.value),
      ...conditionEntries(statement).flatMap((e) => e.values.flatMap((v) => (v.type === 'string' ? [v.value] : []))),
    ];
    for (const value of values) {
      const variable = findVariables(value).find((v) => !v.problem);
      if (variable) return value.slice(variable.start, variable.end);
    }
  }
  return undefined;
}
