/** The line break the document uses. */
export function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The white space that starts the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}

/** True when only white space stands between the start of the line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/** The document's indentation step: a tab, or the smallest indentation of any line (two spaces when flat). */
export function indentUnit(text: string): string {
  let smallest: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent === '' || indent.length === line.length) continue;
    if (indent.startsWith('\t')) return '\t';
    if (!smallest || indent.length < smallest.length) smallest = indent;
  }
  return smallest ?? '  ';
}

/** A value as pretty JSON whose lines after the first start with `indent`. */
export function jsonAt(value: unknown, text: string, indent: string): string {
  const pretty = JSON.stringify(value, null, indentUnit(text));
  return pretty.split('\n').join(lineBreak(text) + indent);
}

function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}
