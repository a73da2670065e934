/** One line of a YAML document as block structure sees it: indentation, sequence dashes, and `key:` if any. */
export interface YamlLine {
  /** Offsets of the line's first character and of its end (before the line break). */
  start: number;
  end: number;
  /** Column of the first character that is not a space. */
  indent: number;
  /** Columns of the `- ` sequence markers the line starts with. */
  dashes: number[];
  /** Column of the content after the dashes. */
  column: number;
  /** Nothing but spaces, a comment, or a document marker. */
  blank: boolean;
  /** The key, when the content is `key: …` or `key:`, unquoted. */
  key?: string;
  /** Column of the key's colon. */
  colon?: number;
  /** Column of the value after the colon (its first character that is not a space), when there is one. */
  valueColumn?: number;
}

/** The characters a plain key cannot start with: these begin values (tags, flows, quotes, aliases, block scalars). */
const VALUE_STARTS = new Set(['!', '[', '{', '*', '&', '|', '>', '%', '@', '`']);

/** Reads the line of the text that starts at `start`. */
export function readLine(text: string, start: number): YamlLine {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let i = start;
  while (i < end && text[i] === ' ') i++;
  const indent = i - start;
  const dashes: number[] = [];
  while (i < end && text[i] === '-' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
    dashes.push(i - start);
    i++;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  }
  const column = i - start;
  const rest = text.slice(i, end);
  const blank =
    dashes.length === 0 && (rest.length === 0 || rest.startsWith('#') || rest === '---' || rest.startsWith('--- '));
  const line: YamlLine = { start, end, indent, dashes, column, blank };
  if (blank) return line;
  const colon = keyColon(rest);
  if (colon !== undefined) {
    line.key = unquote(rest.slice(0, colon).trimEnd());
    line.colon = column + colon;
    let v = colon + 1;
    while (v < rest.length && (rest[v] === ' ' || rest[v] === '\t')) v++;
    if (v < rest.length && rest[v] !== '#') line.valueColumn = column + v;
  }
  return line;
}

/**
 * The index of the colon that ends a key in the content of a line: the first `:` followed by a space or the end,
 * outside quotes; none when the content is a value (a tag, a flow collection) or a comment comes first.
 */
export function keyColon(content: string): number | undefined {
  if (content.length === 0 || VALUE_STARTS.has(content[0])) return undefined;
  let i = 0;
  if (content[0] === '"' || content[0] === "'") {
    const q = content[0];
    i = 1;
    while (i < content.length) {
      if (content[i] === q) {
        if (q === "'" && content[i + 1] === "'") i += 2;
        else break;
      } else i += content[i] === '\\' && q === '"' ? 2 : 1;
    }
    if (i >= content.length) return undefined;
    i++;
    while (i < content.length && content[i] === ' ') i++;
    return content[i] === ':' && (i + 1 === content.length || /[ \t]/.test(content[i + 1])) ? i : undefined;
  }
  for (; i < content.length; i++) {
    const c = content[i];
    if (c === '#' && i > 0 && /[ \t]/.test(content[i - 1])) return undefined;
    if (c === ':' && (i + 1 === content.length || content[i + 1] === ' ' || content[i + 1] === '\t')) return i;
  }
  return undefined;
}

function unquote(key: string): string {
  if (key.length >= 2 && key[0] === "'" && key.endsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  if (key.length >= 2 && key[0] === '"' && key.endsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key;
}

/** The start of the line before the one that starts at `start`, or undefined at the first line. */
export function previousLineStart(text: string, start: number): number | undefined {
  if (start <= 0) return undefined;
  let i = start - 1;
  if (text[i] === '\n' && text[i - 1] === '\r') i--;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The start of the line that holds an offset. */
export function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
