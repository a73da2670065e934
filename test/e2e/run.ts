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
import { chromium } from 'playwright-core';
import yauzl from 'yauzl';
import { buildSuite } from './build';
import { CHROMIUM, CHROMIUM_ARGS, install, missingOsPackages, startCodeServer } from './editor';
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
function unpack(vsix: string, into: string): Promise<string> {
  return new Promise((done, fail) => {
    yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
      if (error) return fail(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        const target = join(into, entry.fileName);
        if (!target.startsWith(into)) return fail(new Error(`${entry.fileName} escapes the package`));
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return fail(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => done(join(into, 'extension')));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
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
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
  const results = JSON.parse(readFileSync(options.resultsFile, 'utf8')) as SuiteResults;
  say(`  VS Code ${results.vscodeVersion} (code-server), extension host:`);
  if (results.error || results.outcomes.length === 0) {
    await record('VS Code runs the extension-host suite', async () => {
      throw new Error(results.error ?? 'The suite ran no test.');
    });
  }
  for (const outcome of results.outcomes) {
    await record(`VS Code: ${outcome.title}`, async () => {
      if (outcome.state === 'failed') throw new Error(outcome.error);
    });
  }
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
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  say(`\nscreenshots and logs: ${artifacts}`);
  say(`e2e: ${outcomes.length - failed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0 ? 0 : 1;
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
  const results = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResults) : undefined;
  for (const outcome of results?.outcomes ?? []) {
    await record(`VS Code: ${outcome.title}`, async () => {
      if (outcome.state === 'failed') throw new Error(outcome.error);
    });
  }
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  say(`e2e: ${outcomes.length - failed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(`The end-to-end tests could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
