// The properties every analysis must have, whatever the text: checked on each fuzzed document.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { FILE_NAME_KINDS } from '../../server/src/model/detect';
import { ruleInfo } from '../../server/src/engine/rules';
import { Finding } from '../../server/src/rules/rule';

/** An analysis slower than this fails even on a loaded machine; the slowest one seen is printed, not judged. */
export const GROSS_TIME_LIMIT_MS = 5000;

/** The file names an analysis runs under: one per kind the file name sets, and one left to the content. */
export const FILE_NAMES: readonly string[] = [...FILE_NAME_KINDS.map(([suffix]) => `fuzz${suffix}`), 'fuzz.json'];

/** Both languages a JSON policy arrives in. */
export const LANGUAGES: readonly string[] = ['json', 'jsonc'];

/** The valid documents fuzzing starts from: the AWS documentation's policies and the notes' fixtures. */
export function seedDocuments(): { name: string; text: string }[] {
  const fixtures = join(__dirname, '..', 'fixtures');
  return ['aws-docs', 'notes'].flatMap((dir) =>
    readdirSync(join(fixtures, dir))
      .filter((f) => /\.jsonc?$/.test(f))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(fixtures, dir, f), 'utf8') })),
  );
}

/** What one analysis cost and found. */
export interface Checked {
  ms: number;
  findings: Finding[];
}

/**
 * Analyses a text and checks the properties: no exception, every finding inside the text with a non-empty message
 * and a known rule, and not grossly slow. Throws an Error saying which property failed.
 */
export function checkAnalysis(text: string, fileName: string, languageId: string): Checked {
  const start = performance.now();
  let findings: Finding[];
  try {
    findings = analyze({ text, fileName, languageId }).findings;
  } catch (error) {
    throw new Error(`analysis threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, {
      cause: error,
    });
  }
  const ms = performance.now() - start;
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.offset}+${f.length} (text length ${text.length}): ${JSON.stringify(f.message)}`;
    if (!Number.isInteger(f.offset) || !Number.isInteger(f.length) || f.offset < 0 || f.length < 0)
      throw new Error(`finding with an invalid span: ${where}`);
    if (f.offset + f.length > text.length) throw new Error(`finding past the end of the text: ${where}`);
    if (typeof f.message !== 'string' || f.message.trim() === '')
      throw new Error(`finding without a message: ${where}`);
    if (!ruleInfo(f.ruleId)) throw new Error(`finding of an unknown rule: ${where}`);
  }
  if (ms > GROSS_TIME_LIMIT_MS) throw new Error(`analysis took ${ms.toFixed(0)} ms (limit ${GROSS_TIME_LIMIT_MS} ms)`);
  return { ms, findings };
}

/** A short, printable excerpt of a failing text (a fuzzed text can be megabytes long). */
export function excerpt(text: string, max = 400): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);
}
