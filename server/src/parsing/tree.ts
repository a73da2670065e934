/** A range of text: an offset from the start of the document and a length, both in UTF-16 code units. */
export interface Span {
  offset: number;
  length: number;
}

/** A positioned value tree that knows nothing of AWS: JSON and YAML both end in it. */
export type PNode = PObject | PArray | PString | PNumber | PBoolean | PNull;

export interface PObject extends Span {
  type: 'object';
  properties: PProperty[];
  /**
   * Set when the object stands for a YAML short-form tag (`!Sub 'x'` is read as `{"Fn::Sub": "x"}`): the tag as
   * written, `!Sub`. The object's one property then has the tag's span as its key span.
   */
  tag?: string;
}

export interface PArray extends Span {
  type: 'array';
  items: PNode[];
}

export interface PString extends Span {
  type: 'string';
  value: string;
  /**
   * Offset of the first character of the value when every character of the value stands in the text as itself
   * (no escapes), so that a part of the value can be given its own range; undefined otherwise.
   */
  valueOffset?: number;
}

export interface PNumber extends Span {
  type: 'number';
  value: number;
}

export interface PBoolean extends Span {
  type: 'boolean';
  value: boolean;
}

export interface PNull extends Span {
  type: 'null';
  value: null;
}

/** One key of an object, with the span of the key token and the whole `key: value` pair. */
export interface PProperty extends Span {
  key: string;
  keySpan: Span;
  value: PNode | undefined;
}

/** A syntax error found while parsing, with its place. */
export interface SyntaxProblem extends Span {
  message: string;
}

/** A comment of the document: where it starts and its text without the comment markers (`//`, `/* *\/`, `#`). */
export interface Comment {
  offset: number;
  body: string;
}

/** What a parser returns: the tree of whatever parsed, and the problems it met on the way. */
export interface ParseResult {
  root: PNode | undefined;
  problems: SyntaxProblem[];
  /** The comments, for formats whose parser collects them (YAML); JSONC's are read by their own scanner. */
  comments?: Comment[];
}

/** The span of characters `start..end` of a string's value, or the whole token when the value has escapes. */
export function spanInString(node: PString, start: number, end: number): Span {
  if (node.valueOffset === undefined) return { offset: node.offset, length: node.length };
  return { offset: node.valueOffset + start, length: Math.max(end - start, 0) };
}

/** The span of a string's value without its quotes, or the whole token when the value has escapes. */
export function valueSpan(node: PString): Span {
  return spanInString(node, 0, node.value.length);
}

/** The properties of an object with the given key, in document order (more than one when a key is repeated). */
export function propertiesNamed(node: PObject, key: string): PProperty[] {
  return node.properties.filter((p) => p.key === key);
}

/** Describes a node's type the way a policy author would say it. */
export function describeType(node: PNode): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
  }
}
