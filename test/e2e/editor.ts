// The editor the end-to-end tests run in: VS Code as code-server, from npm, in test/e2e/editor (its own package.json
// and lockfile, apart from the extension's dependencies), and Debian's Chromium driven by playwright-core (a
// devDependency: it downloads no browser of its own).
//
// code-server installs offline from the npm registry alone, given what this module arranges: Debian's libkrb5-dev
// and ripgrep, npm told to run code-server's install scripts as root and to build native modules against the
// installed Node headers, and the download cache of @vscode/ripgrep seeded with Debian's rg (it looks there before
// it tries to download its own build).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { Started, startGroup, stopGroup } from './processes';

export { missingOsPackages } from './os-packages';

export const EDITOR_DIR = join(__dirname, 'editor');
const CODE_SERVER = join(EDITOR_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/**
 * The @vscode/ripgrep that code-server 4.100.3 installs, and the ripgrep release it downloads: read from
 * node_modules/code-server/lib/vscode/npm-shrinkwrap.json and @vscode/ripgrep's lib/postinstall.js. A new code-server
 * may change them; `install()` checks the first after installing.
 */
const RIPGREP_PACKAGE = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

function installed(): boolean {
  const lock = join(EDITOR_DIR, 'node_modules', '.package-lock.json');
  return existsSync(CODE_SERVER) && existsSync(lock);
}

/** Installs code-server from test/e2e/editor's lockfile, unless it is installed already. */
export function install(log: (line: string) => void): void {
  if (installed()) return;
  const npmTmp = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-npm-'));
  try {
    const cache = join(npmTmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE}`);
    const staging = join(npmTmp, 'rg');
    mkdirSync(cache, { recursive: true });
    mkdirSync(staging);
    execFileSync('cp', ['/usr/bin/rg', join(staging, 'rg')]);
    const archive = join(cache, `ripgrep-${RIPGREP_RELEASE}-x86_64-unknown-linux-musl.tar.gz`);
    execFileSync('tar', ['czf', archive, '-C', staging, 'rg']);
    log('installing code-server into test/e2e/editor (about a minute)…');
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: EDITOR_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        TMPDIR: npmTmp,
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
        npm_config_nodedir: '/usr',
      },
    });
    if (result.status !== 0) throw new Error(`npm ci in test/e2e/editor failed (exit ${result.status}).`);
  } finally {
    rmSync(npmTmp, { recursive: true, force: true });
  }
  const shrinkwrap = join(EDITOR_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'npm-shrinkwrap.json');
  const pinned = JSON.parse(readFileSync(shrinkwrap, 'utf8')).packages?.['node_modules/@vscode/ripgrep']?.version;
  if (pinned !== RIPGREP_PACKAGE) {
    throw new Error(
      `code-server now installs @vscode/ripgrep ${pinned}: update RIPGREP_PACKAGE in test/e2e/editor.ts.`,
    );
  }
  if (!installed()) throw new Error('code-server did not install: its output above says why.');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface CodeServer {
  /** `127.0.0.1:PORT` */
  host: string;
  url(path: string): string;
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free loopback port with a throw-away home, user data and extensions folder, with the
 * given .vsix installed and the given environment, and waits until it answers.
 */
export async function startCodeServer(options: {
  root: string;
  vsix: string;
  env: Record<string, string>;
  logFile: string;
}): Promise<CodeServer> {
  const home = join(options.root, 'home');
  const userData = join(options.root, 'user-data');
  const extensionsDir = join(options.root, 'extensions');
  for (const dir of [home, userData, extensionsDir, join(userData, 'User')]) mkdirSync(dir, { recursive: true });
  const config = join(options.root, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  // Nothing in the workbench may reach for the network, and nothing may stand between the test and the editor.
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'workbench.startupEditor': 'none',
      'workbench.enableExperiments': false,
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
      'editor.quickSuggestionsDelay': 10,
    }),
  );
  const env = { ...process.env, HOME: home, ...options.env };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensionsDir, '--config', config];
  const install = spawnSync(process.execPath, [CODE_SERVER, ...common, '--install-extension', options.vsix], {
    env,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`code-server could not install ${options.vsix}: ${install.stderr}`);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const started: Started = startGroup(
    process.execPath,
    [
      CODE_SERVER,
      ...common,
      '--bind-addr',
      host,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env, logFile: options.logFile, cwd: options.root },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://${host}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    const exited = await Promise.race([started.exited, new Promise((resolve) => setTimeout(resolve, 200, null))]);
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it answered: see ${options.logFile}`);
    if (Date.now() > deadline) {
      await stopGroup(started);
      throw new Error(`code-server did not answer within 30 s: see ${options.logFile}`);
    }
  }
  return { host, url: (path) => `http://${host}${path}`, stop: () => stopGroup(started) };
}

/** Debian's Chromium, headless, with the flags that keep it quiet and alone on this closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
