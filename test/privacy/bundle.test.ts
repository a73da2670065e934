// What the shipped bundles may reach outside themselves. The bundles are rebuilt here with esbuild's metafile, which
// names every module inside them and every import left outside (the Node built-ins), so each use of the network or of
// other processes is traced to the module that makes it; the built dist/ files are then checked to require exactly
// those modules, so the shipped code is the code analysed. Run `node scripts/build.mjs` first (npm test does).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { build, BuildOptions, Metafile } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

/** Node modules that reach the network, start processes or threads, or run code from text. */
const FORBIDDEN = new Set([
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'child_process',
  'cluster',
  'worker_threads',
  'vm',
  'inspector',
  'repl',
]);

/** The options of scripts/build.mjs that decide what goes into a bundle. */
const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  absWorkingDir: ROOT,
  mainFields: ['module', 'main'],
  write: false,
  metafile: true,
  logLevel: 'silent',
};

/** One bundle of scripts/build.mjs: its entry, its file in dist/ and what it leaves outside. */
interface Bundle {
  entry: string;
  dist: string;
  external: string[];
}

const SERVER: Bundle = { entry: 'server/src/server.ts', dist: 'dist/server.js', external: [] };
const CLIENT: Bundle = { entry: 'client/src/extension.ts', dist: 'dist/client.js', external: ['vscode'] };
const CLI: Bundle = { entry: 'server/src/cli/main.ts', dist: 'dist/cli.js', external: [] };

/** A Node built-in imported by a module of a bundle; `module` is written without `node:` or a subpath. */
interface BuiltinImport {
  /** `server/src/...` for our code, `package/file` for a library (wherever npm placed it). */
  from: string;
  module: string;
}

/** What a bundle holds and what it reaches outside itself. */
interface Analysis {
  builtins: BuiltinImport[];
  /** Every module the bundle's code requires at run time, as written in its require calls. */
  required: Set<string>;
}

function builtinName(path: string): string | undefined {
  const name = path.replace(/^node:/, '').split('/')[0];
  return builtinModules.includes(name) ? name : undefined;
}

/** `node_modules/a/node_modules/b/lib/x.js` → `b/lib/x.js`, so the lists below survive npm's deduplication. */
function moduleName(input: string): string {
  const at = input.lastIndexOf('node_modules/');
  return at < 0 ? input : input.slice(at + 'node_modules/'.length);
}

async function analyse(bundle: Bundle): Promise<Analysis> {
  const result = await build({
    ...COMMON,
    entryPoints: [bundle.entry],
    outdir: '/policy-lens-unused',
    external: bundle.external,
  });
  const metafile: Metafile = result.metafile!;
  const builtins = Object.entries(metafile.inputs).flatMap(([input, { imports }]) =>
    imports.flatMap((i) => {
      const module = i.external ? builtinName(i.path) : undefined;
      return module ? [{ from: moduleName(input), module }] : [];
    }),
  );
  const outputs = Object.values(metafile.outputs).filter((o) => o.entryPoint);
  assert.equal(outputs.length, 1);
  return { builtins, required: new Set(outputs[0].imports.filter((i) => i.external).map((i) => i.path)) };
}

const ours = (a: Analysis, prefix: string) => a.builtins.filter((b) => b.from.startsWith(prefix));
const theirs = (a: Analysis) =>
  a.builtins.filter((b) => !b.from.startsWith('server/src/') && !b.from.startsWith('client/src/'));
const forbidden = (imports: BuiltinImport[]) =>
  imports
    .filter((b) => FORBIDDEN.has(b.module))
    .map((b) => `${b.from} → ${b.module}`)
    .sort();

/** Every TypeScript file of the server, the CLI included. */
function serverSources(): string[] {
  const dir = join(ROOT, 'server', 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

const sorted = (lines: string[]) => [...lines].sort();

function distText(bundle: Bundle): string {
  const path = join(ROOT, bundle.dist);
  assert.ok(existsSync(path), `${bundle.dist} is missing: run node scripts/build.mjs first`);
  return readFileSync(path, 'utf8');
}

/** The modules a built file requires: the bundles are not minified, so each external is a `require("…")` call. */
function requiredIn(text: string): Set<string> {
  const calls = [...text.matchAll(/(?<![\w$.])require\(/g)];
  const literal = [...text.matchAll(/(?<![\w$.])require\("([^"\\]+)"\)/g)].map((m) => m[1]);
  assert.equal(literal.length, calls.length, 'every require call of the bundle names its module literally');
  return new Set(literal);
}

let server: Analysis;
let client: Analysis;
let cli: Analysis;
before(async () => {
  [server, client, cli] = await Promise.all([analyse(SERVER), analyse(CLIENT), analyse(CLI)]);
});

describe('the language server bundle', () => {
  it('holds no module of ours that imports the network, processes, threads or a code evaluator', () => {
    assert.deepEqual(forbidden(ours(server, 'server/src/')), []);
  });

  it('reads files only where it loads its bundled data: the AWS catalog and the CloudFormation specification', () => {
    const readers = ours(server, 'server/src/').filter((b) => b.module === 'fs');
    assert.deepEqual(
      readers.map((b) => b.from),
      ['server/src/catalog/load.ts', 'server/src/cfn/spec/load.ts'],
    );
  });

  it('reaches the network or other processes only through the LSP library code we never call', () => {
    assert.deepEqual(
      forbidden(theirs(server)),
      sorted([
        // `Files.resolve*` fork Node or run `npm`/`yarn` to find modules, for servers that load a workspace's own
        // modules (ESLint does). Policy Lens loads nothing from the workspace and never uses `Files` (tested below).
        'vscode-languageserver/lib/node/files.js → child_process',
        // The socket and named-pipe transports (`--socket=`, `--pipe=`). VS Code starts the server over node IPC, other
        // editors over stdio; either way the only peer is the editor that started it.
        'vscode-jsonrpc/lib/node/main.js → net',
      ]),
    );
  });
});

describe('the server code', () => {
  it('never uses the library helpers that run npm or Node to load workspace modules', () => {
    // Named in an import from the library, or reached through a namespace import (`server.Files`).
    const uses = /import\s*\{[^}]*\bFiles\b[^}]*\}\s*from\s*'vscode-languageserver|\w\.Files\b/;
    const users = serverSources().filter((file) => uses.test(readFileSync(file, 'utf8')));
    assert.deepEqual(users, []);
  });
});

describe('the extension client bundle', () => {
  it('holds no module of ours that imports any Node module: it only talks to VS Code and the server', () => {
    assert.deepEqual(ours(client, 'client/src/'), []);
  });

  it('starts processes and opens sockets only in the LSP client library, to run our own server', () => {
    assert.deepEqual(
      forbidden(theirs(client)),
      sorted([
        // The node LanguageClient forks dist/server.js (ServerOptions in client/src/extension.ts), its only process.
        'vscode-languageclient/lib/node/main.js → child_process',
        // Kills our server's process tree (`taskkill`, or `pgrep`/`kill` through /bin/sh) when it does not exit
        // after shutdown.
        'vscode-languageclient/lib/node/processes.js → child_process',
        // The socket and named-pipe transports, unused: the client starts the server with TransportKind.ipc.
        'vscode-jsonrpc/lib/node/main.js → net',
      ]),
    );
  });
});

describe('the command-line bundle', () => {
  it('imports nothing but the file system, paths and URLs, and the YAML parser its buffers and process', () => {
    assert.deepEqual([...new Set(ours(cli, 'server/src/').map((b) => b.module))].sort(), ['fs', 'path', 'url']);
    // `yaml` reads !!binary into a Buffer and prints its warnings through process.emitWarning.
    assert.deepEqual(
      [
        ...new Set(theirs(cli).map((b) => `${b.from.replace(/^(?:node_modules\/)?([^/]+)\/.*/, '$1')} → ${b.module}`)),
      ].sort(),
      ['yaml → buffer', 'yaml → process'],
    );
  });
});

describe('the built files in dist/', () => {
  for (const [bundle, analysis] of [
    [SERVER, () => server],
    [CLIENT, () => client],
    [CLI, () => cli],
  ] as const) {
    it(`${bundle.dist} requires exactly the modules its analysis found`, () => {
      assert.deepEqual([...requiredIn(distText(bundle))].sort(), [...analysis().required].sort());
    });

    it(`${bundle.dist} evaluates no code from text`, () => {
      const text = distText(bundle);
      assert.equal(/\beval\b/.test(text), false, 'eval');
      assert.equal(/\bFunction\s*\(/.test(text), false, 'Function constructor');
    });
  }
});
