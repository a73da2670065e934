/**
 * The candidate closest to a misspelt word, for "did you mean" messages: case-insensitive edit distance with
 * adjacent transpositions, within a bound that grows with the word's length. Undefined when nothing is close.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  maxDistance = defaultBound(word),
): string | undefined {
  const target = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - target.length) >= bestDistance) continue;
    const d = distance(target, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** Up to `count` candidates by increasing distance, for completion-style suggestions. */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  count: number,
  maxDistance = defaultBound(word),
): string[] {
  const target = word.toLowerCase();
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - target.length) > maxDistance) continue;
    const d = distance(target, candidate.toLowerCase(), maxDistance);
    if (d <= maxDistance) scored.push([candidate, d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([c]) => c);
}

function defaultBound(word: string): number {
  return Math.max(1, Math.min(4, Math.floor(word.length / 3)));
}

/** Optimal string alignment distance, giving up (returning bound + 1) once every cell of a row exceeds bound. */
function distance(a: string, b: string, bound: number): number {
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[n];
}
