import { Node as JsonNode, ParseError, ParseErrorCode, parseTree } from 'jsonc-parser';
import { PNode, PProperty, ParseResult, SyntaxProblem } from './tree';

/** Options for {@link parseJson}. */
export interface JsonParseOptions {
  /** Comments are allowed (JSONC); otherwise each comment is a syntax problem, as IAM rejects them. */
  allowComments: boolean;
  /** Deeper nesting than this is refused with a problem instead of parsed (the parser recurses). */
  maxDepth: number;
}

const DEFAULTS: JsonParseOptions = { allowComments: false, maxDepth: 500 };

/**
 * Parses JSON text into a positioned tree, tolerating errors: whatever parsed is returned together with every
 * syntax problem at its place, so that one trailing comma does not hide the rest of the analysis.
 */
export function parseJson(text: string, options: Partial<JsonParseOptions> = {}): ParseResult {
  const opts = { ...DEFAULTS, ...options };
  const tooDeep = findExcessiveNesting(text, opts.maxDepth);
  if (tooDeep !== undefined) {
    return {
      root: undefined,
      problems: [
        {
          offset: tooDeep,
          length: 1,
          message: `Nesting deeper than ${opts.maxDepth} levels; the document was not analysed.`,
        },
      ],
    };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const atEnd = errors.filter((e) => e.offset >= text.length && text.length > 0);
  const problems = errors
    .filter((e) => !atEnd.includes(e))
    .map((e) => describeError(e))
    .filter((p): p is SyntaxProblem => p !== undefined);
  if (atEnd.length > 0) problems.push(describeEnd(text, atEnd));
  problems.push(...findTrailingCommas(text, tree));
  if (!opts.allowComments) problems.push(...findComments(text));
  problems.sort((a, b) => a.offset - b.offset);
  return { root: tree ? convert(tree, text) : undefined, problems: problems.map((p) => insideText(p, text.length)) };
}

/**
 * The parser may place a problem past the end (an unterminated comment, an empty document): clip it to the text,
 * as an editor cannot show a range outside the document.
 */
function insideText(problem: SyntaxProblem, textLength: number): SyntaxProblem {
  const offset = Math.min(problem.offset, textLength);
  const length = Math.min(problem.length, textLength - offset);
  return offset === problem.offset && length === problem.length ? problem : { ...problem, offset, length };
}

function convert(node: JsonNode, text: string): PNode {
  const span = { offset: node.offset, length: node.length };
  switch (node.type) {
    case 'object':
      return { type: 'object', ...span, properties: (node.children ?? []).map((c) => convertProperty(c, text)) };
    case 'array':
      return { type: 'array', ...span, items: (node.children ?? []).map((c) => convert(c, text)) };
    case 'string': {
      const value = String(node.value);
      const plain = node.length === value.length + 2 && text.substr(node.offset + 1, value.length) === value;
      return { type: 'string', ...span, value, valueOffset: plain ? node.offset + 1 : undefined };
    }
    case 'number':
      return { type: 'number', ...span, value: Number(node.value) };
    case 'boolean':
      return { type: 'boolean', ...span, value: Boolean(node.value) };
    default:
      return { type: 'null', ...span, value: null };
  }
}

function convertProperty(node: JsonNode, text: string): PProperty {
  const [keyNode, valueNode] = node.children ?? [];
  return {
    offset: node.offset,
    length: node.length,
    key: keyNode ? String(keyNode.value) : '',
    keySpan: keyNode ? { offset: keyNode.offset, length: keyNode.length } : { offset: node.offset, length: 0 },
    value: valueNode ? convert(valueNode, text) : undefined,
  };
}

const MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character.',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number.',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes.',
  [ParseErrorCode.ValueExpected]: 'Expected a value.',
  [ParseErrorCode.ColonExpected]: "Expected ':' after the property name.",
  [ParseErrorCode.CommaExpected]: "Expected ',' between elements.",
  [ParseErrorCode.CloseBraceExpected]: "Expected '}' to close the object.",
  [ParseErrorCode.CloseBracketExpected]: "Expected ']' to close the array.",
  [ParseErrorCode.EndOfFileExpected]: 'Expected the end of the document after the value.',
  [ParseErrorCode.InvalidCommentToken]: 'Invalid comment.',
  [ParseErrorCode.UnexpectedEndOfComment]: 'Unterminated comment.',
  [ParseErrorCode.UnexpectedEndOfString]: 'Unterminated string.',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'Unterminated number.',
  [ParseErrorCode.InvalidUnicode]: 'Invalid unicode escape sequence.',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape character in string.',
  [ParseErrorCode.InvalidCharacter]: 'Invalid character in string (control characters must be escaped).',
};

function describeError(error: ParseError): SyntaxProblem | undefined {
  // Comments are reported by findComments, where the option asks for it.
  if (error.error === ParseErrorCode.InvalidCommentToken) return undefined;
  const message = MESSAGES[error.error] ?? 'Invalid JSON.';
  return { offset: error.offset, length: Math.max(error.length, 1), message };
}

/**
 * A document cut short gets one error per open bracket from the parser, all at the end, where there is no token
 * to point at: they become one problem on the last character that says what is missing.
 */
function describeEnd(text: string, errors: ParseError[]): SyntaxProblem {
  const closers = errors
    .map((e) =>
      e.error === ParseErrorCode.CloseBraceExpected ? '}' : e.error === ParseErrorCode.CloseBracketExpected ? ']' : '',
    )
    .join('');
  const first = MESSAGES[errors[0].error] ?? 'Invalid JSON.';
  const message = closers
    ? `The document ends before it is complete: '${closers}' expected.`
    : first.replace(/\.$/, ' before the end of the document.');
  return { offset: text.length - 1, length: 1, message };
}

/** Trailing commas parse (so analysis goes on) but IAM rejects them: report each at the comma. */
function findTrailingCommas(text: string, root: JsonNode | undefined): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const stack: JsonNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'object' || node.type === 'array') && node.children && node.children.length > 0) {
      const last = node.children[node.children.length - 1];
      const closing = node.offset + node.length - 1;
      const comma = nextSignificant(text, last.offset + last.length, closing);
      if (comma !== undefined && text[comma] === ',') {
        const closer = node.type === 'object' ? '}' : ']';
        problems.push({
          offset: comma,
          length: 1,
          message: `Trailing comma before '${closer}' is not allowed in JSON.`,
        });
      }
    }
    if (node.children) stack.push(...node.children);
  }
  return problems;
}

/** The offset of the first character in [from, to) that is not white space or a comment. */
function nextSignificant(text: string, from: number, to: number): number | undefined {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? to : end;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? to : end + 2;
    } else {
      return i;
    }
  }
  return undefined;
}

/** Every comment outside strings. */
function findComments(text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  scanOutsideStrings(text, (i) => {
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      problems.push({ offset: i, length: stop - i, message: 'Comments are not allowed in JSON policies.' });
      return stop;
    }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      problems.push({ offset: i, length: stop - i, message: 'Comments are not allowed in JSON policies.' });
      return stop;
    }
    return i + 1;
  });
  return problems;
}

/** The offset of the first bracket that opens a level deeper than maxDepth, if any. */
function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let found: number | undefined;
  scanOutsideStrings(text, (i) => {
    const c = text[i];
    if (c === '{' || c === '[') {
      depth++;
      if (depth > maxDepth) {
        found = i;
        return text.length;
      }
    } else if (c === '}' || c === ']') {
      depth = Math.max(depth - 1, 0);
    }
    return i + 1;
  });
  return found;
}

/**
 * Walks the text, skipping string literals, and lets `visit` decide where to go on from each other character.
 * Linear: every step moves forward.
 */
function scanOutsideStrings(text: string, visit: (i: number) => number): void {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else {
      i = Math.max(visit(i), i + 1);
    }
  }
}
