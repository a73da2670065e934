// Measures what the catalog costs at start-up: reading and parsing dist/catalog.json and building the Catalog's
// indexes, in a fresh process each time (so nothing is warm), reported as median and worst of several runs.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 7);
// The probe loads the catalog through the same code the server uses, bundled on the fly by esbuild.
const { buildSync } = await import('esbuild');
const outfile = join(root, 'dist', 'catalog-probe.js');
buildSync({
  stdin: {
    contents: `
      import { getCatalog } from './server/src/catalog/load';
      const { performance } = require('node:perf_hooks');
      (globalThis as any).gc();
      const before = process.memoryUsage();
      const t0 = performance.now();
      const catalog = getCatalog();
      const t1 = performance.now();
      const matched = catalog.matchActions('s3:Get*').length + catalog.matchActions('*:Describe*').length;
      const t2 = performance.now();
      (globalThis as any).gc();
      const after = process.memoryUsage();
      console.log(JSON.stringify({ load: t1 - t0, firstWildcards: t2 - t1, matched,
        heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, totalRss: after.rss }));
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  outfile,
  logLevel: 'warning',
});
const results = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  results.push(JSON.parse(r.stdout));
}
const mb = (n) => (n / 1024 / 1024).toFixed(1) + ' MB';
const ms = (n) => n.toFixed(1) + ' ms';
const stat = (key, fmt) => {
  const v = results.map((r) => r[key]).sort((a, b) => a - b);
  return `${fmt(v[Math.floor(v.length / 2)])} (worst ${fmt(v[v.length - 1])})`;
};
console.log(
  `catalog file: ${mb(statSync(join(root, 'dist', 'catalog.json')).size)}, ${runs} fresh processes, node ${process.version}`,
);
console.log(`load (read + parse + index): ${stat('load', ms)}`);
console.log(`first wildcard lookups (s3:Get*, *:Describe*): ${stat('firstWildcards', ms)}`);
console.log(`heap retained by the catalog: ${stat('heap', mb)}`);
console.log(`RSS growth: ${stat('rss', mb)}; process RSS after load: ${stat('totalRss', mb)}`);
