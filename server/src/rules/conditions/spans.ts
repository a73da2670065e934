import { PProperty, Span } from '../../parsing/tree';

/**
 * The span of characters `start..end` of a property's key, inside its quotes; the whole key token when the key is
 * written with escapes (its text then differs from its value, so parts cannot be placed).
 */
export function spanInKey(property: PProperty, start: number, end: number): Span {
  const token = property.keySpan;
  // Escapes always make the token longer than the value plus its quotes.
  if (token.length !== property.key.length + 2) return token;
  return { offset: token.offset + 1 + start, length: Math.max(end - start, 0) };
}

/** The span of a property's key without its quotes (the whole token when it has escapes). */
export function keyNameSpan(property: PProperty): Span {
  return spanInKey(property, 0, property.key.length);
}
