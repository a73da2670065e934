import { closest } from '../../catalog/suggest';
import { PProperty, PString, Span, valueSpan } from '../../parsing/tree';

/** ` Did you mean "X"?` when a candidate is close, else nothing: appended to messages. */
export function didYouMean(word: string, candidates: Iterable<string>): { text: string; replacement?: string } {
  const best = word.length <= 200 ? closest(word, candidates) : undefined;
  return best && best !== word ? { text: ` Did you mean "${best}"?`, replacement: best } : { text: '' };
}

// Names are quoted and counts written as the policy rules' messages do.
export { quoted } from '../../rules/actions/actionValue';
export { count } from '../../rules/org/policySize';

/**
 * Where a finding about a key is shown and its replacement goes: the key's name without its quotes, when the key
 * is written as itself (`Resource`, `"Resource"`, `'Resource'`); else the whole key token.
 */
export function keyTarget(
  text: string,
  property: PProperty,
  replacement?: string,
): { span: Span; replacement?: string } {
  const { offset, length } = property.keySpan;
  const raw = text.slice(offset, offset + length);
  if (raw === property.key) return { span: property.keySpan, replacement };
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw === quote + property.key + quote) {
    return { span: { offset: offset + 1, length: length - 2 }, replacement };
  }
  // A JSON key with escapes: the whole token gives way to the new name, quoted.
  return {
    span: property.keySpan,
    replacement: quote === '"' && replacement ? JSON.stringify(replacement) : undefined,
  };
}

/** The same for a string value: its text without the quotes, where it stands as itself; else no replacement. */
export function valueTarget(node: PString, replacement?: string): { span: Span; replacement?: string } {
  return node.valueOffset !== undefined ? { span: valueSpan(node), replacement } : { span: node };
}

/** The extra of a report with a replacement, or nothing. */
export function fix(replacement: string | undefined): { data: { replacement: string } } | undefined {
  return replacement === undefined ? undefined : { data: { replacement } };
}
