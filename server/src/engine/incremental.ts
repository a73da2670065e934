import { parseJson } from '../parsing/json';
import { Comment, ParseResult, PNode, PObject } from '../parsing/tree';
import { parseYaml } from '../parsing/yaml';
import { analyze, Analysis, AnalysisInput, parseDocument } from './analyze';
import { PolicyMemo } from './analyzeTemplate';
import { AnalysisSettings } from './settings';

/** How the last analysis of a document was made, for figures and tests. */
export interface AnalysisStats {
  /** `unit` when only the edited resource was parsed again, `full` otherwise. */
  parse: 'unit' | 'full';
  /** Embedded policies whose findings were reused, and those analysed again. */
  reused: number;
  analysed: number;
}

/**
 * The analysis of one document across its versions, the hot path of the editor: an edit inside one resource of a
 * template parses only that resource again (when its boundaries are intact) and analyses again only the policies
 * whose text or context changed; everything else is reused, shifted to where it now is. Anything it cannot prove
 * local (an edit across resources, a syntax error before or after, YAML anchors, a change of language or settings)
 * falls back to a full analysis, which gives the same result by construction; the differential test
 * (test/unit/engine/incremental.test.ts) checks that the two agree after every edit of long random sequences.
 */
export class DocumentAnalyzer {
  private last?: { text: string; languageId?: string; parse: ParseResult; settings?: AnalysisSettings };
  private memo = new PolicyMemo();
  stats: AnalysisStats = { parse: 'full', reused: 0, analysed: 0 };

  analyze(input: AnalysisInput): Analysis {
    const last = this.last;
    if (last && (last.languageId !== input.languageId || last.settings !== input.settings))
      this.memo = new PolicyMemo();
    const same = last && last.languageId === input.languageId;
    // The same text again (new settings): its parse stands as it is.
    const unit =
      same && last.text !== input.text ? reparseUnit(last.text, last.parse, input.text, input.languageId) : undefined;
    const parse = unit ?? (same && last.text === input.text ? last.parse : parseDocument(input.text, input.languageId));
    this.memo.hits = 0;
    this.memo.misses = 0;
    const analysis = analyze(input, { parse, memo: this.memo });
    this.stats = { parse: unit ? 'unit' : 'full', reused: this.memo.hits, analysed: this.memo.misses };
    this.last = { text: input.text, languageId: input.languageId, parse, settings: input.settings };
    return analysis;
  }
}

/** Blocks of this many characters are compared at once (natively) before the one that differs is searched. */
const BLOCK = 4096;

/** The changed region of two texts: the common prefix and suffix left out. Linear, and fast on long texts. */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (
    start + BLOCK <= shortest &&
    before.substring(start, start + BLOCK) === after.substring(start, start + BLOCK)
  ) {
    start += BLOCK;
  }
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const room = shortest - start;
  while (
    suffix + BLOCK <= room &&
    before.substring(before.length - suffix - BLOCK, before.length - suffix) ===
      after.substring(after.length - suffix - BLOCK, after.length - suffix)
  ) {
    suffix += BLOCK;
  }
  while (
    suffix < room &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The parse of `text` made from the parse of `before` by parsing again only the resource the edit fell in, or
 * undefined when that cannot be done safely. The previous tree is reused: its nodes after the edit are shifted in
 * place, so the previous parse must not be used afterwards.
 */
export function reparseUnit(
  before: string,
  previous: ParseResult,
  text: string,
  languageId: string | undefined,
): ParseResult | undefined {
  const root = previous.root;
  if (!root || root.type !== 'object' || before === text) return undefined;
  const { start, oldEnd, newEnd } = changedRange(before, text);
  const resources = root.properties.find((p) => p.key === 'Resources')?.value;
  if (resources?.type !== 'object') return undefined;
  // The resource whose value holds the whole edit strictly inside (its first and last characters untouched).
  const entry = resources.properties.find(
    (p) => p.value && p.value.offset < start && oldEnd < p.value.offset + p.value.length,
  );
  const old = entry?.value;
  if (!entry || !old || old.type !== 'object') return undefined;
  // A syntax problem of the previous text must lie outside the resource (and then it only moves).
  const unitEnd = old.offset + old.length;
  if (previous.problems.some((p) => p.offset + p.length >= old.offset && p.offset <= unitEnd)) return undefined;
  const delta = newEnd - oldEnd;
  const slice = text.slice(old.offset, old.offset + old.length + delta);
  const yaml = languageId === 'yaml';
  const fresh = yaml ? yamlUnit(text, old.offset, slice) : jsonUnit(slice, languageId === 'jsonc', old.offset);
  if (!fresh) return undefined;
  shift(root, start, oldEnd, delta);
  entry.value = fresh.node;
  const oldUnitEnd = old.offset + slice.length - delta;
  const comments = yaml
    ? spliceComments(previous.comments ?? [], fresh.comments, old.offset, oldUnitEnd, delta)
    : undefined;
  const problems = previous.problems.map((p) => (p.offset >= oldEnd ? { ...p, offset: p.offset + delta } : p));
  return { root, problems, comments };
}

function jsonUnit(
  slice: string,
  allowComments: boolean,
  base: number,
): { node: PObject; comments: Comment[] } | undefined {
  const parse = parseJson(slice, { allowComments });
  const node = parse.root;
  if (parse.problems.length > 0 || node?.type !== 'object' || node.offset !== 0 || node.length !== slice.length)
    return undefined;
  moveBy(node, base);
  return { node, comments: [] };
}

// An anchor or alias anywhere (`&name`, `*name` at the start of a value) may tie the edited resource to others.
const ANCHOR = /(?:^|[\s[{,])[&*][^\s,\]}]/;

function yamlUnit(text: string, base: number, slice: string): { node: PObject; comments: Comment[] } | undefined {
  if (ANCHOR.test(slice) || ANCHOR.test(text)) return undefined;
  const lineStart = text.lastIndexOf('\n', base - 1) + 1;
  const column = base - lineStart;
  // The resource's lines must all stay inside its block: deeper than its key, or blank, or comments.
  const lines = slice.split('\n');
  for (const line of lines.slice(1)) {
    const content = line.replace(/\r$/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) continue;
    if (content.length - content.trimStart().length < column) return undefined;
  }
  const parse = parseYaml(' '.repeat(column) + slice);
  const node = parse.root;
  if (parse.problems.length > 0 || node?.type !== 'object' || node.offset !== column || node.length !== slice.length)
    return undefined;
  moveBy(node, base - column);
  const comments = (parse.comments ?? []).map((c) => ({ ...c, offset: c.offset + base - column }));
  return { node, comments };
}

/** The comments of the whole text: those of the edited resource replaced, those after it shifted. */
function spliceComments(
  previous: Comment[],
  inUnit: Comment[],
  unitStart: number,
  oldUnitEnd: number,
  delta: number,
): Comment[] {
  const before = previous.filter((c) => c.offset < unitStart);
  const after = previous.filter((c) => c.offset >= oldUnitEnd).map((c) => ({ ...c, offset: c.offset + delta }));
  return [...before, ...inUnit, ...after];
}

/**
 * Moves the tree's nodes after an edit by `delta` and stretches the ones that hold it, in place. Subtrees wholly
 * before the edit are not visited. An explicit stack: no depth can overflow it.
 */
function shift(root: PNode, start: number, oldEnd: number, delta: number): void {
  if (delta === 0) return;
  const stack: PNode[] = [root];
  const spans: { offset: number; length: number }[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.offset + node.length < start) continue;
    // Wholly after the edit (most of what is visited): everything in it moves, with nothing to compare.
    if (node.offset >= oldEnd) {
      moveBy(node, delta);
      continue;
    }
    spans.length = 0;
    spans.push(node);
    if (node.type === 'object') {
      for (const p of node.properties) {
        if (p.offset + p.length < start) continue;
        spans.push(p, p.keySpan);
        if (p.value) stack.push(p.value);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    }
    for (const span of spans) {
      if (span.offset >= oldEnd) span.offset += delta;
      else if (span.offset + span.length >= oldEnd) span.length += delta;
    }
    if (node.type === 'string' && node.valueOffset !== undefined && node.valueOffset >= oldEnd)
      node.valueOffset += delta;
  }
}

/**
 * Moves every node of a subtree by `by`, in place: a fresh subtree (parsed from a slice starting at 0), or one
 * wholly after an edit.
 */
function moveBy(root: PNode, by: number): void {
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.offset += by;
    if (node.type === 'string' && node.valueOffset !== undefined) node.valueOffset += by;
    if (node.type === 'object') {
      for (const p of node.properties) {
        p.offset += by;
        p.keySpan.offset += by;
        if (p.value) stack.push(p.value);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    }
  }
}
