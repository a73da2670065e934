import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from './marked';

/** Where the policies from the AWS documentation are (test/fixtures/aws-docs/README.md says where each comes from). */
export const AWS_DOCS_DIR = join(__dirname, '..', 'fixtures', 'aws-docs');

/** The file names of every documentation policy, sorted. */
export function awsDocFiles(): string[] {
  return readdirSync(AWS_DOCS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The text of one documentation policy, as the fixture file holds it. */
export function awsDoc(file: string): string {
  return readFileSync(join(AWS_DOCS_DIR, file), 'utf8');
}

/** A finding on a documentation policy: its rule, the text it covers and its message. */
export interface DocFinding {
  ruleId: string;
  covered: string;
  message: string;
}

/** How to lint a documentation policy other than as its fixture is. */
export interface DocOptions {
  /** The file name to lint under (it sets the kind); the fixture's own name by default. */
  fileName?: string;
  /** Lint the policy on one line, without its layout. */
  compact?: boolean;
}

/** The findings of the given rules on a documentation policy. */
export function docFindings(file: string, ruleIds: ReadonlySet<string>, options: DocOptions = {}): DocFinding[] {
  const pretty = awsDoc(file);
  const text = options.compact ? JSON.stringify(JSON.parse(pretty)) : pretty;
  return lint(text, { fileName: options.fileName ?? file })
    .filter((f) => ruleIds.has(f.ruleId))
    .map((f) => ({ ruleId: f.ruleId, covered: text.substr(f.offset, f.length), message: f.message }));
}

/** Asserts that none of the given rules reports anything on a documentation policy. */
export function expectNoDocFinding(file: string, ruleIds: ReadonlySet<string>, options: DocOptions = {}): void {
  assert.deepEqual(
    docFindings(file, ruleIds, options).map((f) => `${f.ruleId} ${JSON.stringify(f.covered)}: ${f.message}`),
    [],
  );
}
