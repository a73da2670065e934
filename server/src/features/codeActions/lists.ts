import { PArray, PNode } from '../../parsing/tree';
import { Edit } from './edits';
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
