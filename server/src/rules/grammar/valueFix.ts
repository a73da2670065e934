import { PString, Span, valueSpan } from '../../parsing/tree';

/** Where a finding on a string's value goes, and the text that replaces exactly that span with `value`. */
export interface ValueFix {
  span: Span;
  replacement: string;
}

/**
 * The span of a string's value and its replacement: the bare text inside the quotes, or, when the string has
 * escapes and so is reported as a whole token, the new value quoted.
 */
export function valueFix(node: PString, value: string): ValueFix {
  return { span: valueSpan(node), replacement: node.valueOffset === undefined ? JSON.stringify(value) : value };
}
