// Mutations of valid policy text: each takes a text and returns a damaged or stretched one.
import { Random } from './random';

/** One way of changing a document, named so that a failure says what was done. */
export interface Mutator {
  name: string;
  apply(text: string, random: Random): string;
}

/** A JSON token and where it stands; strings keep their quotes. */
interface Token {
  offset: number;
  text: string;
}

// A fixed pattern (never built from input): strings with escapes, punctuation, and runs of anything else.
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|[{}[\]:,]|[^\s{}[\]:,"]+/g;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ offset: m.index ?? 0, text: m[0] }));
}

function stringTokens(text: string): Token[] {
  return tokens(text).filter((t) => t.text.length >= 2 && t.text.startsWith('"') && t.text.endsWith('"'));
}

/** A string token that is a value (after a colon or inside an array), not a key. */
function valueTokens(text: string): Token[] {
  return stringTokens(text).filter(
    (t) => !/^\s*:/.test(text.slice(t.offset + t.text.length, t.offset + t.text.length + 4)),
  );
}

// Fixed patterns: the elements that hold wildcard patterns, and condition keys (`service:Name`).
const PATTERN_KEYS = [
  /"(?:Not)?(?:Action|Resource|Principal)"\s*:\s*/g,
  /"AWS"\s*:\s*/g,
  /"[\w-]+:[\w/${}.-]+"\s*:\s*/g,
];

/** The value tokens of elements that hold patterns: the first token after such a key. */
function patternValues(text: string): Token[] {
  const all = tokens(text);
  const starts = new Map(all.map((t) => [t.offset, t]));
  const found: Token[] = [];
  for (const pattern of PATTERN_KEYS) {
    for (const m of text.matchAll(pattern)) {
      const token = starts.get((m.index ?? 0) + m[0].length);
      if (token) found.push(token);
    }
  }
  return found;
}

function replaceToken(text: string, token: Token, by: string): string {
  return text.slice(0, token.offset) + by + text.slice(token.offset + token.text.length);
}

function insertAt(text: string, offset: number, what: string): string {
  return text.slice(0, offset) + what + text.slice(offset);
}

function withToken(pick: (text: string) => Token[], change: (text: string, token: Token, random: Random) => string) {
  return (text: string, random: Random): string => {
    const candidates = pick(text);
    return candidates.length === 0 ? text : change(text, random.pick(candidates), random);
  };
}

const ODD_CHARACTERS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '\\',
  '*',
  '?',
  '$',
  '/',
  '\n',
  '\t',
  ' ',
  '0',
  '-',
  'e',
  'a',
  '\u0000',
  '\r',
  '\uFEFF',
  '\u{1F600}',
  '\u{1D11E}',
  '\u0301',
  '\u202E',
  '\u200F',
  '\u05D0',
  '\u200B',
  '\uD800',
  '\uDC00',
  '\u2028',
  '${',
  '}$',
  '/*',
  '//',
];

const SWAPPED_VALUES = [
  '0',
  '-1',
  '1e999',
  '3.14',
  'true',
  'false',
  'null',
  '{}',
  '[]',
  '[[]]',
  '[null]',
  '[1, "x"]',
  '{"a": "b"}',
  '{"Allow": true}',
  '""',
  '"*"',
  '[[[["s3:GetObject"]]]]',
  '{"": {"": [""]}}',
];

/** Values made to make wildcard matching explode, for every element that holds patterns. */
export const WILDCARD_VALUES = [
  `"${'*a'.repeat(20)}*b"`,
  `"s3:${'*a'.repeat(20)}*b"`,
  `"${'*a'.repeat(10)}:${'*a'.repeat(10)}*b"`,
  `"arn:aws:s3:::${'*a'.repeat(30)}*b"`,
  `"arn:${'*a'.repeat(5)}:${'*a'.repeat(5)}:*:*:${'*a'.repeat(20)}*b"`,
  `"arn:aws:iam::${'?'.repeat(12)}:role/${'*?'.repeat(30)}x"`,
  `["${'*a'.repeat(25)}*b", "${'?a'.repeat(25)}*b", "*:*${'a*'.repeat(25)}"]`,
  `"aws:${'*a'.repeat(20)}b"`,
  `"${'*'.repeat(5000)}a"`,
  `"s3:${'?'.repeat(3000)}"`,
];

const deepen = (depth: number) => (value: string) => '['.repeat(depth) + value + ']'.repeat(depth);

/** Every mutator, each as likely as the others. */
export const MUTATORS: readonly Mutator[] = [
  {
    name: 'delete characters',
    apply(text, random) {
      const at = random.int(0, text.length);
      return text.slice(0, at) + text.slice(at + random.int(1, 8));
    },
  },
  {
    name: 'insert characters',
    apply(text, random) {
      let inserted = '';
      for (let n = random.int(1, 4); n > 0; n--) inserted += random.pick(ODD_CHARACTERS);
      return insertAt(text, random.int(0, text.length), inserted);
    },
  },
  {
    name: 'duplicate characters',
    apply(text, random) {
      const at = random.int(0, text.length);
      return insertAt(text, at, text.slice(at, at + random.int(1, 40)));
    },
  },
  {
    name: 'delete a token',
    apply: withToken(tokens, (text, token) => replaceToken(text, token, '')),
  },
  {
    name: 'duplicate a token',
    apply: withToken(tokens, (text, token) => replaceToken(text, token, token.text + token.text)),
  },
  {
    name: 'move a token',
    apply: withToken(tokens, (text, token, random) =>
      insertAt(replaceToken(text, token, ''), random.int(0, text.length - token.text.length), token.text),
    ),
  },
  {
    name: 'truncate',
    apply: (text, random) => text.slice(0, random.int(0, text.length)),
  },
  {
    name: 'swap a value type',
    apply: withToken(valueTokens, (text, token, random) => replaceToken(text, token, random.pick(SWAPPED_VALUES))),
  },
  {
    name: 'nest a value deeply',
    apply: withToken(valueTokens, (text, token, random) =>
      replaceToken(text, token, deepen(random.pick([2, 50, 499, 501, 2000]))(token.text)),
    ),
  },
  {
    name: 'repeat a value into a huge array',
    apply: withToken(valueTokens, (text, token, random) =>
      replaceToken(
        text,
        token,
        `[${Array(random.pick([100, 100, 1000]))
          .fill(token.text)
          .join(',')}]`,
      ),
    ),
  },
  {
    name: 'insert unicode into a string',
    apply: withToken(stringTokens, (text, token, random) => {
      const odd = random.pick([
        '\u{1F600}',
        'e\u0301\u0301',
        '\u202Eabc\u202C',
        '\u05D0\u05D1:',
        '\uD800',
        '\\u0000',
        '\\uD83D\\uDE00',
        '\\"',
      ]);
      return insertAt(text, token.offset + random.int(1, token.text.length - 1), odd);
    }),
  },
  {
    name: 'insert NUL bytes',
    apply: (text, random) => insertAt(text, random.int(0, text.length), '\u0000'.repeat(random.int(1, 3))),
  },
  {
    name: 'use CRLF or lone CR line ends',
    apply: (text, random) => text.replace(/\n/g, random.pick(['\r\n', '\r', '\u2028'])),
  },
  {
    name: 'start with a BOM',
    apply: (text) => '\uFEFF' + text,
  },
  {
    name: 'make a string very long',
    apply: withToken(stringTokens, (text, token, random) =>
      insertAt(
        text,
        token.offset + 1,
        random.pick(['x', '*', 'a:', '/', '${']).repeat(random.pick([1000, 1000, 20_000])),
      ),
    ),
  },
  {
    name: 'put an exploding wildcard in a value',
    apply: withToken(valueTokens, (text, token, random) => replaceToken(text, token, random.pick(WILDCARD_VALUES))),
  },
  {
    name: 'put an exploding wildcard in Action, Resource, Principal or a condition',
    apply: withToken(patternValues, (text, token, random) => replaceToken(text, token, random.pick(WILDCARD_VALUES))),
  },
  {
    name: 'escape a character of a string',
    apply: withToken(stringTokens, (text, token, random) => {
      if (token.text.length < 3) return text;
      const at = token.offset + random.int(1, token.text.length - 2);
      const code = text.charCodeAt(at);
      return text.slice(0, at) + `\\u${code.toString(16).padStart(4, '0')}` + text.slice(at + 1);
    }),
  },
];

/**
 * Past this many characters a mutation is undone: chained growths reach megabytes, which the pathological tests
 * cover once each rather than the fuzzer thousands of times.
 */
export const MAX_FUZZED_LENGTH = 400_000;

/** One to three mutations in a row, with the names of those applied. */
export function mutate(text: string, random: Random): { text: string; applied: string[] } {
  const applied: string[] = [];
  let result = text;
  for (let n = random.int(1, 3); n > 0; n--) {
    const mutator = random.pick(MUTATORS);
    const next = mutator.apply(result, random);
    if (next.length > MAX_FUZZED_LENGTH) continue;
    applied.push(mutator.name);
    result = next;
  }
  return { text: result, applied };
}
