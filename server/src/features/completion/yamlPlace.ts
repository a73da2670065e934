import { INTRINSICS } from '../../cfn/intrinsics';
import { PNode } from '../../parsing/tree';
import { CursorContext, pathTo } from '../cursor';
import { Place, Segment, Token, eolOf, nodeAt, presentKeys } from './place';
import { YamlLine, lineStartOf, previousLineStart, readLine } from './yamlLines';

/** How far up the lines are read to find what holds the cursor's line. */
const MAX_LINES_UP = 20_000;

const LONG_NAMES = new Map(INTRINSICS.map((i) => [i.tag.slice(1), i.name]));

/** `GetAtt` → `Fn::GetAtt`, `Ref` → `Ref`. */
export function longName(tag: string): string {
  return LONG_NAMES.get(tag) ?? `Fn::${tag}`;
}

/**
 * Where the cursor is in a YAML document. A YAML document being edited is rarely whole: a key being typed is read
 * by the parser as the plain value of the key above (`Properties:\n  Buck` is `Properties: "Buck"`), and a cursor on
 * an empty line is in no node at all. So the place is read from the text, as block structure: the cursor's line
 * (its dashes, `key:`, the value's tag, flow collection or quotes) and the lines above it, up to the line that holds
 * it (a sibling key at the same column, or the parent key less indented). The tree gives the path of that line's
 * key, with list indexes, where it parsed; else the lines above are read the same way.
 */
export function yamlPlace(context: CursorContext): Place | undefined {
  const { text, offset } = context;
  const start = lineStartOf(text, offset);
  const line = readLine(text, start);
  const cx = offset - start;
  if (line.blank && line.dashes.length === 0 && text.slice(start, offset).trim() === '') {
    // An empty line (or spaces before the cursor): a key is started at the cursor's column.
    const holder = holderOf(context, start, cx);
    if (!holder) return undefined;
    const token: Token = { start: offset, end: offset, prefix: '', quote: '', closed: true };
    return keyPlace(context, holder, token, cx, false);
  }
  // A comment or a document marker.
  if (line.blank || cx < line.column) return undefined;
  // `s3:|` at the end of the line is a value being typed (`- s3:` before the action's name), not a key yet.
  if (line.colon !== undefined && cx === line.colon + 1 && line.valueColumn === undefined) {
    if (text.slice(offset, line.end).trim() === '') {
      line.colon = undefined;
      line.key = undefined;
    }
  }
  const dashed = line.dashes.length > 0;
  const inKey = line.colon === undefined || cx <= line.colon;

  // The path of the line's own item, when it starts with a dash.
  let itemPath: Segment[] | undefined;
  let items: string[] = [];
  if (dashed) {
    if (line.dashes.length > 1) return undefined;
    const sequence = sequenceOf(context, start, line.dashes[0]);
    if (!sequence) return undefined;
    itemPath = [...sequence.path, sequence.index];
    items = sequence.items;
  }

  if (inKey) {
    const contentStart = start + line.column;
    const first = text[contentStart];
    const valueLike = first === '!' || first === '[' || first === '{' || first === '"' || first === "'";
    if (line.colon === undefined && valueLike) {
      // A value on its own line: a list item, or the value of the key above written on the next line.
      const path = itemPath ?? valuePathAbove(context, start, line.column);
      if (!path) return undefined;
      const place = valuePlace(context, path, contentStart, line.end);
      return place && itemPath && place.path.length === path.length ? { ...place, previousItems: items } : place;
    }
    const token = keyToken(text, contentStart, start + (line.colon ?? contentEnd(text, line)), offset);
    if (!token) return undefined;
    if (itemPath) {
      const place = keyPlace(context, itemPath, token, line.column, line.colon !== undefined);
      return line.colon === undefined ? { ...place, kind: 'item', previousItems: items } : place;
    }
    const holder = holderOf(context, start, line.column);
    if (!holder) return undefined;
    return keyPlace(context, holder, token, line.column, line.colon !== undefined);
  }

  // A value after `key: `.
  const holderPath = itemPath ?? holderOf(context, start, line.column);
  if (!holderPath || line.key === undefined) return undefined;
  const valueStart = start + (line.valueColumn ?? Math.min(line.colon! + 2, line.end - start));
  if (offset < valueStart) return undefined;
  return valuePlace(context, [...holderPath, line.key], valueStart, line.end);
}

function simplePlace(
  context: CursorContext,
  kind: Place['kind'],
  path: Segment[],
  token: Token,
  column: number,
  previousItems: string[] = [],
): Place {
  return {
    kind,
    path,
    present: new Set(),
    token,
    yaml: true,
    column,
    hasColon: false,
    needsComma: false,
    previousItems,
    context,
    eol: eolOf(context.text),
  };
}

function keyPlace(context: CursorContext, path: Segment[], token: Token, column: number, hasColon: boolean): Place {
  const node = nodeAt(context.analysis.parse.root, path);
  const object = node?.type === 'object' ? node : undefined;
  const after = context.text[token.end + (token.quote && token.closed ? 1 : 0)];
  return {
    ...simplePlace(context, 'key', path, token, column),
    object,
    present: presentKeys(object, token),
    hasColon: hasColon || after === ':',
  };
}

/** The end of a line's content, trailing spaces and a comment left out. */
function contentEnd(text: string, line: YamlLine): number {
  let end = line.end;
  const hash = text.slice(line.start + line.column, line.end).search(/(^|[ \t])#/);
  if (hash >= 0) end = line.start + line.column + hash;
  while (end > line.start + line.column && text[end - 1] === ' ') end--;
  return end - line.start;
}

/** The token of a key from `from` to `to` (exclusive), quoted or plain, holding the offset. */
function keyToken(text: string, from: number, to: number, offset: number): Token | undefined {
  let end = to;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const q = text[from];
  if (q === '"' || q === "'") {
    const closed = end > from + 1 && text[end - 1] === q;
    const inner = closed ? end - 1 : end;
    if (offset <= from || offset > inner) return undefined;
    return { start: from + 1, end: inner, prefix: text.slice(from + 1, offset), quote: q, closed };
  }
  if (offset > end) end = offset;
  return { start: from, end, prefix: text.slice(from, offset), quote: '', closed: true };
}

/**
 * The place of a value that starts at `from` on its line: a tag (`!GetAtt`) adds its function to the path, a flow
 * collection its indexes and keys, quotes make the token quoted.
 */
function valuePlace(context: CursorContext, path: Segment[], from: number, lineEnd: number): Place | undefined {
  const kind = 'value';
  const { text, offset } = context;
  const segments: Segment[] = [...path];
  let i = skipSpaces(text, from, offset);
  if (text[i] === '!') {
    let j = i + 1;
    while (j < lineEnd && !/[ \t[\]{},]/.test(text[j])) j++;
    if (offset <= j) {
      // The tag itself is being typed.
      const token: Token = { start: i, end: j, prefix: text.slice(i, offset), quote: '', closed: true };
      return simplePlace(context, kind, segments, token, i - lineStartOf(text, i));
    }
    segments.push(longName(text.slice(i + 1, j)));
    i = skipSpaces(text, j, offset);
  }
  const column = i - lineStartOf(text, i);
  if (text[i] === '[' || text[i] === '{') {
    return offset > i ? flowPlace(context, segments, i, lineEnd, column) : undefined;
  }
  if (text[i] === '"' || text[i] === "'") {
    const token = quotedToken(text, i, lineEnd, offset);
    return token ? simplePlace(context, kind, segments, token, column) : undefined;
  }
  if (text[i] === '|' || text[i] === '>') return undefined;
  const typed = text.slice(i, offset);
  if (/(^|[ \t])#/.test(typed)) return undefined;
  let end = offset;
  while (end < lineEnd && !/[ \t]/.test(text[end])) end++;
  const token: Token = { start: i, end, prefix: typed, quote: '', closed: true };
  return simplePlace(context, kind, segments, token, column);
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** A quoted scalar that opens at `open`: the token inside its quotes, if the cursor is inside them. */
function quotedToken(text: string, open: number, lineEnd: number, offset: number): Token | undefined {
  const q = text[open];
  let j = open + 1;
  while (j < lineEnd) {
    if (text[j] === q) {
      if (q === "'" && text[j + 1] === "'") {
        j += 2;
        continue;
      }
      break;
    }
    j += text[j] === '\\' && q === '"' ? 2 : 1;
  }
  const closed = j < lineEnd && text[j] === q;
  if (offset <= open || (closed && offset > j)) return undefined;
  return {
    start: open + 1,
    end: closed ? j : offset,
    prefix: text.slice(open + 1, offset),
    quote: q as '"' | "'",
    closed,
  };
}

interface FlowFrame {
  type: 'seq' | 'map';
  index: number;
  key?: string;
  afterColon: boolean;
  keys: string[];
  items: string[];
  itemStart: number;
  tag?: string;
}

/** The place of a cursor inside a flow collection that opens at `open`: `[a, !Ref |]`, `{Service: |}`. */
function flowPlace(
  context: CursorContext,
  path: Segment[],
  open: number,
  lineEnd: number,
  column: number,
): Place | undefined {
  const { text, offset } = context;
  const segments: Segment[] = [...path];
  const frames: FlowFrame[] = [];
  const push = (at: number) =>
    frames.push({
      type: text[at] === '[' ? 'seq' : 'map',
      index: 0,
      afterColon: false,
      keys: [],
      items: [],
      itemStart: at + 1,
    });
  push(open);
  let i = open + 1;
  while (i < offset) {
    const frame = frames[frames.length - 1];
    const c = text[i];
    const itemText = () => text.slice(frame.itemStart, i).trim();
    if (c === '"' || c === "'") {
      const token = quotedToken(text, i, lineEnd, offset);
      if (token) return flowResult(context, segments, frames, token, column);
      let j = i + 1;
      while (j < lineEnd && text[j] !== c) j += text[j] === '\\' && c === '"' ? 2 : 1;
      i = j + 1;
    } else if (c === '!' && itemText() === '') {
      let j = i + 1;
      while (j < lineEnd && !/[ \t[\]{},]/.test(text[j])) j++;
      if (offset <= j) {
        const token: Token = { start: i, end: j, prefix: text.slice(i, offset), quote: '', closed: true };
        return flowResult(context, segments, frames, token, column);
      }
      frame.tag = longName(text.slice(i + 1, j));
      frame.itemStart = j;
      i = j;
    } else if (c === '[' || c === '{') {
      const here: Segment[] = [];
      if (frame.type === 'seq') here.push(frame.index);
      else if (frame.key !== undefined) here.push(frame.key);
      else return undefined;
      if (frame.tag) here.push(frame.tag);
      segments.push(...here);
      (frame as FlowFrame & { pushed?: number }).pushed = here.length;
      push(i);
      i++;
    } else if (c === ']' || c === '}') {
      frames.pop();
      if (frames.length === 0) return undefined;
      const parent = frames[frames.length - 1] as FlowFrame & { pushed?: number };
      segments.splice(segments.length - (parent.pushed ?? 0));
      parent.pushed = 0;
      parent.itemStart = i + 1;
      i++;
    } else if (c === ',') {
      if (frame.type === 'seq') {
        frame.items[frame.index] = itemText();
        frame.index++;
      } else {
        frame.key = undefined;
        frame.afterColon = false;
      }
      frame.tag = undefined;
      frame.itemStart = i + 1;
      i++;
    } else if (c === ':' && frame.type === 'map' && !frame.afterColon && /[ \t]/.test(text[i + 1] ?? ' ')) {
      frame.key = itemText();
      frame.keys.push(frame.key);
      frame.afterColon = true;
      frame.itemStart = i + 1;
      i++;
    } else {
      i++;
    }
  }
  const frame = frames[frames.length - 1];
  const startAt = skipSpaces(text, frame.itemStart, offset);
  // A key of a flow map ends at its colon; a value at the next separator.
  const stop = frame.type === 'map' && !frame.afterColon ? /[ \t,:\]}]/ : /[ \t,\]}]/;
  let end = offset;
  while (end < lineEnd && !stop.test(text[end])) end++;
  const token: Token = { start: startAt, end, prefix: text.slice(startAt, offset), quote: '', closed: true };
  return flowResult(context, segments, frames, token, column);
}

function flowResult(
  context: CursorContext,
  segments: Segment[],
  frames: FlowFrame[],
  token: Token,
  column: number,
): Place | undefined {
  const frame = frames[frames.length - 1];
  if (frame.type === 'seq') {
    const path = [...segments, frame.index, ...(frame.tag ? [frame.tag] : [])];
    return simplePlace(context, 'value', path, token, column, frame.items.slice(0, frame.index));
  }
  if (!frame.afterColon) {
    const place = simplePlace(context, 'key', segments, token, column);
    const after = context.text.slice(token.end + (token.quote && token.closed ? 1 : 0)).trimStart()[0];
    return { ...place, present: new Set(frame.keys), hasColon: after === ':' };
  }
  return simplePlace(context, 'value', [...segments, frame.key!, ...(frame.tag ? [frame.tag] : [])], token, column);
}

/**
 * The path of the object that holds the keys at `column` on the line that starts at `start`, from the lines above:
 * the first key at that column is a sibling, and the object holding it holds the line's key too; a key less
 * indented is the parent, whose value holds it.
 */
function holderOf(context: CursorContext, start: number, column: number): Segment[] | undefined {
  if (column === 0) return [];
  const { text } = context;
  let at = previousLineStart(text, start);
  for (let n = 0; at !== undefined && n < MAX_LINES_UP; n++, at = previousLineStart(text, at)) {
    const line = readLine(text, at);
    if (line.blank) continue;
    if (line.key !== undefined && line.column === column) return keyHolderPath(context, line);
    if (line.indent >= column) continue;
    // Less indented: the parent, if it is a key whose value is below it (not a block scalar or a scalar item).
    if (line.key === undefined || line.column > column) return undefined;
    return childPath(context, line);
  }
  return undefined;
}

/**
 * The path of the value that the lines below a key line hold: the key's, and the function of a tag written alone
 * after it (`Resource: !Sub` over a list). Undefined when the key has another value on its line.
 */
function childPath(context: CursorContext, line: YamlLine): Segment[] | undefined {
  let tag: string | undefined;
  if (line.valueColumn !== undefined) {
    const value = context.text
      .slice(line.start + line.valueColumn, line.end)
      .replace(/\s+#.*$/, '')
      .trim();
    if (!/^![A-Za-z]+$/.test(value)) return undefined;
    tag = longName(value.slice(1));
  }
  const path = keyHolderPath(context, line);
  if (!path) return undefined;
  return tag ? [...path, line.key!, tag] : [...path, line.key!];
}

/** The path of the value written on the lines below the key above the line that starts at `start`. */
function valuePathAbove(context: CursorContext, start: number, column: number): Segment[] | undefined {
  const { text } = context;
  let at = previousLineStart(text, start);
  for (let n = 0; at !== undefined && n < MAX_LINES_UP; n++, at = previousLineStart(text, at)) {
    const line = readLine(text, at);
    if (line.blank) continue;
    if (line.indent >= column || line.key === undefined) return undefined;
    return childPath(context, line);
  }
  return undefined;
}

/**
 * The sequence whose items have their dash at `dash`, for the line that starts at `start`: the path of the key that
 * holds it, and the index of the line's item (the dashes at that column above it, counted).
 */
function sequenceOf(
  context: CursorContext,
  start: number,
  dash: number,
): { path: Segment[]; index: number; items: string[] } | undefined {
  const { text } = context;
  let index = 0;
  const items: string[] = [];
  let at = previousLineStart(text, start);
  for (let n = 0; at !== undefined && n < MAX_LINES_UP; n++, at = previousLineStart(text, at)) {
    const line = readLine(text, at);
    if (line.blank) continue;
    if (line.dashes[0] === dash && line.indent === dash) {
      index++;
      items.push(line.key === undefined ? text.slice(line.start + line.column, line.end).trim() : '');
      continue;
    }
    if (line.indent > dash) continue;
    if (line.key === undefined || line.column > dash) return undefined;
    const path = childPath(context, line);
    return path ? { path, index, items: items.reverse() } : undefined;
  }
  return undefined;
}

/** The path of the object that holds the key of a line: from the tree where it has the key there, else the text. */
function keyHolderPath(context: CursorContext, line: YamlLine): Segment[] | undefined {
  const keyOffset = line.start + line.column;
  const root: PNode | undefined = context.analysis.parse.root;
  const steps = pathTo(root, keyOffset);
  const last = steps[steps.length - 1]?.node;
  if (last?.type === 'object' && last.properties.some((p) => p.keySpan.offset === keyOffset)) {
    const path: Segment[] = [];
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i];
      if (step.property) path.push(step.property.key);
      else if (step.index !== undefined) path.push(step.index);
    }
    return path;
  }
  if (line.dashes.length > 0) {
    if (line.dashes.length > 1) return undefined;
    const sequence = sequenceOf(context, line.start, line.dashes[0]);
    return sequence ? [...sequence.path, sequence.index] : undefined;
  }
  return holderOf(context, line.start, line.column);
}
