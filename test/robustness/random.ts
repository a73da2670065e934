// A small seeded PRNG, so that every fuzz run can be replayed from the seed it prints.

/** The seed of this run: POLICY_LENS_FUZZ_SEED when set (to replay a failure), else a fixed one so CI repeats. */
export function fuzzSeed(): number {
  const raw = process.env.POLICY_LENS_FUZZ_SEED;
  const parsed = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(parsed) ? parsed >>> 0 : 20_261_122;
}

/** Deterministic random choices from a 32-bit seed (mulberry32: fast, and good enough to pick mutations). */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}
