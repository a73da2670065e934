// Fuzzing: thousands of mutated policies, each analysed under every policy kind and language, must keep the
// analysis's properties (see properties.ts). Replay a failure with POLICY_LENS_FUZZ_SEED (and, to run one
// document only, POLICY_LENS_FUZZ_DOCUMENT).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mutate } from './mutators';
import { checkAnalysis, excerpt, FILE_NAMES, LANGUAGES, seedDocuments } from './properties';
import { fuzzSeed, Random } from './random';

const DOCUMENTS = Number(process.env.POLICY_LENS_FUZZ_COUNT) || 10_000;
const ONLY =
  process.env.POLICY_LENS_FUZZ_DOCUMENT === undefined ? undefined : Number(process.env.POLICY_LENS_FUZZ_DOCUMENT);
const COMBINATIONS = FILE_NAMES.flatMap((fileName) => LANGUAGES.map((languageId) => ({ fileName, languageId })));
/** The first documents run under every combination; the others under one, in turn, to stay within the time. */
const FULL_MATRIX = 200;

/** The random source of document `index`: each document can be replayed alone. */
function randomFor(seed: number, index: number): Random {
  return new Random((seed + Math.imul(index + 1, 0x9e3779b9)) >>> 0);
}

interface Slowest {
  ms: number;
  where: string;
}

describe('fuzzing the analysis', () => {
  it(`keeps every property on ${DOCUMENTS} mutated policies`, () => {
    const seed = fuzzSeed();
    const seeds = seedDocuments();
    const failures: string[] = [];
    let analyses = 0;
    let slowest: Slowest = { ms: 0, where: '' };
    // The catalog loads on first use: not a cost of any one document.
    checkAnalysis(seeds[0].text, FILE_NAMES[0], LANGUAGES[0]);
    const started = performance.now();
    for (let index = 0; index < DOCUMENTS && failures.length < 10; index++) {
      if (ONLY !== undefined && index !== ONLY) continue;
      const random = randomFor(seed, index);
      const source = random.pick(seeds);
      const { text, applied } = mutate(source.text, random);
      const combos = index < FULL_MATRIX ? COMBINATIONS : [COMBINATIONS[index % COMBINATIONS.length]];
      const where = (c: { fileName: string; languageId: string }) =>
        `document #${index} (seed ${seed}; ${source.name}; ${applied.join(', ')}) as ${c.fileName} in ${c.languageId}`;
      for (const [n, combo] of combos.entries()) {
        try {
          const first = checkAnalysis(text, combo.fileName, combo.languageId);
          analyses++;
          if (first.ms > slowest.ms) slowest = { ms: first.ms, where: where(combo) };
          if (n === 0) {
            const again = checkAnalysis(text, combo.fileName, combo.languageId);
            analyses++;
            assert.deepEqual(again.findings, first.findings, 'the same text analysed twice gave other findings');
          }
        } catch (error) {
          failures.push(
            `${where(combo)}: ${error instanceof Error ? error.message : String(error)}\n  text: ${excerpt(text)}`,
          );
          break;
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${DOCUMENTS} documents, ${analyses} analyses in ${seconds.toFixed(1)} s (seed ${seed}); ` +
        `slowest analysis ${slowest.ms.toFixed(1)} ms: ${slowest.where}`,
    );
    assert.deepEqual(failures, [], `fuzzing failed (replay with POLICY_LENS_FUZZ_SEED=${seed})`);
  });
});
