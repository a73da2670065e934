import { PArray, PNode } from '../../parsing/tree';
import { Edit } from './edits';
import { stringify } from 'yaml';
import { indentAt, indentUnit, lineBreak, startsLine } from './layout';

/** Renders one item for the indentation its first line will have. */
export type Render = (indent: string) => string;

/** Adds items at the end of an array, one per line when the array has one item per line. */
export function appendItems(text: string, array: PArray, items: Render[]): Edit {
  const last = array.items[array.items.length - 1];
  if (!last) return { offset: array.offset, length: array.length, text: multiline(text, array, items) };
  const end = last.offset + last.length;
  if (!startsLine(text, last.offset)) return { offset: end, length: 0, text: items.map((r) => `, ${r('')}`).join('') };
  const indent = indentAt(text, last.offset);
  return { offset: end, length: 0, text: items.map((r) => `,${lineBreak(text)}${indent}${r(indent)}`).join('') };
}

/** Puts several items in place of one item of an array, keeping the array's layout. */
export function replaceItem(text: string, item: PNode, items: Render[]): Edit {
  if (!startsLine(text, item.offset)) {
    return { offset: item.offset, length: item.length, text: items.map((r) => r('')).join(', ') };
  }
  const indent = indentAt(text, item.offset);
  const joined = items.map((r) => r(indent)).join(`,${lineBreak(text)}${indent}`);
  return { offset: item.offset, length: item.length, text: joined };
}

/** Replaces a value with an array of items, one per line, indented one step from the value's line. */
export function replaceWithArray(text: string, value: PNode, items: Render[]): Edit {
  return { offset: value.offset, length: value.length, text: multiline(text, value, items) };
}

function multiline(text: string, at: PNode, items: Render[]): string {
  const base = indentAt(text, at.offset);
  const inner = base + indentUnit(text);
  const eol = lineBreak(text);
  return `[${eol}${inner}${items.map((r) => r(inner)).join(`,${eol}${inner}`)}${eol}${base}]`;
}

/** Removes an item of an array with the comma that separates it from its neighbour. */
export function removeItem(array: PArray, index: number): Edit | undefined {
  const item = array.items[index];
  const next = array.items[index + 1];
  const previous = array.items[index - 1];
  if (next) return { offset: item.offset, length: next.offset - item.offset, text: '' };
  if (previous) {
    const start = previous.offset + previous.length;
    return { offset: start, length: item.offset + item.length - start, text: '' };
  }
  return undefined;
}

/** A plain JSON string as an item. */
export function stringItem(value: string): Render {
  return () => JSON.stringify(value);
}

/**
 * The YAML edit that puts several values where one is: in a block sequence, one `- value` line each at the dash's
 * column; in a flow sequence, the values separated by commas; a single value becomes a block sequence one step
 * deeper than its key. Values are plain scalars (actions, ARNs), which YAML reads as they are.
 */
export function yamlList(text: string, node: PNode, inArray: boolean, values: readonly string[]): Edit {
  const eol = lineBreak(text);
  const lineStart = text.lastIndexOf('\n', node.offset - 1) + 1;
  const dash = /^(\s*)-\s+$/.exec(text.slice(lineStart, node.offset));
  if (inArray && dash) return { offset: node.offset, length: node.length, text: values.join(`${eol}${dash[1]}- `) };
  if (inArray) return { offset: node.offset, length: node.length, text: values.join(', ') };
  let start = node.offset;
  while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const indent = /^\s*/.exec(text.slice(lineStart, start))![0] + indentUnit(text).replace('\t', '  ');
  const lines = values.map((v) => `${eol}${indent}- ${v}`).join('');
  return { offset: start, length: node.offset + node.length - start, text: lines };
}

/**
 * YAML block lines for a value, the lines after the first indented by `indent`; `Fn::Sub: x` is written as the
 * short form templates use, `!Sub x`.
 */
export function yamlLines(value: unknown, indent: string, eol: string): string {
  return stringify(value, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => l.replace(/^(\s*(?:- )?)Fn::Sub: (\S.*)$/, '$1!Sub $2'))
    .join(`${eol}${indent}`);
}

/** The column of the dash of a YAML block sequence item that starts at `offset`, or undefined in a flow sequence. */
export function yamlDash(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^(\s*)-\s+$/.exec(text.slice(lineStart, offset))?.[1];
}
