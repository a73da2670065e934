/**
 * Inserted text as parts: literal text, tab stops with a default (`${1:BucketName}`), choices (`${1|Allow,Deny|}`)
 * and the final cursor position. Rendered once as a snippet (literals escaped as the snippet syntax requires) and
 * once as plain text (defaults in place), so that an item is a snippet only when it has stops.
 */
export type Part = string | { stop: number; text: string } | { stop: number; choices: string[] } | { final: true };

/** Escapes a literal string for the context (JSON string, quoted YAML) it is put in. */
export type Escape = (literal: string) => string;

/** Escapes literal text for the snippet syntax: `$`, `}` and `\` stand for themselves only when escaped. */
export function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** True when some part is a stop: the text must be inserted as a snippet. */
export function hasStops(parts: readonly Part[]): boolean {
  return parts.some((p) => typeof p !== 'string');
}

/** The parts as plain text: each stop by its default, choices by their first option. */
export function plainOf(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if ('text' in p) return p.text;
      if ('choices' in p) return p.choices[0] ?? '';
      return '';
    })
    .join('');
}

/** The parts as a snippet, literals escaped for the snippet syntax. */
export function snippetOf(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return snippetEscape(p);
      if ('text' in p) return `\${${p.stop}:${snippetEscape(p.text)}}`;
      if ('choices' in p) return `\${${p.stop}|${p.choices.map((c) => c.replace(/[\\,|]/g, '\\$&')).join(',')}|}`;
      return '$0';
    })
    .join('');
}

/** The text of a JSON string's content. */
export function jsonEscape(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** The content of a single-quoted YAML scalar. */
export function yamlSingleEscape(text: string): string {
  return text.replace(/'/g, "''");
}

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
const NUMBER_LIKE =
  /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;

/**
 * True when a string cannot be written as a plain YAML scalar and still be read as that string: it starts with an
 * indicator (`*` would be an alias, `!` a tag), holds `: ` or ` #`, ends in `:`, or would be read as a Boolean, null
 * or a number.
 */
export function yamlNeedsQuotes(text: string): boolean {
  if (text === '' || PLAIN_UNSAFE_START.test(text) || /\s$/.test(text)) return true;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':') || /[\t\n\r]/.test(text)) return true;
  return RESERVED.test(text) || NUMBER_LIKE.test(text);
}
