import { PArray, PNode, PObject, PString, Span } from '../parsing/tree';
import { intrinsicOf, pseudoParameter } from './intrinsics';
import { parseSub } from './sub';
import { Resource, Template } from './template';

/**
 * Partial values: what a value built by intrinsics is known to be. A policy in a template is checked after its
 * intrinsics are replaced by what they stand for, where that can be told:
 *
 * - `!Ref AWS::AccountId`, `${AWS::Partition}` and the other pseudo parameters stand for a valid value of their
 *   kind (`123456789012`, `aws`), so the ARN around them is checked field by field;
 * - `!GetAtt MyBucket.Arn` is the ARN format of the resource's type (`arn:${Partition}:s3:::${BucketName}`) filled
 *   in, with the name from the resource's own literal name property or a stand-in made from its logical id, so
 *   `!Sub '${MyBucket.Arn}/*'` is an object ARN of the same bucket;
 * - an unknown part (a parameter, a name made at deploy time) inside an ARN stands for a valid value of the ARN
 *   field it is in; an unknown value that is not inside an ARN is not guessed at: it is left opaque, and no policy
 *   rule reports on it (a value is never flagged only because an intrinsic builds it);
 * - `Fn::If` in a list (of actions, resources, statements) is read as both branches, `AWS::NoValue` as nothing.
 */

/** The facts about a resource type that resolution needs (a subset of the CloudFormation specification). */
export interface ResourceTypeFacts {
  arnTemplate?: string;
  /** The identifier(s) `Ref` returns. */
  ref?: readonly string[];
  attributes?: Readonly<Record<string, unknown>>;
}

export interface ResolveEnv {
  /** Resolution reads the template's resources only, by logical id (the engine records which it read). */
  template: Pick<Template, 'resource'>;
  resourceType(type: string): ResourceTypeFacts | undefined;
}

/** A policy tree with its intrinsics resolved, and the spans of the values that could not be. */
export interface ResolvedTree {
  root: PNode;
  /** Spans of values left as they are because what they stand for is unknown; findings inside them are dropped. */
  opaque: Span[];
  /** Spans of values resolved with a stand-in for an unknown part (a parameter inside an ARN). */
  partial: Span[];
  /** Each sample or stand-in put in a value → what it stands for (`123456789012` → `${AWS::AccountId}`). */
  samples: Map<string, string>;
  /** The values intrinsics resolved to, in document order: with the source text, they decide the findings. */
  resolved: string[];
}

/** The elements whose value may be a list, so that an `Fn::If` there can be read as both branches. */
const LIST_ELEMENTS = new Set([
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Statement',
  'AWS',
  'Service',
  'Federated',
  'CanonicalUser',
]);

/** Resolves the intrinsics of a policy value for checking. Recursion is bounded by the parser's depth limit. */
export function resolveTree(node: PNode, env: ResolveEnv): ResolvedTree {
  const walk: Walk = { ...env, opaque: [], partial: [], samples: new Map(), resolved: [] };
  const root = resolveValue(node, undefined, walk) ?? node;
  return { root, opaque: walk.opaque, partial: walk.partial, samples: walk.samples, resolved: walk.resolved };
}

/** Resolution as it goes: the environment, and what the resolved tree is noted with. */
type Walk = ResolveEnv & Omit<ResolvedTree, 'root'>;

function resolveValue(node: PNode, key: string | undefined, env: Walk): PNode | undefined {
  const call = intrinsicOf(node);
  if (call) {
    if (call.name === 'Fn::If') {
      const branches = ifBranches(call.argument, env);
      if (branches.length === 1) return branches[0];
      if (branches.length > 1 && key !== undefined && LIST_ELEMENTS.has(key)) {
        const items = branches.flatMap((b) => (b.type === 'array' ? b.items : [b]));
        return { type: 'array', offset: node.offset, length: node.length, items } satisfies PArray;
      }
    }
    const pieces = piecesOf(node, env, 0);
    const value = pieces && finish(pieces, env.samples);
    if (value !== undefined) {
      if (pieces!.some((p) => 'hole' in p)) env.partial.push({ offset: node.offset, length: node.length });
      env.resolved.push(value);
      return stringNode(node, value);
    }
    env.opaque.push({ offset: node.offset, length: node.length });
    return node;
  }
  if (node.type === 'object') {
    const properties = node.properties.flatMap((p) => {
      if (!p.value) return [p];
      if (isNoValue(p.value)) return [];
      const value = resolveValue(p.value, p.key, env);
      return value === undefined ? [] : [value === p.value ? p : { ...p, value }];
    });
    // Unchanged objects stay themselves: a policy without intrinsics is its own resolution, no copy made.
    const same = properties.length === node.properties.length && properties.every((p, i) => p === node.properties[i]);
    return same ? node : ({ ...node, properties } satisfies PObject);
  }
  if (node.type === 'array') {
    const items = resolveItems(node.items, env);
    const same = items.length === node.items.length && items.every((item, i) => item === node.items[i]);
    return same ? node : ({ ...node, items } satisfies PArray);
  }
  return node;
}

function resolveItems(items: PNode[], env: Walk): PNode[] {
  return items.flatMap((item) => {
    if (isNoValue(item)) return [];
    const call = intrinsicOf(item);
    if (call?.name === 'Fn::If') {
      return ifBranches(call.argument, env).flatMap((b) => (b.type === 'array' ? b.items : [b]));
    }
    const value = resolveValue(item, undefined, env);
    return value ? [value] : [];
  });
}

/** The resolved branches of an `Fn::If`, without `AWS::NoValue`. */
function ifBranches(argument: PNode | undefined, env: Walk): PNode[] {
  if (argument?.type !== 'array' || argument.items.length !== 3) {
    if (argument) env.opaque.push({ offset: argument.offset, length: argument.length });
    return [];
  }
  return argument.items.slice(1).flatMap((branch) => {
    if (isNoValue(branch)) return [];
    const value = resolveValue(branch, undefined, env);
    return value ? [value] : [];
  });
}

function isNoValue(node: PNode): boolean {
  const call = intrinsicOf(node);
  return call?.name === 'Ref' && call.argument?.type === 'string' && call.argument.value === 'AWS::NoValue';
}

function stringNode(at: PNode, value: string): PString {
  return { type: 'string', offset: at.offset, length: at.length, value, valueOffset: undefined };
}

/**
 * A string being built: literal text (`from` says what a sample stands for: `${AWS::AccountId}`) and holes whose
 * value is unknown, each with a hint for its stand-in.
 */
type Piece = { text: string; from?: string } | { hole: string };

/**
 * The string an intrinsic (or a literal) stands for, or undefined when it cannot be told. Holes are filled by
 * {@link finish}: inside an ARN each by a valid value of its field; elsewhere a hole leaves the value unknown.
 */
export function stringOf(node: PNode, env: ResolveEnv): string | undefined {
  const pieces = piecesOf(node, env, 0);
  return pieces && finish(pieces);
}

const MAX_NESTING = 20;

function piecesOf(node: PNode, env: ResolveEnv, depth: number): Piece[] | undefined {
  if (depth > MAX_NESTING) return undefined;
  if (node.type === 'string') return [{ text: node.value }];
  if (node.type === 'number' || node.type === 'boolean') return [{ text: String(node.value) }];
  const call = intrinsicOf(node);
  if (!call) return undefined;
  const arg = call.argument;
  switch (call.name) {
    case 'Ref':
      return arg?.type === 'string' ? refPieces(arg.value, env) : undefined;
    case 'Fn::GetAtt': {
      const [target, attribute] = getAttParts(arg);
      return target && attribute ? getAttPieces(target, attribute, env) : undefined;
    }
    case 'Fn::Sub':
      return subPieces(arg, env, depth);
    case 'Fn::Join': {
      if (arg?.type !== 'array' || arg.items[0]?.type !== 'string' || arg.items[1]?.type !== 'array') return undefined;
      const delimiter = arg.items[0].value;
      const pieces: Piece[] = [];
      for (const [i, item] of arg.items[1].items.entries()) {
        const part = piecesOf(item, env, depth + 1);
        if (!part) return undefined;
        if (i > 0 && delimiter) pieces.push({ text: delimiter });
        pieces.push(...part);
      }
      return pieces;
    }
    default:
      return undefined;
  }
}

function getAttParts(arg: PNode | undefined): [string?, string?] {
  if (arg?.type === 'string') {
    const dot = arg.value.indexOf('.');
    return dot > 0 ? [arg.value.slice(0, dot), arg.value.slice(dot + 1)] : [];
  }
  if (arg?.type === 'array' && arg.items[0]?.type === 'string' && arg.items[1]?.type === 'string') {
    return [arg.items[0].value, arg.items[1].value];
  }
  return [];
}

function refPieces(name: string, env: ResolveEnv): Piece[] | undefined {
  const pseudo = pseudoParameter(name);
  if (pseudo) {
    return pseudo.sample !== undefined && !pseudo.list ? [{ text: pseudo.sample, from: `\${${name}}` }] : undefined;
  }
  const resource = env.template.resource(name);
  if (resource) {
    const facts = resource.type ? env.resourceType(resource.type) : undefined;
    // Where Ref gives the ARN (a topic, a managed policy), it is the ARN format filled in.
    if (facts?.arnTemplate && facts.ref?.length === 1 && /Arn$/.test(facts.ref[0])) {
      return arnPieces(resource, facts.arnTemplate, env);
    }
    return facts?.ref?.length === 1 ? namePieces(resource, facts.ref[0], env) : [{ hole: name }];
  }
  // A parameter, or a name no section defines (another rule reports that): its value is unknown.
  return [{ hole: name }];
}

function getAttPieces(target: string, attribute: string, env: ResolveEnv): Piece[] | undefined {
  const resource = env.template.resource(target);
  if (!resource?.type) return undefined;
  const facts = env.resourceType(resource.type);
  if (attribute === 'Arn' && facts?.arnTemplate) {
    const pieces = arnPieces(resource, facts.arnTemplate, env);
    // A log group's Arn attribute ends in `:*` (its streams), unlike the ARN format of the type.
    return resource.type === 'AWS::Logs::LogGroup' ? [...pieces, { text: ':*' }] : pieces;
  }
  return [{ hole: target }];
}

/** An ARN format with its variables filled: pseudo parameters by their samples, names from the resource. */
function arnPieces(resource: Resource, arnTemplate: string, env: ResolveEnv): Piece[] {
  const pieces: Piece[] = [];
  for (const part of parseSub(arnTemplate)) {
    if (part.kind === 'text') {
      pieces.push({ text: part.text });
      continue;
    }
    const pseudo = { Partition: 'AWS::Partition', Region: 'AWS::Region', Account: 'AWS::AccountId' }[part.name];
    if (pseudo) pieces.push({ text: pseudoParameter(pseudo)!.sample!, from: `\${${pseudo}}` });
    else pieces.push(...namePieces(resource, part.name, env));
  }
  return pieces;
}

const resolving = new Set<Resource>();

/**
 * A name of the resource (`BucketName`): what its property says, literal or built (a `Ref` to a parameter keeps
 * the parameter as its hint, so `${BucketName}` and `!GetAtt Bucket.Arn` name one bucket), else a stand-in from the
 * logical id.
 */
function namePieces(resource: Resource, name: string, env: ResolveEnv): Piece[] {
  const value = resource.properties?.properties.find((p) => p.key === name)?.value;
  if (!value || (value.type === 'string' && value.value === '') || resolving.has(resource))
    return [{ hole: resource.name }];
  resolving.add(resource);
  try {
    return piecesOf(value, env, 1) ?? [{ hole: resource.name }];
  } finally {
    resolving.delete(resource);
  }
}

function subPieces(arg: PNode | undefined, env: ResolveEnv, depth: number): Piece[] | undefined {
  const text =
    arg?.type === 'string' ? arg : arg?.type === 'array' && arg.items[0]?.type === 'string' ? arg.items[0] : undefined;
  if (!text) return undefined;
  const map = arg?.type === 'array' && arg.items[1]?.type === 'object' ? arg.items[1] : undefined;
  const pieces: Piece[] = [];
  for (const part of parseSub(text.value)) {
    if (part.kind === 'text') {
      pieces.push({ text: part.text });
      continue;
    }
    const local = map?.properties.find((p) => p.key === part.name)?.value;
    if (local) {
      pieces.push(...(piecesOf(local, env, depth + 1) ?? [{ hole: part.name }]));
      continue;
    }
    const dot = part.name.indexOf('.');
    const resolved =
      dot > 0 && !part.name.startsWith('AWS::')
        ? getAttPieces(part.name.slice(0, dot), part.name.slice(dot + 1), env)
        : refPieces(part.name, env);
    pieces.push(...(resolved ?? [{ hole: part.name }]));
  }
  return pieces;
}

/** Stand-ins by ARN field: partition, service (never guessed), region, account. */
const FIELD_SAMPLES = ['', 'aws', undefined, 'us-east-1', '123456789012'];

/**
 * The string of the pieces. A hole inside an ARN (`arn:` first) takes a valid value of its field: the partition,
 * region and account samples, or in the resource part a name made from the hole's hint. A hole elsewhere, or in
 * the service field, makes the whole value unknown.
 */
function finish(pieces: Piece[], samples?: Map<string, string>): string | undefined {
  const note = (value: string, shown: string) => samples?.set(value, shown);
  for (const piece of pieces) if ('text' in piece && piece.from) note(piece.text, piece.from);
  if (pieces.every((p) => 'text' in p)) return pieces.map((p) => (p as { text: string }).text).join('');
  const first = pieces[0];
  if (!('text' in first) || !first.text.startsWith('arn:')) return undefined;
  let out = '';
  for (const piece of pieces) {
    if ('text' in piece) {
      out += piece.text;
      continue;
    }
    const field = (out.match(/:/g) ?? []).length;
    const value = field >= 5 ? standIn(piece.hole) : FIELD_SAMPLES[field];
    if (value === undefined) return undefined;
    note(value, `\${${piece.hole}}`);
    out += value;
  }
  return out;
}

/** A name that is valid in any resource part (lower-case letters and digits, at least 3): `mybucket`. */
function standIn(hint: string): string {
  const name = hint.toLowerCase().replace(/[^a-z0-9]/g, '');
  return name.length >= 3 ? name : (name + 'xxx').slice(0, 3);
}

/**
 * A text about resolved values (a message, a value a fix writes) as the template's author writes it: each sample
 * or stand-in written back as what it stands for (`arn:aws:iam::123456789012:root` →
 * `arn:${AWS::Partition}:iam::${AWS::AccountId}:root`), unless the policy's own text (`source`) holds that value,
 * where it may be meant literally.
 */
export function writtenBack(text: string, samples: ReadonlyMap<string, string>, source: string): string {
  let shown = text;
  for (const [value, from] of samples) {
    if (source.includes(value === 'aws' ? 'arn:aws:' : value)) continue;
    const pattern = value === 'aws' ? /\barn:aws:/g : new RegExp(`(?<![\\w-])${escapeRegExp(value)}(?![\\w-])`, 'g');
    shown = shown.replace(pattern, value === 'aws' ? `arn:${from}:` : from);
  }
  return shown;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
