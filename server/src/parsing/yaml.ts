import {
  Alias,
  CollectionTag,
  Composer,
  CST,
  Lexer,
  ParsedNode,
  Parser,
  Scalar,
  ScalarTag,
  Schema,
  YAMLError,
  YAMLMap,
  YAMLSeq,
  isAlias,
  isMap,
  isScalar,
} from 'yaml';
import { Comment, PArray, PNode, PObject, PProperty, PString, ParseResult, Span, SyntaxProblem } from './tree';

/** Options for {@link parseYaml}. */
export interface YamlParseOptions {
  /** Deeper nesting than this is refused with a problem instead of analysed (yaml's composer recurses). */
  maxDepth: number;
  /** More nodes than this, counting each alias as the nodes it stands for, are refused ("billion laughs"). */
  maxNodes: number;
}

const DEFAULTS: YamlParseOptions = { maxDepth: 500, maxNodes: 1_000_000 };

/** CloudFormation's short-form intrinsic functions: the tag as written → the key of the long form. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  [
    'Ref',
    'Sub',
    'GetAtt',
    'Join',
    'Select',
    'Split',
    'If',
    'Equals',
    'And',
    'Or',
    'Not',
    'FindInMap',
    'ImportValue',
    'Base64',
    'Cidr',
    'GetAZs',
    'Condition',
    'Transform',
    'ToJsonString',
    'Length',
    'GetStackOutput',
    // The functions of rule assertions (the Rules section).
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
  ].map((name) => [`!${name}`, name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]),
);

/**
 * The short forms are declared to yaml on scalars, sequences and mappings, so that it reads them without an
 * "unresolved tag" warning; the values stay as yaml reads them untagged (a tagged scalar is a string).
 */
const CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = [...SHORT_FORMS.keys()].flatMap(
  (tag): (ScalarTag | CollectionTag)[] => [
    { tag, resolve: (value: string) => value },
    { tag, collection: 'map' },
    { tag, collection: 'seq' },
  ],
);

/**
 * YAML 1.2 core schema whatever `%YAML` says (no timestamps, no yes/no booleans), no merge keys (CloudFormation
 * has none: `<<` is an ordinary key), duplicate keys kept for a rule to report, and yaml's own extra tags
 * (`!!binary`, `!!timestamp`, `!!set`…) left unresolved so that they are reported as unknown.
 */
const COMPOSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  resolveKnownTags: false,
  customTags: CUSTOM_TAGS,
} as const;

const COLLECTION_TOKENS: ReadonlySet<string> = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Parses YAML text (a CloudFormation template) into the same positioned tree as JSON, tolerating errors: whatever
 * parsed is returned with every syntax problem at its place. Short-form tags become their long form (`!Sub x` is
 * `{"Fn::Sub": "x"}`, with `tag` set), aliases the node of their anchor. Never throws.
 */
export function parseYaml(text: string, options: Partial<YamlParseOptions> = {}): ParseResult {
  const opts = { ...DEFAULTS, ...options };
  try {
    return parse(text, opts);
  } catch (error) {
    // Last resort: yaml or this code failed in a way not foreseen; the document is not analysed.
    const message = error instanceof Error ? error.message : String(error);
    // Not even the text's length is trusted here: the failure may be that it is not a string.
    const length = typeof text === 'string' && text.length > 0 ? 1 : 0;
    const problem = { offset: 0, length, message: `The YAML parser failed: ${message}` };
    return { root: undefined, problems: [problem], comments: [] };
  }
}

function parse(text: string, opts: YamlParseOptions): ParseResult {
  const scanned = scan(text, opts.maxDepth);
  if (scanned.tooDeep !== undefined) {
    return refused(text, { offset: scanned.tooDeep, length: 1, message: tooDeepMessage(opts.maxDepth) });
  }
  const { tokens, comments, tags } = scanned;

  // The first document is composed and analysed; a second one only gets a problem at its start.
  const problems: SyntaxProblem[] = [];
  const firstDoc = tokens.findIndex((t) => t.type === 'document');
  let end = tokens.length;
  if (firstDoc >= 0) {
    const second = tokens.findIndex((t, i) => i > firstDoc && (t.type === 'document' || t.type === 'directive'));
    if (second >= 0) {
      end = second;
      const offset = tokens[second].offset;
      problems.push({
        offset,
        length: text.startsWith('---', offset) ? 3 : 1,
        message: 'Only the first YAML document is read; CloudFormation templates are a single document.',
      });
    }
  }
  const composer = new Composer(COMPOSE_OPTIONS);
  const [doc] = composer.compose(tokens.slice(0, end), true, text.length);

  for (const error of [...doc.errors, ...doc.warnings]) {
    const [start, stop] = error.pos;
    if (error.code === 'RESOURCE_EXHAUSTION') {
      // yaml caught its own stack overflow: only reachable when maxDepth is set above what it can recurse.
      const message = 'The document is nested too deeply for the YAML parser; it was not analysed.';
      return refused(text, { offset: start, length: 1, message });
    }
    problems.push({ offset: start, length: stop - start, message: describeError(error, text, doc.schema) });
  }

  const converted = new Converter(text, doc.schema, tags, opts, problems).run(doc.contents);
  if (converted.refusal) return refused(text, converted.refusal);
  problems.sort((a, b) => a.offset - b.offset);
  return { root: converted.root, problems: problems.map((p) => insideText(p, text.length)), comments };
}

/** yaml's message, as a sentence; an unresolved tag is named as written (`!!str`, not its full name). */
function describeError(error: YAMLError, text: string, schema: Schema): string {
  const unresolved = /^Unresolved tag: (.*)$/.exec(error.message);
  if (error.code !== 'TAG_RESOLVE_FAILED' || unresolved === null) return sentence(error.message);
  const written = text.slice(error.pos[0], error.pos[1]);
  // A tag of the schema is unresolved only on the wrong kind of node (`!!str [a]`).
  return schema.tags.some((t) => t.tag === unresolved[1])
    ? `The tag ${written} cannot be used on this kind of value.`
    : `Unknown tag ${written}.`;
}

function tooDeepMessage(maxDepth: number): string {
  return `Nesting deeper than ${maxDepth} levels; the document was not analysed.`;
}

/** The result for a document that is not analysed: no tree, one problem saying why. */
function refused(text: string, problem: SyntaxProblem): ParseResult {
  return { root: undefined, problems: [insideText(problem, text.length)], comments: [] };
}

/** yaml's messages are sentences without the final stop; some start in lower case. */
function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Keeps a problem inside the text, at least one character long where the text has one, as an editor cannot show a
 * range outside the document (yaml puts "missing ]" past the last character).
 */
function insideText(problem: SyntaxProblem, textLength: number): SyntaxProblem {
  let offset = Math.min(Math.max(problem.offset, 0), textLength);
  if (offset === textLength && textLength > 0) offset = textLength - 1;
  const length = Math.min(Math.max(problem.length, 1), textLength - offset);
  return offset === problem.offset && length === problem.length ? problem : { ...problem, offset, length };
}

interface Scanned {
  tokens: CST.Token[];
  comments: Comment[];
  /** The tag tokens, in document order. */
  tags: Span[];
  /** Where a collection opens past maxDepth, if one does. */
  tooDeep?: number;
}

/**
 * Lexes and parses the text into yaml's CST, collecting the comments and tags from the lexer's tokens on the way.
 * The parser is iterative but yaml's composer recurses, and a deep parse is slow: the nesting is watched on the
 * parser's stack of open constructs and parsing stops at the first collection past maxDepth.
 */
function scan(text: string, maxDepth: number): Scanned {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  const comments: Comment[] = [];
  const tags: Span[] = [];
  let offset = 0;
  let scalarNext = false;
  for (const lexeme of new Lexer().lex(text)) {
    // After a scalar marker comes the scalar's source, which must not be read as a token (a block scalar's
    // content may start with '#').
    const type: CST.TokenType | null | undefined = scalarNext ? undefined : CST.tokenType(lexeme);
    if (type === 'comment') comments.push({ offset, body: lexeme.slice(1) });
    else if (type === 'tag') tags.push({ offset, length: lexeme.length });
    for (const token of parser.next(lexeme)) tokens.push(token);
    const deepest = openCollection(parser.stack, maxDepth);
    if (deepest !== undefined) return { tokens, comments, tags, tooDeep: deepest.offset };
    scalarNext = type === 'scalar';
    // The lexer's control tokens stand for no text (as in Parser.next).
    if (type !== 'scalar' && type !== 'doc-mode' && type !== 'flow-error-end') offset += lexeme.length;
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens, comments, tags };
}

/**
 * The innermost open collection when more than maxDepth are open. The parser's stack holds the document at the
 * bottom, then the open collections, then at most one scalar on top; only the top needs to be looked at.
 */
function openCollection(stack: CST.Token[], maxDepth: number): CST.Token | undefined {
  const top = stack[stack.length - 1];
  if (top === undefined) return undefined;
  const topIsCollection = COLLECTION_TOKENS.has(top.type);
  const open = stack.length - 1 - (topIsCollection ? 0 : 1);
  if (open <= maxDepth) return undefined;
  return topIsCollection ? top : stack[stack.length - 2];
}

/** What an anchor stands for, with its size and depth once expanded (so that aliases are counted in O(1)). */
interface Anchored {
  node: ParsedNode;
  pnode: PNode;
  /** Still being converted: an alias to it from inside would be a cycle. */
  open: boolean;
  /** Nodes in its expansion. */
  size: number;
  /** Levels of objects and arrays in its expansion (0 for a scalar). */
  height: number;
  /** The count of nodes before it and the levels above it, and the deepest level reached inside it so far. */
  countBefore: number;
  base: number;
  reached: number;
}

/** Where a converted node goes: the next item of an array, or the value of a property (or of the document). */
type Slot = PArray | { value: PNode | undefined };

type Task =
  | { kind: 'node'; node: ParsedNode | null; depth: number; slot: Slot; emptyAt: number }
  | { kind: 'pair'; pair: YAMLMap.Parsed['items'][number]; depth: number; object: PObject }
  | { kind: 'close'; node: YAMLMap.Parsed | YAMLSeq.Parsed; container: PObject | PArray; wrapper?: PObject }
  | { kind: 'anchor'; anchored: Anchored };

/**
 * Converts yaml's node tree to PNode without recursion, in document order, counting the nodes and levels of the
 * tree as if every alias were expanded, so that a document refused for its size or depth is refused at the first
 * alias (or node) past the limit, in time linear in the source. An alias is the very PNode of its anchor: the
 * tree may be a DAG, never a copy.
 */
class Converter {
  private readonly anchors = new Map<string, Anchored>();
  /** The anchored collections being converted, innermost last. */
  private readonly openAnchors: Anchored[] = [];
  private readonly tasks: Task[] = [];
  private count = 0;
  private refusal: SyntaxProblem | undefined;

  constructor(
    private readonly text: string,
    private readonly schema: Schema,
    private readonly tags: Span[],
    private readonly opts: YamlParseOptions,
    private readonly problems: SyntaxProblem[],
  ) {}

  run(contents: ParsedNode | null): { root: PNode | undefined; refusal?: SyntaxProblem } {
    // An empty text, only comments, or a lone `---` hold no value: the caller decides what that means.
    if (contents === null || isNothing(contents)) return { root: undefined };
    const top: { value: PNode | undefined } = { value: undefined };
    this.tasks.push({ kind: 'node', node: contents, depth: 0, slot: top, emptyAt: 0 });
    while (this.tasks.length > 0 && this.refusal === undefined) {
      const task = this.tasks.pop()!;
      switch (task.kind) {
        case 'node':
          this.visit(task.node, task.depth, task.slot, task.emptyAt);
          break;
        case 'pair':
          this.visitPair(task.pair, task.depth, task.object);
          break;
        case 'close':
          this.close(task.node, task.container, task.wrapper);
          break;
        case 'anchor':
          this.closeAnchor(task.anchored);
          break;
      }
    }
    return this.refusal ? { root: undefined, refusal: this.refusal } : { root: top.value };
  }

  private visit(node: ParsedNode | null, depth: number, slot: Slot, emptyAt: number): void {
    if (node === null) {
      // A pair without a value (`? key`): null right after the key, as for `key:`.
      if (this.counted(1, { offset: emptyAt, length: 0 }, false)) {
        fill(slot, { type: 'null', offset: emptyAt, length: 0, value: null });
      }
      return;
    }
    if (isAlias(node)) {
      this.visitAlias(node, depth, slot);
      return;
    }
    const longForm = node.tag === undefined ? undefined : SHORT_FORMS.get(node.tag);
    // The tag token is always found; were it not, the long form still stands, with an empty key span.
    const tagSpan =
      longForm === undefined ? undefined : (this.tagBefore(node.range[0]) ?? { offset: node.range[0], length: 0 });
    if (!this.counted(longForm === undefined ? 1 : 2, tagSpan ?? spanOf(node), false)) return;
    let levels = depth;
    if (tagSpan !== undefined && !this.within(++levels, tagSpan)) return;

    if (isScalar(node)) {
      const inner = this.scalar(node);
      const result = tagSpan === undefined ? inner : wrap(longForm!, node.tag!, tagSpan, inner, end(inner));
      fill(slot, result);
      this.reach(levels);
      if (node.anchor) this.define(node, result, tagSpan === undefined ? 1 : 2, levels - depth, depth);
      return;
    }

    const collection = node as YAMLMap.Parsed | YAMLSeq.Parsed;
    const [start, rawEnd] = collection.range;
    if (!this.within(++levels, { offset: start, length: 1 })) return;
    this.reach(levels);
    // A flow collection's span is known (bracket to bracket); a block one ends with its last item, found on close.
    const length = collection.flow ? trimEnd(this.text, start, rawEnd) - start : 0;
    const container: PObject | PArray = isMap(collection)
      ? { type: 'object', offset: start, length, properties: [] }
      : { type: 'array', offset: start, length, items: [] };
    const wrapper = tagSpan === undefined ? undefined : wrap(longForm!, node.tag!, tagSpan, container, 0);
    fill(slot, wrapper ?? container);
    if (node.anchor) {
      const anchored = this.define(node, wrapper ?? container, 0, 0, depth);
      anchored.open = true;
      anchored.countBefore = this.count - (wrapper ? 2 : 1);
      anchored.reached = levels;
      this.openAnchors.push(anchored);
      this.tasks.push({ kind: 'anchor', anchored });
    }
    this.tasks.push({ kind: 'close', node: collection, container, wrapper });
    if (container.type === 'object') {
      const items = (collection as YAMLMap.Parsed).items;
      for (let i = items.length - 1; i >= 0; i--) {
        this.tasks.push({ kind: 'pair', pair: items[i], depth: levels, object: container });
      }
    } else {
      const items = (collection as YAMLSeq.Parsed).items;
      for (let i = items.length - 1; i >= 0; i--) {
        this.tasks.push({ kind: 'node', node: items[i], depth: levels, slot: container, emptyAt: start });
      }
    }
  }

  private visitAlias(node: Alias.Parsed, depth: number, slot: Slot): void {
    const span = spanOf(node);
    const anchored = this.anchors.get(node.source);
    if (anchored === undefined || anchored.open) {
      if (!this.counted(1, span, false)) return;
      this.problems.push({
        ...span,
        message:
          anchored === undefined
            ? `Unknown alias *${node.source}: no anchor &${node.source} is defined before it.`
            : `The alias *${node.source} is inside the node it refers to; it is read as null.`,
      });
      fill(slot, { type: 'null', ...span, value: null });
      return;
    }
    if (!this.counted(anchored.size, span, true)) return;
    if (!this.within(depth + anchored.height, span)) return;
    this.reach(depth + anchored.height);
    fill(slot, anchored.pnode);
  }

  private visitPair(pair: YAMLMap.Parsed['items'][number], depth: number, object: PObject): void {
    const keyNode = pair.key as ParsedNode | null;
    let key = '';
    let keySpan: Span = { offset: pair.value ? pair.value.range[0] : object.offset, length: 0 };
    if (keyNode !== null) {
      keySpan = spanOf(keyNode);
      key = this.keyText(keyNode);
    }
    const property: PProperty = { offset: keySpan.offset, length: keySpan.length, key, keySpan, value: undefined };
    object.properties.push(property);
    const emptyAt = keySpan.offset + keySpan.length;
    this.tasks.push({ kind: 'node', node: pair.value as ParsedNode | null, depth, slot: property, emptyAt });
  }

  /** A key's text as written: `1:` is "1"; a key that is not a scalar is read as its text, with a problem. */
  private keyText(node: ParsedNode): string {
    if (isScalar(node)) {
      const tagSpan = node.tag !== undefined && SHORT_FORMS.has(node.tag) ? this.tagBefore(node.range[0]) : undefined;
      if (tagSpan) this.problems.push({ ...tagSpan, message: `The tag ${node.tag} cannot be used on a mapping key.` });
      if (node.anchor) this.define(node, this.scalar(node), 1, 0, 0);
      return String(node.source ?? node.value);
    }
    const span = spanOf(node);
    const anchored = isAlias(node) ? this.anchors.get(node.source) : undefined;
    if (anchored && !anchored.open && isScalar(anchored.node)) return String(anchored.node.source);
    const message =
      isAlias(node) && anchored === undefined
        ? `Unknown alias *${node.source}: no anchor &${node.source} is defined before it.`
        : 'A mapping key must be a scalar; this key is read as its text.';
    this.problems.push({ ...span, message });
    return this.text.substr(span.offset, span.length);
  }

  /** Sets the spans only known once the items are converted: the properties' and a block collection's end. */
  private close(node: YAMLMap.Parsed | YAMLSeq.Parsed, container: PObject | PArray, wrapper?: PObject): void {
    let last = container.offset;
    if (container.type === 'object') {
      const pairs = (node as YAMLMap.Parsed).items;
      container.properties.forEach((property, i) => {
        const valueEnd = property.value ? endInPlace(pairs[i].value as ParsedNode | null, property.value) : 0;
        last = Math.max(property.keySpan.offset + property.keySpan.length, valueEnd);
        property.length = last - property.offset;
      });
    } else if (container.items.length > 0) {
      const items = (node as YAMLSeq.Parsed).items;
      last = endInPlace(items[items.length - 1], container.items[container.items.length - 1]);
    }
    if (!node.flow) container.length = Math.max(last - container.offset, 1);
    if (wrapper) {
      wrapper.length = end(container) - wrapper.offset;
      wrapper.properties[0].length = wrapper.length;
    }
  }

  private closeAnchor(anchored: Anchored): void {
    this.openAnchors.pop();
    anchored.open = false;
    anchored.size = this.count - anchored.countBefore;
    anchored.height = anchored.reached - anchored.base;
    this.reach(anchored.reached);
  }

  /** Remembers an anchor; the latest definition of a name wins, as in YAML. */
  private define(node: ParsedNode, pnode: PNode, size: number, height: number, base: number): Anchored {
    const anchored: Anchored = { node, pnode, open: false, size, height, countBefore: 0, base, reached: base };
    this.anchors.set(node.anchor!, anchored);
    return anchored;
  }

  /** Notes that a level was reached inside the innermost open anchor, for its height. */
  private reach(level: number): void {
    const inner = this.openAnchors[this.openAnchors.length - 1];
    if (inner !== undefined && level > inner.reached) inner.reached = level;
  }

  /** Adds nodes to the count; false (and the document refused) when that passes maxNodes. */
  private counted(nodes: number, at: Span, alias: boolean): boolean {
    this.count += nodes;
    if (this.count <= this.opts.maxNodes) return true;
    const limit = this.opts.maxNodes.toLocaleString('en-US');
    const message = alias
      ? `Aliases expand this document past ${limit} nodes; it was not analysed.`
      : `The document has more than ${limit} nodes; it was not analysed.`;
    this.refusal = { ...at, message };
    return false;
  }

  /** False (and the document refused) when a level is past maxDepth. */
  private within(level: number, at: Span): boolean {
    if (level <= this.opts.maxDepth) return true;
    this.refusal = { ...at, message: tooDeepMessage(this.opts.maxDepth) };
    return false;
  }

  /** The tag token of a node starting at `start`: the last tag before it, as nothing else can come between. */
  private tagBefore(start: number): Span | undefined {
    let low = 0;
    let high = this.tags.length - 1;
    let found: Span | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.tags[mid].offset < start) {
        found = this.tags[mid];
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private scalar(node: Scalar.Parsed): PNode {
    const text = this.text;
    const [start, rawEnd] = node.range;
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    if (start === rawEnd) {
      // An empty value (`key:`, `- `, `!GetAZs` alone): zero length right after the indicator or tag; yaml puts
      // it after the spaces that follow.
      let offset = start;
      while (offset > 0 && (text[offset - 1] === ' ' || text[offset - 1] === '\t')) offset--;
      return node.value === null
        ? { type: 'null', offset, length: 0, value: null }
        : { type: 'string', offset, length: 0, value: String(node.value), valueOffset: offset };
    }
    // A block scalar's range ends after its last line break; the node ends with its content.
    const span = { offset: start, length: (block ? trimEnd(text, start, rawEnd) : rawEnd) - start };
    let value: unknown = node.value;
    if (node.type === Scalar.PLAIN && node.tag !== undefined && !this.isKnownTag(node.tag)) {
      // An unknown tag (reported by yaml) leaves the value as it would be untagged: `!Foo 10` is the number 10.
      value = untagged(this.schema, String(node.source));
    }
    if (value === null) return { type: 'null', ...span, value: null };
    if (typeof value === 'boolean') return { type: 'boolean', ...span, value };
    if (typeof value === 'number') return { type: 'number', ...span, value };
    const string = typeof value === 'string' ? value : String(node.source);
    const quoted = node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE;
    const first = quoted ? start + 1 : start;
    const inner = span.length - (quoted ? 2 : 0);
    // Escapes, doubled quotes and line folding all make the source longer than the value (or change a character).
    const verbatim = !block && inner === string.length && text.startsWith(string, first);
    const result: PString = { type: 'string', ...span, value: string, valueOffset: verbatim ? first : undefined };
    return result;
  }

  private isKnownTag(tag: string): boolean {
    return tag === '!' || SHORT_FORMS.has(tag) || this.schema.tags.some((t) => t.tag === tag);
  }
}

/** A document that holds nothing but maybe `---`: an empty plain scalar with no properties. */
function isNothing(node: ParsedNode): boolean {
  return (
    isScalar(node) &&
    node.value === null &&
    node.source === '' &&
    node.tag === undefined &&
    node.anchor === undefined &&
    node.range[0] === node.range[1]
  );
}

/** The value of a plain scalar by the core schema's tests, as if it had no tag. */
function untagged(schema: Schema, source: string): unknown {
  for (const tag of schema.tags) {
    if (!tag.collection && tag.default === true && tag.test?.test(source)) {
      return (tag as ScalarTag).resolve(source, () => undefined, {});
    }
  }
  return source;
}

/** The long form of a short-form tag: an object with one property, whose key span is the tag. */
function wrap(key: string, tag: string, tagSpan: Span, value: PNode, valueEnd: number): PObject {
  const length = Math.max(valueEnd - tagSpan.offset, tagSpan.length);
  const property: PProperty = { offset: tagSpan.offset, length, key, keySpan: { ...tagSpan }, value };
  return { type: 'object', offset: tagSpan.offset, length, properties: [property], tag };
}

function fill(slot: Slot, node: PNode): void {
  if ('items' in slot) slot.items.push(node);
  else slot.value = node;
}

function end(node: Span): number {
  return node.offset + node.length;
}

/** Where a value ends in the text: an alias ends where it is written, not where its anchor's node does. */
function endInPlace(node: ParsedNode | null, converted: PNode): number {
  return node !== null && isAlias(node) ? node.range[1] : end(converted);
}

function spanOf(node: ParsedNode): Span {
  return { offset: node.range[0], length: node.range[1] - node.range[0] };
}

/** `end` moved back over white space and line breaks, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /[ \t\r\n]/.test(text[i - 1])) i--;
  return i;
}
