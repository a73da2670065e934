// The entry point VS Code's extension host loads as `extensionTestsPath`: it runs the Mocha suites beside it inside
// the real extension host, with the whole `vscode` API, against the extension as packaged. The outcome of every test
// is written as JSON to the file named by POLICY_LENS_E2E_RESULTS, which test/e2e/run.ts reads: in code-server the
// extension host runs on the server, not in the browser, so a file is how its results come back.
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The suites, built beside this file by test/e2e/build.ts. */
const SUITES = ['policies.e2e.js', 'templates.e2e.js', 'editing.e2e.js'];

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export interface SuiteResults {
  vscodeVersion: string;
  outcomes: TestOutcome[];
  /** Set when the suite could not run at all. */
  error?: string;
}

export async function run(): Promise<void> {
  const resultsFile = process.env.POLICY_LENS_E2E_RESULTS;
  const { version } = await import('vscode');
  const outcomes: TestOutcome[] = [];
  const write = (error?: string) => {
    const results: SuiteResults = { vscodeVersion: version, outcomes, ...(error ? { error } : {}) };
    if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  };
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
    for (const suite of SUITES) mocha.addFile(join(__dirname, suite));
    await mocha.loadFilesAsync();
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) =>
        outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
      );
      runner.on('fail', (test, error: Error) =>
        outcomes.push({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration ?? 0,
          error: error.stack ?? error.message,
        }),
      );
    });
    write();
  } catch (error) {
    write(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  if (outcomes.some((outcome) => outcome.state === 'failed')) throw new Error('Some end-to-end tests failed.');
}
