import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CfnSpec } from './spec';

let loaded: CfnSpec | undefined;

// The bundles in dist/ find cfn-spec.json beside them; sources run by the tests find it in generated/.
const CANDIDATES = [
  join(__dirname, 'cfn-spec.json'),
  join(__dirname, '..', 'generated', 'cfn-spec.json'),
  join(__dirname, '..', '..', '..', '..', 'generated', 'cfn-spec.json'),
];

/** The CloudFormation specification, read from disk on first use (only templates need it) and shared afterwards. */
export function getCfnSpec(): CfnSpec {
  if (!loaded) {
    const file = CANDIDATES.find((f) => existsSync(f));
    if (!file) {
      throw new Error(
        `The CloudFormation specification is missing (looked in ${CANDIDATES.join(', ')}); run npm run build.`,
      );
    }
    loaded = new CfnSpec(JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded;
}
