import { Hover, MarkupKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Span } from '../../parsing/tree';

/** What a hover builder returns: its markdown and the span of the token it describes. */
export interface HoverPart {
  markdown: string;
  span: Span;
}

/** The LSP hover of a part, its span turned into a range of the document. */
export function toHover(document: TextDocument, part: HoverPart): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: part.markdown },
    range: {
      start: document.positionAt(part.span.offset),
      end: document.positionAt(part.span.offset + part.span.length),
    },
  };
}

/** The longest text shown as it is; longer values (a huge ARN, a pasted blob) are cut with an ellipsis. */
const MAX_SHOWN = 120;

/** Text of a value on one line and of bounded length. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat;
}

/** Inline code, fenced with more backticks than the text holds so that any text is shown literally. */
export function code(text: string): string {
  const value = oneLine(text);
  let longest = 0;
  for (const run of value.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Bold text with the markdown characters escaped (`s3:Get*` stays `s3:Get*`). */
export function bold(text: string): string {
  return `**${escape(oneLine(text))}**`;
}

/** Text with markdown's special characters escaped. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** A markdown link. */
export function link(text: string, url: string): string {
  return `[${escape(text)}](${url})`;
}

/** Joins words as a sentence does: `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[], last = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** The first items joined by commas, the rest counted: `a, b, c and 4 more`. */
export function listSome(items: readonly string[], limit: number): string {
  if (items.length <= limit) return joinWords(items);
  return `${items.slice(0, limit).join(', ')} and ${(items.length - limit).toLocaleString('en-US')} more`;
}

/** A sentence: the text with a full stop when it ends without one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A count with its noun: `1 action`, `3 actions`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** Paragraphs of a hover, empty ones left out. */
export function paragraphs(...blocks: (string | undefined | false)[]): string {
  return blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n');
}

/** A bullet list, empty items left out; the empty string when no item is left. */
export function bullets(...items: (string | undefined | false)[]): string {
  return items
    .filter((i): i is string => typeof i === 'string' && i !== '')
    .map((i) => `- ${i}`)
    .join('\n');
}
