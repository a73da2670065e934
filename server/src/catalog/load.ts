import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog } from './catalog';

let loaded: Catalog | undefined;

// The bundles in dist/ find catalog.json beside them; sources run by the tests find it in generated/.
const CANDIDATES = [
  join(__dirname, 'catalog.json'),
  join(__dirname, '..', 'generated', 'catalog.json'),
  join(__dirname, '..', '..', '..', 'generated', 'catalog.json'),
];

/** The catalog, read from disk on first use and shared afterwards. */
export function getCatalog(): Catalog {
  if (!loaded) {
    const file = CANDIDATES.find((f) => existsSync(f));
    if (!file) throw new Error(`The AWS catalog is missing (looked in ${CANDIDATES.join(', ')}); run npm run build.`);
    loaded = new Catalog(JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded;
}
