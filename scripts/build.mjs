// Bundles the extension client, the language server and the CLI into dist/, puts the generated catalog and
// specification beside them, and writes dist/THIRD-PARTY-NOTICES.md from what the bundles really contain.
// `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { thirdPartyNotices } from './notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
};
const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

mkdirSync(dist, { recursive: true });
copyFileSync(join(root, 'generated', 'catalog.json'), join(dist, 'catalog.json'));
copyFileSync(join(root, 'generated', 'cfn-spec.json'), join(dist, 'cfn-spec.json'));
if (process.argv.includes('--watch')) {
  for (const options of targets) await (await context(options)).watch();
  console.log('watching for changes…');
} else {
  const results = await Promise.all(targets.map((options) => build({ ...options, metafile: true })));
  chmodSync(join(dist, 'cli.js'), 0o755);
  const bundled = results.flatMap((result) => Object.keys(result.metafile.inputs));
  writeFileSync(join(dist, 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices(root, bundled));
  console.log('built dist/client.js, dist/server.js, dist/cli.js, dist/THIRD-PARTY-NOTICES.md');
}
