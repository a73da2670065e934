import { PNode, PObject } from '../../parsing/tree';
import { CursorContext } from '../cursor';
import { Place, Segment, Token, eolOf, nodeAt, presentKeys, segmentsOf } from './place';

/** An object or a list open at the cursor, as the scan met it. */
interface Frame {
  type: 'object' | 'array';
  /** The key or index this container has in its parent (undefined for the first frame, the tree's container). */
  segment?: Segment;
  /** Object: the key read last, and whether its colon has been read since. */
  key?: string;
  afterColon: boolean;
  keys: string[];
  /** List: the index of the item being read, and the text of the items read. */
  index: number;
  items: string[];
  /** A whole key or value has been read since the last comma: nothing is being typed after it. */
  done: boolean;
}

const DELIMITERS = new Set(['{', '}', '[', ']', ':', ',', '"', ' ', '\t', '\n', '\r']);

/**
 * Where the cursor is in a JSON document. The tree gives the innermost object or list that holds the cursor (the
 * tolerant parser keeps them even when the text is broken); from its opening bracket to the cursor the text is
 * scanned again, so that what the parser could not place (a key with no colon, a value with no quotes, a
 * half-written nested object) is still read as it was meant.
 */
export function jsonPlace(context: CursorContext): Place | undefined {
  const { text, offset } = context;
  let step = -1;
  for (let i = context.path.length - 1; i >= 0 && step < 0; i--) {
    const node = context.path[i].node;
    if ((node.type === 'object' || node.type === 'array') && node.offset < offset) step = i;
  }
  const container = step >= 0 ? context.path[step].node : undefined;
  const base = step >= 0 ? segmentsOf(context, step + 1) : [];
  const resume = container ? resumeAfter(container, offset) : undefined;
  const scan = scanTo(text, resume?.from ?? container?.offset ?? 0, offset, resume?.frame);
  if (!scan || scan.frames.length === 0) return undefined;
  const { frames, token } = scan;
  const top = frames[frames.length - 1];
  // After a whole value with no comma yet: a new key (or item) is being written, the comma is added after the value.
  let commaAt: number | undefined;
  if (top.done) {
    const sameLine = !/[\r\n]/.test(text.slice(scan.lastEnd, token.start));
    if ((top.type === 'object' && !top.afterColon) || sameLine) return undefined;
    commaAt = scan.lastEnd;
    if (top.type === 'object') {
      top.afterColon = false;
      top.key = undefined;
    } else top.index++;
  }
  const path = [...base, ...frames.slice(1).map((f) => f.segment!)];
  const after = token.end + (token.quote && token.closed ? 1 : 0);
  const next = nextSignificant(text, after);
  const common = {
    token,
    yaml: false,
    column: 0,
    previousItems: [] as string[],
    context,
    commaAt,
    eol: eolOf(text),
  };
  if (top.type === 'object' && !top.afterColon) {
    const treeObject =
      frames.length === 1 && step >= 0 ? context.path[step].node : nodeAt(context.analysis.parse.root, path);
    const object = treeObject?.type === 'object' ? treeObject : undefined;
    const present = presentKeys(frames.length === 1 ? object : undefined, token);
    for (const key of top.keys) present.add(key);
    return {
      ...common,
      kind: 'key',
      path,
      object: object as PObject | undefined,
      present,
      hasColon: text[next] === ':',
      needsComma: text[next] === '"',
    };
  }
  if (top.type === 'object') {
    if (top.key === undefined) return undefined;
    return {
      ...common,
      kind: 'value',
      path: [...path, top.key],
      present: new Set(),
      hasColon: false,
      needsComma: false,
    };
  }
  return {
    ...common,
    kind: 'value',
    path: [...path, top.index],
    present: new Set(),
    hasColon: false,
    needsComma: false,
    previousItems: top.items.slice(0, top.index),
  };
}

/**
 * Where the scan of a container can start so as not to read again what the tree has whole: after its last
 * property (or item) that ends before the cursor, with the frame the scan would have built up to there. Scanning
 * a template's Resources object from its brace would read the whole template.
 */
function resumeAfter(container: PNode, offset: number): { from: number; frame: Frame } | undefined {
  const children =
    container.type === 'object' ? container.properties : container.type === 'array' ? container.items : [];
  let last = -1;
  while (last + 1 < children.length && children[last + 1].offset + children[last + 1].length < offset) last++;
  if (last < 0) return undefined;
  const end = children[last].offset + children[last].length;
  const frame: Frame = { type: 'array', afterColon: false, keys: [], index: last, items: [], done: true };
  if (container.type === 'object') {
    // After a whole property: its value has been read.
    frame.type = 'object';
    frame.afterColon = true;
    frame.keys = container.properties.slice(0, last + 1).map((p) => p.key);
    frame.key = container.properties[last].key;
  } else if (container.type === 'array') {
    frame.items = container.items.slice(0, last + 1).map((item) => (item.type === 'string' ? item.value : ''));
  }
  return { from: end, frame };
}

/**
 * Reads the text from an opening bracket (or from where `first`, the frame of that bracket, was left) to the
 * cursor: the containers open there and the token the cursor is in (a string, a bare word, or nothing between
 * tokens). Undefined when the cursor is in a comment, or past the end of the first container.
 */
function scanTo(
  text: string,
  from: number,
  offset: number,
  first?: Frame,
): { frames: Frame[]; token: Token; lastEnd: number } | undefined {
  const frames: Frame[] = first ? [first] : [];
  let lastEnd = from;
  const top = () => frames[frames.length - 1] as Frame | undefined;
  const valueRead = (value: string) => {
    const frame = top();
    if (!frame) return;
    frame.done = true;
    if (frame.type === 'array') frame.items[frame.index] = value;
    else if (!frame.afterColon) {
      frame.key = value;
      frame.keys.push(value);
    }
  };
  let i = from;
  while (i < offset) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? lineEnd(text, i) : text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : text[i + 1] === '/' ? end : end + 2;
      if (offset < stop || (end < 0 && offset >= i)) return undefined;
      i = stop;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n' && text[j] !== '\r') j += text[j] === '\\' ? 2 : 1;
      const closed = text[j] === '"';
      if (offset <= j) {
        const end = closed ? j : offset;
        return { frames, lastEnd, token: { start: i + 1, end, prefix: text.slice(i + 1, offset), quote: '"', closed } };
      }
      valueRead(decode(text.slice(i, j + 1)));
      i = closed ? j + 1 : j;
      lastEnd = i;
    } else if (ch === '{' || ch === '[') {
      const parent = top();
      const segment = parent ? (parent.type === 'array' ? parent.index : parent.key) : undefined;
      if (parent && segment === undefined) return undefined;
      frames.push({
        type: ch === '{' ? 'object' : 'array',
        segment,
        afterColon: false,
        keys: [],
        index: 0,
        items: [],
        done: false,
      });
      i++;
    } else if (ch === '}' || ch === ']') {
      frames.pop();
      if (frames.length === 0) return undefined;
      top()!.done = true;
      i++;
      lastEnd = i;
    } else if (ch === ':') {
      const frame = top();
      if (frame?.type === 'object') {
        frame.afterColon = true;
        frame.done = false;
      }
      i++;
    } else if (ch === ',') {
      const frame = top();
      if (frame?.type === 'object') {
        frame.afterColon = false;
        frame.key = undefined;
      } else if (frame) frame.index++;
      if (frame) frame.done = false;
      i++;
    } else {
      // A bare word: in a value, colons are part of it (`s3:GetObject` typed without its quotes).
      const frame = top();
      const inValue = frame !== undefined && (frame.type === 'array' || frame.afterColon);
      let j = i;
      while (j < text.length && (!DELIMITERS.has(text[j]) || (inValue && text[j] === ':'))) j++;
      if (offset <= j) {
        return { frames, lastEnd, token: { start: i, end: j, prefix: text.slice(i, offset), quote: '', closed: true } };
      }
      valueRead(text.slice(i, j));
      i = j;
      lastEnd = i;
    }
  }
  // Between tokens: a token starts at the cursor, running on over a word that begins there.
  let end = offset;
  while (end < text.length && !DELIMITERS.has(text[end])) end++;
  return { frames, lastEnd, token: { start: offset, end, prefix: '', quote: '', closed: true } };
}

function decode(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal.endsWith('"') && literal.length > 1 ? literal : literal + '"');
    return typeof value === 'string' ? value : literal;
  } catch {
    return literal.replace(/^"|"$/g, '');
  }
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return -1;
}

/** The offset of the first character from `from` on that is not white space (the text's length if none). */
function nextSignificant(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}
