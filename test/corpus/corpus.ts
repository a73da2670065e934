import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { Finding } from '../../server/src/rules/rule';

/** The real templates of AWS's public collection, with what cfn-lint 1.51 found in each (test/fixtures/cfn-corpus). */
export const CORPUS = join(__dirname, '..', 'fixtures', 'cfn-corpus');

export interface CfnLintResult {
  errors: number;
  warnings: number;
  rules: string[];
}

export const CFN_LINT: Record<string, CfnLintResult> = JSON.parse(
  readFileSync(join(CORPUS, 'cfn-lint-1.51.json'), 'utf8'),
);

/** The findings of Policy Lens on a corpus template, with the line of each. */
export function corpusFindings(path: string): (Finding & { line: number; text: string })[] {
  const text = readFileSync(join(CORPUS, path), 'utf8');
  const languageId = /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
  const { findings } = analyze({ text, fileName: path, languageId });
  return findings.map((f) => ({
    ...f,
    line: text.slice(0, f.offset).split('\n').length,
    text: text.slice(f.offset, f.offset + Math.min(f.length, 60)),
  }));
}
