import { PNode, PObject } from '../../parsing/tree';
import { CursorContext } from '../cursor';

/** One step of a path from the document's root: a property key, or an index in a list. */
export type Segment = string | number;

/** The token being typed: what a completion replaces, without its quotes. */
export interface Token {
  /** Offsets of the token's first character and of the character after it (the closing quote, if any). */
  start: number;
  end: number;
  /** The text of the token before the cursor. */
  prefix: string;
  /** The quote the token is written in, or '' for a plain (YAML) or bare (JSON) token. */
  quote: '' | '"' | "'";
  /** For a quoted token: whether its closing quote is there (else a completion adds it). */
  closed: boolean;
}

/**
 * Where the cursor is, in terms the completers use whatever the format: a key being typed in an object, a value
 * being typed for a property or as an item of a list, and the path of keys and indexes that leads there.
 *
 * - `key`: `path` leads to the object whose key is typed.
 * - `value`: `path` leads to the value (its last segment is the property key, or the index in its list).
 * - `item`: YAML `- text` where an object item may start as well as a scalar item: `path` leads to the item, and
 *   both the values of the list and the keys of an object item apply.
 */
export interface Place {
  kind: 'key' | 'value' | 'item';
  path: Segment[];
  /** The object whose keys are typed, where the tree has it. */
  object?: PObject;
  /** The keys the object already has, the one being typed left out. */
  present: ReadonlySet<string>;
  token: Token;
  yaml: boolean;
  /** YAML: the column where the key being typed starts (children are indented from it). */
  column: number;
  /** A colon already follows the key being typed. */
  hasColon: boolean;
  /** JSON: another property follows the key being typed, so an inserted `key: value` needs a comma. */
  needsComma: boolean;
  /** JSON: where a comma goes after the previous value, which has none (a key typed on the next line). */
  commaAt?: number;
  /** The document's line break, for multi-line insertions. */
  eol: string;
  /** The items of the list before the one typed (their text), for `Fn::GetAtt: [Name, |]`. */
  previousItems: string[];
  /** The cursor context the place was found from. */
  context: CursorContext;
}

/** The line break the text uses: the first one's. */
export function eolOf(text: string): string {
  const n = text.indexOf('\n');
  return n > 0 && text[n - 1] === '\r' ? '\r\n' : '\n';
}

/** The node at a path from the root, if the tree has one there. */
export function nodeAt(root: PNode | undefined, path: readonly Segment[]): PNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      node = node.type === 'array' ? node.items[segment] : undefined;
    } else {
      node = node.type === 'object' ? node.properties.find((p) => p.key === segment)?.value : undefined;
    }
  }
  return node;
}

/** The path of a cursor context's nodes: the key or index of each step below the root. */
export function segmentsOf(context: CursorContext, steps = context.path.length): Segment[] {
  const segments: Segment[] = [];
  for (let i = 1; i < steps; i++) {
    const step = context.path[i];
    if (step.property) segments.push(step.property.key);
    else if (step.index !== undefined) segments.push(step.index);
  }
  return segments;
}

/** The keys of an object but the one the token is (the key being typed). */
export function presentKeys(object: PObject | undefined, token: Token): Set<string> {
  const keys = new Set<string>();
  for (const p of object?.properties ?? []) {
    const end = p.keySpan.offset + p.keySpan.length;
    const inside = token.start >= p.keySpan.offset && token.end <= end;
    const typing = inside && (token.end > token.start || p.keySpan.offset < token.start);
    if (!typing) keys.add(p.key);
  }
  return keys;
}
