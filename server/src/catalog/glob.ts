/**
 * Glob patterns as token lists, matched by simulating the automaton over all pattern positions at once, so that
 * time is bounded by pattern length × text length whatever the pattern (no backtracking, no RegExp built from
 * user text). `*` and `?` come from policies; variables such as `${BucketName}` from ARN formats in the catalog.
 */
export type GlobToken =
  | { kind: 'char'; c: string }
  /** Exactly one character not in `except`. */
  | { kind: 'one'; except: string }
  /** Any run of characters (possibly empty) none of which is in `except`. */
  | { kind: 'star'; except: string };

/** Compiles a policy-style pattern: `*` any run, `?` any one character, everything else itself. */
export function compileWildcard(pattern: string, caseInsensitive = false): GlobToken[] {
  const tokens: GlobToken[] = [];
  for (const ch of caseInsensitive ? pattern.toLowerCase() : pattern) {
    if (ch === '*') {
      if (tokens.length === 0 || tokens[tokens.length - 1].kind !== 'star') tokens.push({ kind: 'star', except: '' });
    } else if (ch === '?') {
      tokens.push({ kind: 'one', except: '' });
    } else {
      tokens.push({ kind: 'char', c: ch });
    }
  }
  return tokens;
}

/** True when the text is in the pattern's language. O(|tokens| × |text|). */
export function globMatch(tokens: GlobToken[], text: string): boolean {
  if (tokens.every((t) => t.kind === 'char' || t.except === '')) return wildcardMatch(tokens, text);
  return automatonMatch(tokens, text);
}

/**
 * Matching for patterns whose wildcards have no excluded characters (policy values): the classic greedy scan that
 * only ever returns to the last star, so it is O(|tokens| × |text|) at worst and allocates nothing.
 */
function wildcardMatch(tokens: GlobToken[], text: string): boolean {
  let t = 0;
  let s = 0;
  let starToken = -1;
  let starText = 0;
  while (s < text.length) {
    const token = tokens[t];
    if (token && (token.kind === 'one' || (token.kind === 'char' && token.c === text[s]))) {
      t++;
      s++;
    } else if (token && token.kind === 'star') {
      starToken = t++;
      starText = s;
    } else if (starToken >= 0) {
      t = starToken + 1;
      s = ++starText;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}

function automatonMatch(tokens: GlobToken[], text: string): boolean {
  const m = tokens.length;
  let current = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  current[0] = 1;
  closeOverStars(tokens, current);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    next.fill(0);
    let any = false;
    for (let j = 0; j < m; j++) {
      if (!current[j]) continue;
      const t = tokens[j];
      if (t.kind === 'char') {
        if (t.c === ch) {
          next[j + 1] = 1;
          any = true;
        }
      } else if (!t.except.includes(ch)) {
        if (t.kind === 'one') next[j + 1] = 1;
        else next[j] = 1;
        any = true;
      }
    }
    if (!any) return false;
    closeOverStars(tokens, next);
    [current, next] = [next, current];
  }
  return current[m] === 1;
}

function closeOverStars(tokens: GlobToken[], states: Uint8Array): void {
  for (let j = 0; j < tokens.length; j++) if (states[j] && tokens[j].kind === 'star') states[j + 1] = 1;
}

/**
 * True when some string is in the language of both patterns: a resource written with wildcards can name a
 * resource of a type whose ARN format has variables. A search over pairs of positions, O(|a| × |b|).
 */
export function globsIntersect(a: GlobToken[], b: GlobToken[]): boolean {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  seen[0] = 1;
  const visit = (i: number, j: number) => {
    const key = i * width + j;
    if (!seen[key]) {
      seen[key] = 1;
      stack.push(key);
    }
  };
  while (stack.length > 0) {
    const key = stack.pop()!;
    const i = Math.floor(key / width);
    const j = key % width;
    if (i === a.length && j === b.length) return true;
    const ta = a[i];
    const tb = b[j];
    if (ta?.kind === 'star') visit(i + 1, j);
    if (tb?.kind === 'star') visit(i, j + 1);
    if (ta && tb && canShareCharacter(ta, tb)) visit(ta.kind === 'star' ? i : i + 1, tb.kind === 'star' ? j : j + 1);
  }
  return false;
}

function canShareCharacter(a: GlobToken, b: GlobToken): boolean {
  if (a.kind === 'char' && b.kind === 'char') return a.c === b.c;
  if (a.kind === 'char') return !(b as { except: string }).except.includes(a.c);
  if (b.kind === 'char') return !a.except.includes(b.c);
  // Two classes that each exclude a few characters always share some other character.
  return true;
}

/** True when the pattern contains `*` or `?`. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}
