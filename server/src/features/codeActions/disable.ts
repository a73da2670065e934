import { DISABLE_FILE, DISABLE_NEXT_LINE } from '../../engine/suppressions';
import { Edit, Fix, FixInput } from './edits';
import { indentAt, lineBreak } from './layout';

/**
 * "Disable <rule> for this line" and "… for this file": comments, so only for documents that can hold them, JSONC
 * (`//`) and YAML (`#`).
 */
export function disableFixes({ text, finding }: FixInput, marker: '//' | '#' = '//'): Fix[] {
  const rule = finding.ruleId;
  return [
    {
      title: `Disable ${rule} for this line`,
      kind: 'quickfix',
      edits: [lineEdit(text, finding.offset, rule, marker)],
      finding,
    },
    { title: `Disable ${rule} for this file`, kind: 'quickfix', edits: [fileEdit(text, rule, marker)], finding },
  ];
}

function lineEdit(text: string, offset: number, rule: string, marker: string): Edit {
  const start = lineStartOf(text, offset);
  const previous = previousLine(text, start);
  if (previous && previous.text.trim().startsWith(`${marker} ${DISABLE_NEXT_LINE} `)) return addId(previous, rule);
  const comment = `${indentAt(text, offset)}${marker} ${DISABLE_NEXT_LINE} ${rule}${lineBreak(text)}`;
  return { offset: start, length: 0, text: comment };
}

function fileEdit(text: string, rule: string, marker: string): Edit {
  const first = { offset: 0, text: text.slice(0, lineEndOf(text, 0)) };
  if (first.text.trim().startsWith(`${marker} ${DISABLE_FILE} `)) return addId(first, rule);
  return { offset: 0, length: 0, text: `${marker} ${DISABLE_FILE} ${rule}${lineBreak(text)}` };
}

/** Adds a rule id to the list of an existing directive, so that one comment keeps naming them all. */
function addId(line: { offset: number; text: string }, rule: string): Edit {
  const kept = line.text.split(' -- ')[0].trimEnd();
  return { offset: line.offset + kept.length, length: 0, text: `, ${rule}` };
}

function previousLine(text: string, start: number): { offset: number; text: string } | undefined {
  if (start === 0) return undefined;
  let end = start - 1;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  const offset = lineStartOf(text, end);
  return { offset, text: text.slice(offset, end) };
}

function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

function lineEndOf(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}
