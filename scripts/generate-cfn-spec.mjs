// Generates generated/cfn-spec.json, the compact CloudFormation resource specification the server loads, from the
// pinned npm package @aws-cdk/aws-service-spec (its db.json.gz). Never edit the output by hand: change this script
// and run `npm run generate`.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const SOURCE = '@aws-cdk/aws-service-spec';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = dirname(require.resolve(`${SOURCE}/package.json`));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
// The package's own loader needs @aws-cdk/service-spec-types; the file is plain JSON, so it is read directly:
// `schema.<entity>.entities` are arrays of records with a `$id`, `schema.<relation>.forward` maps an `$id` to the
// `$id`s it points to.
const db = JSON.parse(gunzipSync(readFileSync(join(pkgDir, 'db.json.gz'))).toString('utf8')).schema;

const byId = new Map();
for (const table of Object.values(db)) for (const entity of table.entities ?? []) byId.set(entity.$id, entity);
const typeDefinitions = new Set(db.typeDefinition.entities.map((t) => t.$id));
const forward = (relation, id) => (db[relation].forward[id] ?? []).map((e) => e.$id);

// ---------------------------------------------------------------------------------------------------------------
// Which properties hold IAM policies, and which kind of policy.
//
// The db's `scrutinizable` flag marks what the CDK's security diff looks at. It is the checklist here but not the
// answer: it also marks documents that are not IAM policies (SNS filter policies, SQS redrive policies, log data
// protection policies, ...) and things that are no documents at all (security group rules), and it misses some that
// are IAM policies (OpenSearch access policies, DynamoDB resource policies). So every holder is named below, and the
// script fails
//   - on an entry that names a resource type or property (path) the db lacks,
//   - on an entry whose property cannot hold its kind of value (a document must be json-typed, managed-arns a list
//     of strings, identity-list a list of {PolicyName, PolicyDocument}),
//   - on a property or resource the db flags that is in neither POLICY_HOLDERS nor NOT_IAM,
// so that a spec update can neither silently drop a holder nor silently add one: a new flag needs a decision here.
// A property path is dotted through nested types (lists and maps are looked through).
// ---------------------------------------------------------------------------------------------------------------
const POLICY_HOLDERS = {
  // Roles: the trust policy, inline identity policies, managed policy ARNs.
  'AWS::IAM::Role': {
    AssumeRolePolicyDocument: 'trust',
    Policies: 'identity-list',
    ManagedPolicyArns: 'managed-arns',
  },
  'AWS::IAM::User': { Policies: 'identity-list', ManagedPolicyArns: 'managed-arns' },
  'AWS::IAM::Group': { Policies: 'identity-list', ManagedPolicyArns: 'managed-arns' },
  // The db flags the whole resource (IdentityPolicyResource); the document is its json property.
  'AWS::IAM::Policy': { PolicyDocument: 'identity' },
  'AWS::IAM::ManagedPolicy': { PolicyDocument: 'identity' },
  'AWS::IAM::RolePolicy': { PolicyDocument: 'identity' },
  'AWS::IAM::UserPolicy': { PolicyDocument: 'identity' },
  'AWS::IAM::GroupPolicy': { PolicyDocument: 'identity' },
  // The db calls the inline policy of a permission set an InlineResourcePolicy, but it is the identity policy of
  // the roles Identity Center creates.
  'AWS::SSO::PermissionSet': { InlinePolicy: 'identity', ManagedPolicies: 'managed-arns' },
  // The managed policies that bound the session credentials IAM Roles Anywhere vends.
  'AWS::RolesAnywhere::Profile': { ManagedPolicyArns: 'managed-arns' },
  // SAM's function creates a role: its trust policy (flagged InlineResourcePolicy by the db).
  'AWS::Serverless::Function': { AssumeRolePolicyDocument: 'trust' },
  // Key and bucket policies have their own kinds, with their own rules (flagged as plain resource policies).
  'AWS::KMS::Key': { KeyPolicy: 'key' },
  'AWS::KMS::ReplicaKey': { KeyPolicy: 'key' },
  'AWS::S3::BucketPolicy': { PolicyDocument: 'bucket' },
  // A directory bucket's policy: the bucket rules accept s3express: actions and directory bucket ARNs.
  'AWS::S3Express::BucketPolicy': { PolicyDocument: 'bucket' },

  // Resource policies, flagged by the db as a whole resource (ResourcePolicyResource): the json property.
  'AWS::Bedrock::KnowledgeBasePolicy': { PolicyDocument: 'resource' },
  'AWS::Bedrock::ResourcePolicy': { PolicyDocument: 'resource' },
  'AWS::CloudTrail::ResourcePolicy': { ResourcePolicy: 'resource' },
  'AWS::ECR::RegistryPolicy': { PolicyText: 'resource' },
  'AWS::EventSchemas::RegistryPolicy': { Policy: 'resource' },
  'AWS::EventsV2::ResourcePolicy': { PolicyDocument: 'resource' },
  'AWS::Kinesis::ResourcePolicy': { ResourcePolicy: 'resource' },
  'AWS::Lambda::ResourcePolicy': { PolicyDocument: 'resource' },
  'AWS::Lex::ResourcePolicy': { Policy: 'resource' },
  'AWS::Logs::ResourcePolicy': { PolicyDocument: 'resource' },
  'AWS::MSK::ClusterPolicy': { Policy: 'resource' },
  'AWS::MediaPackageV2::ChannelPolicy': { Policy: 'resource' },
  'AWS::MediaPackageV2::OriginEndpointPolicy': { Policy: 'resource' },
  'AWS::MediaTailor::ChannelPolicy': { Policy: 'resource' },
  'AWS::S3::MultiRegionAccessPointPolicy': { Policy: 'resource' },
  'AWS::S3Files::FileSystemPolicy': { Policy: 'resource' },
  'AWS::S3ObjectLambda::AccessPointPolicy': { PolicyDocument: 'resource' },
  // An Outposts bucket policy names s3-outposts: actions, which the bucket rules would reject.
  'AWS::S3Outposts::BucketPolicy': { PolicyDocument: 'resource' },
  'AWS::S3Tables::TableBucketPolicy': { ResourcePolicy: 'resource' },
  'AWS::S3Tables::TablePolicy': { ResourcePolicy: 'resource' },
  'AWS::S3Vectors::VectorBucketPolicy': { Policy: 'resource' },
  'AWS::SMSVOICE::ResourcePolicy': { PolicyDocument: 'resource' },
  'AWS::SNS::TopicInlinePolicy': { PolicyDocument: 'resource' },
  'AWS::SNS::TopicPolicy': { PolicyDocument: 'resource' },
  'AWS::SQS::QueueInlinePolicy': { PolicyDocument: 'resource' },
  'AWS::SQS::QueuePolicy': { PolicyDocument: 'resource' },
  'AWS::SSM::ResourcePolicy': { Policy: 'resource' },
  'AWS::SecretsManager::ResourcePolicy': { ResourcePolicy: 'resource' },
  'AWS::VpcLattice::AuthPolicy': { Policy: 'resource' },
  'AWS::VpcLattice::ResourcePolicy': { Policy: 'resource' },

  // Resource policies inline in the resource they protect (flagged InlineResourcePolicy).
  'AWS::ApiGateway::RestApi': { Policy: 'resource' },
  'AWS::ApiGateway::DomainNameV2': { Policy: 'resource' },
  'AWS::Backup::BackupVault': { AccessPolicy: 'resource' },
  'AWS::Backup::LogicallyAirGappedBackupVault': { AccessPolicy: 'resource' },
  'AWS::CodeArtifact::Domain': { PermissionsPolicyDocument: 'resource' },
  'AWS::CodeArtifact::Repository': { PermissionsPolicyDocument: 'resource' },
  'AWS::EC2::VPCEndpoint': { PolicyDocument: 'resource' },
  'AWS::ECR::PublicRepository': { RepositoryPolicyText: 'resource' },
  'AWS::ECR::Repository': { RepositoryPolicyText: 'resource' },
  'AWS::EFS::FileSystem': { FileSystemPolicy: 'resource' },
  'AWS::Events::EventBus': { Policy: 'resource' },
  'AWS::Logs::LogGroup': { ResourcePolicyDocument: 'resource' },
  'AWS::Oam::Sink': { Policy: 'resource' },
  'AWS::Omics::SequenceStore': { S3AccessPolicy: 'resource' },
  'AWS::Redshift::Cluster': { NamespaceResourcePolicy: 'resource' },
  'AWS::RedshiftServerless::Namespace': { NamespaceResourcePolicy: 'resource' },
  'AWS::S3::AccessPoint': { Policy: 'resource' },
  'AWS::S3Express::AccessPoint': { Policy: 'resource' },
  'AWS::S3Outposts::AccessPoint': { Policy: 'resource' },
  'AWS::SageMaker::ModelPackageGroup': { ModelPackageGroupPolicy: 'resource' },

  // IAM resource policies the db does not flag.
  'AWS::Elasticsearch::Domain': { AccessPolicies: 'resource' },
  'AWS::OpenSearchService::Domain': { AccessPolicies: 'resource' },
  'AWS::DynamoDB::Table': {
    'ResourcePolicy.PolicyDocument': 'resource',
    'StreamSpecification.ResourcePolicy.PolicyDocument': 'resource',
  },
  'AWS::DynamoDB::GlobalTable': {
    'Replicas.ResourcePolicy.PolicyDocument': 'resource',
    'Replicas.ReplicaStreamSpecification.ResourcePolicy.PolicyDocument': 'resource',
  },
  'AWS::FSx::S3AccessPointAttachment': { 'S3AccessPoint.Policy': 'resource' },
  'AWS::Logs::DeliveryDestination': { 'DeliveryDestinationPolicy.DeliveryDestinationPolicy': 'resource' },
  'AWS::OSIS::Pipeline': { 'ResourcePolicy.Policy': 'resource' },
};

// What the db flags as scrutinizable that is no IAM policy document: a resource type (flagged as a whole) or
// `Type.Property`, with the reason.
const NOT_IAM = {
  'AWS::EC2::SecurityGroupEgress': 'a security group rule',
  'AWS::EC2::SecurityGroupIngress': 'a security group rule',
  'AWS::EC2::SecurityGroup.SecurityGroupEgress': 'security group rules',
  'AWS::EC2::SecurityGroup.SecurityGroupIngress': 'security group rules',
  'AWS::Lambda::Permission': 'one permission spelt as properties (Action, Principal, SourceArn), not a document',
  'AWS::SSO::Assignment': 'assigns a permission set to a principal; holds no document',
  'AWS::SSO::InstanceAccessControlAttributeConfiguration': 'attributes for ABAC; holds no document',
  'AWS::IoT::Policy':
    'an AWS IoT Core policy: IAM grammar, but evaluated by IoT, for iot: actions, with IoT policy variables',
  'AWS::MPA::ApprovalTeam.Policies': 'a list of {PolicyArn} of multi-party approval policies, not IAM documents',
  'AWS::SNS::Subscription.DeliveryPolicy': 'HTTP delivery retry settings',
  'AWS::SNS::Subscription.FilterPolicy': 'a message filter',
  'AWS::SNS::Subscription.RedrivePolicy': 'the dead-letter queue of the subscription',
  'AWS::SNS::Subscription.ReplayPolicy': 'message replay settings',
  'AWS::SNS::Topic.DataProtectionPolicy': 'a data protection policy (its own grammar: DataIdentifier, Operation)',
  'AWS::SNS::Topic.ArchivePolicy': 'message archiving settings (MessageRetentionPeriod)',
  'AWS::SQS::Queue.RedriveAllowPolicy': 'which queues may use this one as dead-letter queue',
  'AWS::SQS::Queue.RedrivePolicy': 'the dead-letter queue of the queue',
  'AWS::Logs::LogGroup.DataProtectionPolicy': 'a data protection policy (its own grammar: DataIdentifier, Operation)',
  'AWS::NetworkManager::CoreNetwork.PolicyDocument': 'a Cloud WAN core network policy (segments, routing)',
  'AWS::RAM::Permission.PolicyTemplate': 'a RAM permission template: a statement fragment without Principal/Resource',
};

const DOCUMENT_HOLDERS = new Set(['trust', 'key', 'bucket', 'identity', 'resource']);
const HOLDERS = new Set([...DOCUMENT_HOLDERS, 'identity-list', 'managed-arns']);

// ---------------------------------------------------------------------------------------------------------------
// Types. The db's `type.type` values, each mapped to the compact TypeRef; any other value fails the script.
// ---------------------------------------------------------------------------------------------------------------
const SCALARS = new Set(['string', 'integer', 'number', 'boolean', 'json', 'date-time', 'tag']);
function typeRef(t, localName, where) {
  if (t.allowedValues !== undefined && t.type !== 'string' && t.type !== 'integer') {
    throw new Error(`allowedValues on a ${t.type} type in ${where}`);
  }
  switch (t.type) {
    case 'string':
    case 'integer':
      if (!t.allowedValues) return t.type;
      // A string's allowed values are strings, an integer's numbers: the values' own type says which.
      if (!t.allowedValues.every((v) => typeof v === (t.type === 'string' ? 'string' : 'number'))) {
        throw new Error(`allowedValues of a ${t.type} that are not all of that type in ${where}`);
      }
      return { enum: t.allowedValues };
    case 'array':
      return { list: typeRef(t.element, localName, where) };
    case 'map':
      return { map: typeRef(t.element, localName, where) };
    case 'ref':
      return { ref: localName(t.reference.$ref, where) };
    case 'union': {
      const members = [];
      const seen = new Set();
      for (const member of t.types.map((m) => typeRef(m, localName, where))) {
        for (const m of typeof member === 'object' && 'union' in member ? member.union : [member]) {
          const key = JSON.stringify(m);
          if (seen.has(key)) continue;
          seen.add(key);
          members.push(m);
        }
      }
      return members.length === 1 ? members[0] : { union: members };
    }
    default:
      if (SCALARS.has(t.type)) return t.type;
      throw new Error(`Unknown type "${t.type}" in ${where}: map it in scripts/generate-cfn-spec.mjs`);
  }
}

/** The `$ref`s a db type points to, through arrays, maps and unions. */
function refsOf(t, out = []) {
  if (t.type === 'ref') out.push(t.reference.$ref);
  if (t.element) refsOf(t.element, out);
  for (const m of t.types ?? []) refsOf(m, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Documentation: the resource's first paragraph (<= 400 characters), a property's first sentence (<= 200).
// ---------------------------------------------------------------------------------------------------------------
function firstParagraph(text) {
  return (text ?? '')
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/^(\s*>\s*)+/, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ \.(?=\s|$)/g, '.')
    .trim();
}

/** The offsets just after each sentence end of a text ("e.g." and "i.e." end none). */
function sentenceEnds(text) {
  const ends = [];
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) {
    if (/\b(e\.g|i\.e|etc|vs)\.$/i.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) continue;
    ends.push(m.index + 1);
  }
  return ends;
}

/** Cuts a text at a word boundary to at most `max` characters with an ellipsis, never inside code or a link. */
function cutAtWord(text, max) {
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  if ((cut.match(/`/g) ?? []).length % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('`'));
  const open = cut.lastIndexOf('[');
  if (open > cut.lastIndexOf(')')) cut = cut.slice(0, open);
  return cut.trimEnd().replace(/[,;:]$/, '') + '…';
}

function resourceDoc(text) {
  const p = firstParagraph(text);
  if (p.length <= 400) return p;
  const end = sentenceEnds(p)
    .filter((e) => e <= 400)
    .pop();
  return end ? p.slice(0, end) : cutAtWord(p, 400);
}

function propertyDoc(text) {
  const p = firstParagraph(text);
  const end = sentenceEnds(p)[0];
  const sentence = end ? p.slice(0, end) : p;
  return sentence.length <= 200 ? sentence : cutAtWord(sentence, 200);
}

// ---------------------------------------------------------------------------------------------------------------
// Resources.
// ---------------------------------------------------------------------------------------------------------------
const collisions = [];

function propertySpec(raw, localName, where) {
  const spec = { type: typeRef(raw.type, localName, where) };
  if (raw.required) spec.required = true;
  const doc = propertyDoc(raw.documentation);
  if (doc) spec.doc = doc;
  if (raw.deprecated !== undefined) spec.deprecated = true;
  return spec;
}

function convertResource(res) {
  const cfnType = res.cloudFormationType;
  // The type definitions the resource uses: the usesType relation, plus anything its properties reach (none today;
  // it keeps a ref from dangling should the relation lag behind).
  const ids = new Set(forward('usesType', res.$id));
  const queue = [...ids];
  const reach = (t) => {
    for (const id of refsOf(t)) {
      if (!typeDefinitions.has(id)) throw new Error(`${cfnType} refers to ${id}, which is no type definition`);
      if (ids.has(id)) continue;
      ids.add(id);
      queue.push(id);
    }
  };
  for (const p of Object.values(res.properties)) reach(p.type);
  for (const a of Object.values(res.attributes ?? {})) reach(a.type);
  while (queue.length) for (const p of Object.values(byId.get(queue.pop()).properties)) reach(p.type);

  // Local names: the definition's name; a second definition of the same name in one resource gets `Name_2`, in
  // the order of the db's ids, so that the result is the same on every run.
  const names = new Map();
  const taken = new Set();
  const sorted = [...ids].sort((a, b) => Number(a) - Number(b));
  for (const id of sorted) taken.add(byId.get(id).name);
  const firstUse = new Set();
  for (const id of sorted) {
    const base = byId.get(id).name;
    if (!firstUse.has(base)) {
      firstUse.add(base);
      names.set(id, base);
      continue;
    }
    let n = 2;
    while (taken.has(`${base}_${n}`)) n++;
    taken.add(`${base}_${n}`);
    names.set(id, `${base}_${n}`);
    collisions.push(`${cfnType}: type ${base} (${id}) renamed ${base}_${n}`);
  }
  const localName = (id) => names.get(id);

  const spec = { doc: resourceDoc(res.documentation), properties: {}, attributes: {}, types: {} };
  if (res.cloudFormationTransform) spec.transform = res.cloudFormationTransform;
  for (const [name, raw] of Object.entries(res.properties)) {
    spec.properties[name] = propertySpec(raw, localName, `${cfnType}.${name}`);
  }
  for (const [name, raw] of Object.entries(res.attributes ?? {})) {
    spec.attributes[name] = typeRef(raw.type, localName, `${cfnType} attribute ${name}`);
  }
  if (res.arnTemplate) spec.arnTemplate = res.arnTemplate;
  const ref = res.cfnRefIdentifier ?? res.primaryIdentifier;
  if (ref?.length) spec.ref = ref;
  for (const id of [...ids].sort((a, b) => names.get(a).localeCompare(names.get(b)))) {
    const def = byId.get(id);
    const type = { properties: {} };
    for (const [name, raw] of Object.entries(def.properties)) {
      type.properties[name] = propertySpec(raw, localName, `${cfnType} type ${def.name}.${name}`);
    }
    const doc = propertyDoc(def.documentation);
    if (doc) type.doc = doc;
    spec.types[names.get(id)] = type;
  }
  // A type's doc is most often the doc of the property holding it, word for word: kept once, on the property.
  const holderDocs = new Map();
  for (const props of [spec.properties, ...Object.values(spec.types).map((t) => t.properties)]) {
    for (const p of Object.values(props)) {
      for (const name of refNames(p.type)) if (p.doc) holderDocs.set(name, [...(holderDocs.get(name) ?? []), p.doc]);
    }
  }
  for (const [name, type] of Object.entries(spec.types)) if (holderDocs.get(name)?.includes(type.doc)) delete type.doc;
  return spec;
}

/** The type names a TypeRef refers to, through lists, maps and unions. */
function refNames(t) {
  if (typeof t !== 'object') return [];
  if ('ref' in t) return [t.ref];
  if ('list' in t) return refNames(t.list);
  if ('map' in t) return refNames(t.map);
  if ('union' in t) return t.union.flatMap(refNames);
  return [];
}

const resourceTypes = {};
for (const res of [...db.resource.entities].sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType))) {
  if (resourceTypes[res.cloudFormationType]) throw new Error(`${res.cloudFormationType} is twice in the db`);
  resourceTypes[res.cloudFormationType] = convertResource(res);
}

// ---------------------------------------------------------------------------------------------------------------
// Policy holders: check the tables against the db, then mark the properties.
// ---------------------------------------------------------------------------------------------------------------
const isJson = (t) => t === 'json' || (typeof t === 'object' && 'union' in t && t.union.includes('json'));
const elementOf = (t) => (typeof t === 'object' && ('list' in t || 'map' in t) ? (t.list ?? t.map) : t);

/** The property spec at a dotted path of a resource, through refs, lists and maps; throws when there is none. */
function propertyAt(cfnType, path) {
  const spec = resourceTypes[cfnType];
  if (!spec) throw new Error(`Policy table: no resource type ${cfnType} in ${SOURCE}@${pkg.version}`);
  let properties = spec.properties;
  let property;
  for (const [i, name] of path.split('.').entries()) {
    property = Object.hasOwn(properties ?? {}, name) ? properties[name] : undefined;
    if (!property) throw new Error(`Policy table: ${cfnType} has no property ${path} in ${SOURCE}@${pkg.version}`);
    if (i < path.split('.').length - 1) properties = spec.types[elementOf(property.type)?.ref]?.properties;
  }
  return { spec, property };
}

function checkHolderShape(cfnType, path, holder, { spec, property }) {
  const where = `Policy table: ${cfnType}.${path} (${holder})`;
  if (!HOLDERS.has(holder)) throw new Error(`${where}: unknown holder`);
  if (DOCUMENT_HOLDERS.has(holder) && !isJson(property.type)) throw new Error(`${where} is not json-typed`);
  if (holder === 'managed-arns' && elementOf(property.type) !== 'string') throw new Error(`${where}: not strings`);
  if (holder === 'identity-list') {
    const item = spec.types[elementOf(property.type)?.ref]?.properties;
    if (!('list' in property.type) || !item?.PolicyName || !item?.PolicyDocument || !isJson(item.PolicyDocument.type)) {
      throw new Error(`${where}: not a list of {PolicyName, PolicyDocument}`);
    }
  }
}

const holders = [];
for (const [cfnType, properties] of Object.entries(POLICY_HOLDERS)) {
  for (const [path, holder] of Object.entries(properties)) {
    const found = propertyAt(cfnType, path);
    checkHolderShape(cfnType, path, holder, found);
    found.property.policy = holder;
    holders.push(`${cfnType}.${path} -> ${holder}`);
  }
}
for (const key of Object.keys(NOT_IAM)) {
  const [cfnType, property] = key.split(/\.(?=[^:]*$)/);
  if (!resourceTypes[cfnType]) throw new Error(`NOT_IAM: no resource type ${cfnType} in ${SOURCE}@${pkg.version}`);
  if (property) propertyAt(cfnType, property);
  if (POLICY_HOLDERS[cfnType] && (!property || POLICY_HOLDERS[cfnType][property])) {
    throw new Error(`${key} is in both POLICY_HOLDERS and NOT_IAM`);
  }
}
// Every flag of the db must have been decided on. "None" is the db's way of saying "not scrutinizable".
const undecided = [];
for (const res of db.resource.entities) {
  const cfnType = res.cloudFormationType;
  if (res.scrutinizable && res.scrutinizable !== 'None' && !POLICY_HOLDERS[cfnType] && !NOT_IAM[cfnType]) {
    undecided.push(`${cfnType} (${res.scrutinizable})`);
  }
  for (const [name, p] of Object.entries(res.properties)) {
    if (!p.scrutinizable || p.scrutinizable === 'None') continue;
    if (POLICY_HOLDERS[cfnType]?.[name] || NOT_IAM[`${cfnType}.${name}`]) continue;
    undecided.push(`${cfnType}.${name} (${p.scrutinizable})`);
  }
}
for (const def of db.typeDefinition.entities) {
  for (const [name, p] of Object.entries(def.properties)) {
    if (p.scrutinizable && p.scrutinizable !== 'None') undecided.push(`type ${def.name}.${name} (${p.scrutinizable})`);
  }
}
if (undecided.length) {
  throw new Error(
    `${SOURCE}@${pkg.version} flags what the policy tables of scripts/generate-cfn-spec.mjs do not decide on; ` +
      `add each to POLICY_HOLDERS or NOT_IAM:\n  ${undecided.join('\n  ')}`,
  );
}

// Each resource type is stored as its own JSON text: the server parses a type when a template first names it, so
// opening a template costs the few types it uses, not the 1,800 of the specification (time and memory).
const spec = {
  source: { package: SOURCE, version: pkg.version, license: pkg.license },
  generatedBy: 'scripts/generate-cfn-spec.mjs',
  resourceTypes: Object.fromEntries(Object.entries(resourceTypes).map(([name, type]) => [name, JSON.stringify(type)])),
};
const out = join(root, 'generated', 'cfn-spec.json');
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(spec);
writeFileSync(out, text);
const count = Object.keys(resourceTypes).length;
console.log(
  `cfn-spec: ${count} resource types, ${holders.length} policy holders, ${collisions.length} type name collisions ` +
    `from ${SOURCE}@${pkg.version} -> ${out} (${(text.length / 1024 / 1024).toFixed(1)} MB)`,
);
for (const c of collisions) console.log(`  ${c}`);
