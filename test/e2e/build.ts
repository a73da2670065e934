// Builds the extension-host suite (test/e2e/suite/*.ts) into test/e2e/out/, one CommonJS file per suite, with
// `vscode` and `mocha` left to the extension host to resolve (mocha from the repository's node_modules).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SUITE_OUT = join(__dirname, 'out');

export async function buildSuite(): Promise<string> {
  const dir = join(__dirname, 'suite');
  const entryPoints = readdirSync(dir)
    .filter((name) => name === 'index.ts' || name.endsWith('.e2e.ts'))
    .map((name) => join(dir, name));
  await build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(SUITE_OUT, 'index.js');
}
