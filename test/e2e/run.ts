// `npm run test:e2e`: the extension proved in real editors, as packaged.
//
//  1. `npm run package` builds the .vsix (or `--vsix FILE` names one to test instead).
//  2. VS Code (code-server, installed into test/e2e/editor on first use) runs the Mocha suite of test/e2e/suite in
//     its real extension host, against the unpacked .vsix, driven by Debian's Chromium through playwright-core.
//  3. A browser smoke test works the workbench as a user does, with the .vsix installed, and saves screenshots.
//  4. Headless Neovim starts the packaged server over stdio and checks its diagnostics.
//
// Every editor process runs in its own process group and is stopped, pass or fail. Screenshots and logs go to
// test/e2e/artifacts/ (ignored by git). The last line reads `e2e: N passed, N failed`.
// `--electron` runs the same suite through @vscode/test-electron instead, where VS Code can be downloaded.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { vsixEntries } from '../helpers/vsix';
import { buildSuite } from './build';
import { install, launchChromium, missingOsPackages, startCodeServer } from './editor';
import { neovim } from './neovim';
import { smoke } from './smoke';
import type { SuiteResults } from './suite/index';

const root = resolve(__dirname, '..', '..');
const artifacts = join(__dirname, 'artifacts');
const fixtures = join(__dirname, 'workspace');
const SUITE_TIMEOUT_MS = 300_000;

interface Outcome {
  title: string;
  passed: boolean;
  error?: string;
}
const outcomes: Outcome[] = [];

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs one check, records its outcome and prints it; says whether it passed. */
async function record(title: string, body: () => Promise<void>): Promise<boolean> {
  try {
    await body();
    outcomes.push({ title, passed: true });
    say(`  ✔ ${title}`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    outcomes.push({ title, passed: false, error: message });
    say(`  ✖ ${title}\n${indent(message)}`);
    return false;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

function packageVsix(): string {
  const vsixArgument = process.argv.indexOf('--vsix');
  if (vsixArgument >= 0) return resolve(process.argv[vsixArgument + 1]);
  say('packaging the extension (npm run package)…');
  const result = spawnSync('npm', ['run', '--silent', 'package'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status}).`);
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, `${name}-${version}.vsix`);
}

/** Unpacks a .vsix and returns the folder of its extension. */
async function unpack(vsix: string, into: string): Promise<string> {
  for (const entry of await vsixEntries(vsix)) {
    if (entry.path.endsWith('/')) continue;
    const target = join(into, entry.path);
    if (!target.startsWith(into)) throw new Error(`${entry.path} escapes the package`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.read());
  }
  return join(into, 'extension');
}

/** Opens the workbench with the suite as its extension tests, and waits for the results the suite writes. */
async function runSuiteInCodeServer(options: {
  url: (path: string) => string;
  host: string;
  extension: string;
  suite: string;
  workspace: string;
  resultsFile: string;
}): Promise<void> {
  const remote = (path: string) => `vscode-remote://${options.host}${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(options.extension)],
    ['extensionTestsPath', remote(options.suite)],
  ]);
  const browser = await launchChromium();
  const consoleLog: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => consoleLog.push(`${message.type()}: ${message.text()}`));
    await page.goto(
      options.url(`/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(payload)}`),
    );
    const deadline = Date.now() + SUITE_TIMEOUT_MS;
    while (!existsSync(options.resultsFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await page.screenshot({ path: join(artifacts, 'suite.png') });
  } finally {
    writeFileSync(join(artifacts, 'suite-browser-console.log'), consoleLog.join('\n'));
    await browser.close();
  }
  if (!existsSync(options.resultsFile)) {
    await record('VS Code runs the extension-host suite', async () => {
      throw new Error(`The suite wrote no results within ${SUITE_TIMEOUT_MS / 1000} s: see test/e2e/artifacts/.`);
    });
    return;
  }
  await recordSuite(options.resultsFile, 'code-server');
}

/** Records the outcomes the extension-host suite wrote, or its failure to run. */
async function recordSuite(resultsFile: string, host: string): Promise<void> {
  const results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResults) : undefined;
  say(`  VS Code ${results?.vscodeVersion ?? ''} (${host}), extension host:`);
  if (!results || results.error || results.outcomes.length === 0) {
    await record('VS Code runs the extension-host suite', async () => {
      throw new Error(results?.error ?? (results ? 'The suite ran no test.' : 'The suite wrote no results.'));
    });
  }
  for (const outcome of results?.outcomes ?? []) {
    await record(`VS Code: ${outcome.title}`, async () => {
      if (outcome.state === 'failed') throw new Error(outcome.error);
    });
  }
}

/** Prints the closing line and gives the exit code: 0 when checks ran and all passed. */
function summary(): number {
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  say(`\nscreenshots and logs: ${artifacts}`);
  say(`e2e: ${outcomes.length - failed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const missing = missingOsPackages();
  if (missing.length > 0) {
    say(`The end-to-end tests need these Debian packages, which are missing: ${missing.join(', ')}.`);
    say(`Install them with: apt-get install -y ${missing.join(' ')}`);
    return 1;
  }
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  install(say);
  const vsix = packageVsix();
  const work = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-'));
  try {
    const extension = await unpack(vsix, join(work, 'unpacked'));
    const suite = await buildSuite();
    if (process.argv.includes('--electron')) return await runElectron(extension, suite, work);

    const suiteWorkspace = join(work, 'workspace');
    const smokeWorkspace = join(work, 'workspace-smoke');
    cpSync(fixtures, suiteWorkspace, { recursive: true });
    cpSync(fixtures, smokeWorkspace, { recursive: true });
    const resultsFile = join(work, 'suite-results.json');
    say(`starting code-server with ${vsix}…`);
    const server = await startCodeServer({
      root: join(work, 'code-server'),
      vsix,
      env: { POLICY_LENS_E2E_RESULTS: resultsFile },
      logFile: join(artifacts, 'code-server.log'),
    });
    try {
      await runSuiteInCodeServer({ ...server, extension, suite, workspace: suiteWorkspace, resultsFile });
      say('  browser smoke test:');
      await smoke({ url: server.url(`/?folder=${encodeURIComponent(smokeWorkspace)}`), artifacts, record });
    } finally {
      await server.stop();
    }
    say('  Neovim:');
    await neovim({ server: join(extension, 'dist', 'server.js'), workspace: suiteWorkspace, root: work, record });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return summary();
}

/** The same suite through @vscode/test-electron, on a machine that can download VS Code. */
async function runElectron(extension: string, suite: string, work: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const workspace = join(work, 'workspace');
  cpSync(fixtures, workspace, { recursive: true });
  const resultsFile = join(work, 'suite-results.json');
  try {
    await runTests({
      extensionDevelopmentPath: extension,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--disable-workspace-trust'],
      extensionTestsEnv: { POLICY_LENS_E2E_RESULTS: resultsFile },
    });
  } catch (error) {
    say(`VS Code (test-electron) failed: ${error instanceof Error ? error.message : error}`);
  }
  await recordSuite(resultsFile, 'test-electron');
  return summary();
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(`The end-to-end tests could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
