import { closest } from '../../catalog/suggest';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../model/policy';
import { PObject } from '../../parsing/tree';

/** Where an element name is read: at the top of the policy or inside a statement. */
export type ElementLevel = 'policy' | 'statement';

const NAMES: Record<ElementLevel, readonly string[]> = { policy: POLICY_ELEMENTS, statement: STATEMENT_ELEMENTS };

/** True when `key` is an element of that level, spelt exactly (IAM's element names are case-sensitive). */
export function isElement(key: string, level: ElementLevel): boolean {
  return NAMES[level].includes(key);
}

/** The element of that level a misspelt key most likely means (`Actions` → `Action`, `effect` → `Effect`). */
export function intendedElement(key: string, level: ElementLevel): string | undefined {
  if (isElement(key, level)) return undefined;
  return closest(key, NAMES[level]);
}

/**
 * True when the object has a key that is a near miss of `element`: rules that report a missing element stay quiet
 * then, as the misspelling is reported with its fix and is the real problem.
 */
export function hasNearMiss(node: PObject, level: ElementLevel, ...elements: string[]): boolean {
  return node.properties.some((p) => {
    const intended = intendedElement(p.key, level);
    return intended !== undefined && elements.includes(intended);
  });
}
