import { PNode, Span } from '../../parsing/tree';

/** A string of the document (a value or an object key) whose characters each stand in the text as themselves. */
export interface PlainString {
  text: string;
  /** Offset of the first character in the document. */
  offset: number;
}

/**
 * Every value and key string of a tree that has no escapes, so that each character has its own place. Strings with
 * escapes are left out: their characters' places (and whether they were written escaped) are not known.
 */
export function plainStrings(root: PNode): PlainString[] {
  const found: PlainString[] = [];
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'string' && node.valueOffset !== undefined) {
      found.push({ text: node.value, offset: node.valueOffset });
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    } else if (node.type === 'object') {
      for (const property of node.properties) {
        if (property.keySpan.length === property.key.length + 2) {
          found.push({ text: property.key, offset: property.keySpan.offset + 1 });
        }
        if (property.value) stack.push(property.value);
      }
    }
  }
  return found;
}

/**
 * The size in UTF-8 bytes of the text a node spans, whitespace included. JSON outside strings is ASCII, so only
 * the characters of strings can take more than one byte.
 */
export function utf8Size(root: PNode): number {
  let size = root.length;
  for (const { text } of plainStrings(root)) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A surrogate pair is 2 UTF-16 units and 4 bytes; other characters are 1 unit and 1 to 3 bytes.
      if (code >= 0xd800 && code <= 0xdfff) size += 1;
      else if (code >= 0x800) size += 2;
      else if (code >= 0x80) size += 1;
    }
  }
  return size;
}

/** The span of one character (a whole surrogate pair) of a plain string. */
export function charSpan(string: PlainString, index: number): Span {
  const code = string.text.charCodeAt(index);
  const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < string.text.length;
  return { offset: string.offset + index, length: pair ? 2 : 1 };
}
