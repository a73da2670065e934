import { closest } from '../../../catalog/suggest';
import { PNode, PObject, PProperty, Span, valueSpan } from '../../../parsing/tree';
import { IntrinsicCall, intrinsicOf } from '../../intrinsics';
import { CfnSpec, PropertySpec, ResourceTypeSpec, TypeRef, TypeSpec } from '../../spec/spec';
import { PerNode } from '../../perNode';
import { LANGUAGE_EXTENSIONS, Resource, SERVERLESS_TRANSFORM, Template } from '../../template';
import { TemplateContext, TemplateRule } from '../rule';
import { didYouMean, keyTarget, quoted } from '../util';

/*
 * The properties of each resource are checked against the CloudFormation resource specification in one walk that
 * the four rules share (it is done once per template and each rule reports its own kind of problem):
 *
 * - a key that the resource type, or the nested type of an object, does not have (`cfn-unknown-property`),
 * - a required property that is missing (`cfn-missing-property`),
 * - a value of the wrong JSON type (`cfn-property-type`),
 * - a literal outside the allowed values (`cfn-invalid-value`).
 *
 * A value built by an intrinsic is never flagged for what it may evaluate to: a call stands wherever a scalar or a
 * list may, `Fn::If` is read as both of its branches, `{"Ref": "AWS::NoValue"}` as no value. The walk keeps its
 * own stack, so that the depth of the tree is no concern.
 */

type ProblemKind = 'unknown' | 'missing' | 'type' | 'value';

interface Problem extends Span {
  kind: ProblemKind;
  message: string;
  replacement?: string;
}

/** The properties an object may have: a resource type's, a nested type's, or a tag's. */
interface Shape {
  /** How messages name the type: `AWS::S3::Bucket`, `VersioningConfiguration`. */
  name: string;
  properties: Record<string, PropertySpec>;
  /** The names of the required properties, in the specification's order. */
  required: string[];
  /** Any key is accepted and the values are not walked (a type the specification leaves empty). */
  open?: boolean;
  /** The properties of a resource type itself, not of a nested type. */
  root?: boolean;
}

/** What a value is checked against: a type of the specification, an object shape, or a policy document. */
type Expect = TypeRef | Shape | 'policy';

/** One value to check. */
interface Item {
  node: PNode;
  expect: Expect;
  /** How messages name the value: `BucketName`, `An item of Tags`, `Variables.STAGE`. */
  label: string;
  /** The name of the property the value is (in) itself: lists keep the property's name for their items. */
  base: string;
  /** Where the missing properties of an object are reported: the key that holds it; undefined for a list item. */
  at?: Span;
  /** The object the value is a property of, for the SAM event sources whose `Type` tells their properties. */
  parent?: PObject;
  /** The value is an item of a list, so an `Fn::If` branch there may be a list of items. */
  inList?: boolean;
}

interface Walk {
  spec: CfnSpec;
  text: string;
  resourceType: string;
  /**
   * SAM resource: the SAM specification lags behind SAM, so unknown keys are reported only when they look mistyped,
   * and the requirements of its nested types are in places wrong (the `Properties` of an `HttpApi` event, the
   * `Version` of a state machine's policy document or of an S3 location), so only the resource's own are checked.
   */
  sam: boolean;
  /** SAM `Globals` may give any property, so none is reported missing. */
  skipMissing: boolean;
  /** The policy documents, which the policy rules check. */
  policyRoots: ReadonlySet<PNode>;
  problems: Problem[];
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const TAG_SHAPE: Shape = {
  name: 'Tag',
  properties: { Key: { type: 'string', required: true }, Value: { type: 'string' } },
  // Value is optional in some resource types' tags (Lambda's, ECS's), so only Key is required.
  required: ['Key'],
};

const rootShapes = new WeakMap<ResourceTypeSpec, Shape>();
const typeShapes = new WeakMap<TypeSpec, Shape>();
const enumSets = new WeakMap<readonly (string | number)[], Set<string | number>>();

function shapeOf(name: string, properties: Record<string, PropertySpec>): Shape {
  const required = Object.keys(properties).filter((k) => properties[k].required);
  return { name, properties, required, open: Object.keys(properties).length === 0 };
}

function rootShape(name: string, spec: ResourceTypeSpec): Shape {
  let shape = rootShapes.get(spec);
  if (!shape) rootShapes.set(spec, (shape = { ...shapeOf(name, spec.properties), root: true }));
  return shape;
}

function refShape(walk: Walk, name: string): Shape | undefined {
  const type = walk.spec.typeOf(walk.resourceType, name);
  if (!type) return undefined;
  let shape = typeShapes.get(type);
  if (!shape) typeShapes.set(type, (shape = shapeOf(name, type.properties)));
  return shape;
}

function enumSet(values: readonly (string | number)[]): Set<string | number> {
  let set = enumSets.get(values);
  if (!set) enumSets.set(values, (set = new Set(values)));
  return set;
}

const isShape = (e: Expect): e is Shape => typeof e === 'object' && 'properties' in e;

/** `{"Ref": "AWS::NoValue"}`: no value at all, as a property or as an item. */
function isNoValue(call: IntrinsicCall): boolean {
  return call.name === 'Ref' && call.argument?.type === 'string' && call.argument.value === 'AWS::NoValue';
}

/** Transforms whose effect on the resources is known: other macros may rewrite the properties at will. */
const KNOWN_TRANSFORMS = new Set([SERVERLESS_TRANSFORM, LANGUAGE_EXTENSIONS, 'AWS::CodeDeployBlueGreen']);

/** Resource types the specification has but whose properties are the template author's. */
function isOpen(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource';
}

const cache = new WeakMap<Template, Problem[]>();

/** The problems of every resource's properties, found once per template. */
function problemsOf({ template, spec, text, policyRoots }: TemplateContext): Problem[] {
  let problems = cache.get(template);
  if (problems) return problems;
  problems = [];
  cache.set(template, problems);
  if (template.transforms.some((t) => !KNOWN_TRANSFORMS.has(t))) return problems;
  const globals = template.sections.Globals !== undefined;
  // Each resource's problems are kept with its parse node; they depend on it, the specification and whether the
  // template has Globals (its policies, which are skipped, on it and the transforms, all of them known here).
  const key = `${globals}\u0000${template.transformsKey}`;
  for (const resource of template.resources) {
    if (!resource.node) continue;
    problems.push(...RESOURCE_PROBLEMS.get(resource.node, key, { resource, spec, text, policyRoots, globals }));
  }
  problems.sort((a, b) => a.offset - b.offset);
  return dedupe(problems);
}

interface ResourceInput {
  resource: Resource;
  spec: CfnSpec;
  text: string;
  policyRoots: ReadonlySet<PNode>;
  globals: boolean;
}

const RESOURCE_PROBLEMS = new PerNode<Problem[], ResourceInput>(
  (_node, _key, input) => resourceProblems(input),
  (problems, delta) => problems.map((p) => ({ ...p, offset: p.offset + delta })),
);

function resourceProblems({ resource, spec, text, policyRoots, globals }: ResourceInput): Problem[] {
  const problems: Problem[] = [];
  const type = resource.type;
  if (!type || isOpen(type)) return problems;
  const typeSpec = spec.resourceType(type);
  if (!typeSpec || Object.keys(typeSpec.properties).length === 0) return problems;
  const sam = type.startsWith('AWS::Serverless::');
  const walk: Walk = { spec, text, resourceType: type, sam, skipMissing: sam && globals, policyRoots, problems };
  const shape = rootShape(type, typeSpec);
  const holder = resource.propertiesProperty;
  if (!holder) {
    if (!walk.skipMissing) reportMissing(walk, shape, shape.required, resource.property.keySpan);
    return problems;
  }
  // Properties that are no map are reported by cfn-invalid-resource-attribute; Fn::If makes one of its branches.
  if (holder.value?.type !== 'object') return problems;
  run(walk, { node: holder.value, expect: shape, label: type, base: type, at: holder.keySpan });
  return problems;
}

/** Drops repeated problems (both branches of an `Fn::If` may miss the same property); sorted by offset first. */
function dedupe(problems: Problem[]): Problem[] {
  let kept = 0;
  for (const p of problems) {
    let repeated = false;
    for (let i = kept - 1; i >= 0 && problems[i].offset === p.offset && !repeated; i--) {
      const q = problems[i];
      repeated = q.kind === p.kind && q.length === p.length && q.message === p.message;
    }
    if (!repeated) problems[kept++] = p;
  }
  problems.length = kept;
  return problems;
}

function run(walk: Walk, first: Item): void {
  const stack: Item[] = [first];
  while (stack.length > 0) visit(walk, stack.pop()!, stack);
}

function visit(walk: Walk, item: Item, stack: Item[]): void {
  const { node, expect } = item;
  const call = intrinsicOf(node);
  if (call) return isNoValue(call) ? undefined : visitCall(walk, item, call, stack);
  // A policy document (an object) is the policy rules' to check.
  if (walk.policyRoots.has(node)) return;
  if (expect === 'policy') {
    if (node.type !== 'object' && node.type !== 'string') wrongType(walk, item, describeExpect('policy'));
    return;
  }
  if (isShape(expect)) return visitObject(walk, item, expect, stack);
  if (typeof expect === 'string') return visitScalar(walk, item, expect, stack);
  if ('list' in expect) {
    if (node.type !== 'array') return wrongType(walk, item, describe(expect));
    for (const element of node.items) {
      stack.push({
        node: element,
        expect: expect.list,
        label: `An item of ${item.base}`,
        base: item.base,
        inList: true,
      });
    }
    return;
  }
  if ('map' in expect) {
    if (node.type !== 'object') return wrongType(walk, item, describe(expect));
    for (const p of node.properties) {
      if (!p.value || skippedKey(p.key)) continue;
      const label = `${item.base}.${p.key}`;
      stack.push({ node: p.value, expect: expect.map, label, base: label, at: p.keySpan, parent: node });
    }
    return;
  }
  if ('ref' in expect) {
    const shape = refShape(walk, expect.ref);
    if (shape) visitObject(walk, item, shape, stack);
    return;
  }
  if ('enum' in expect) return visitEnum(walk, item, expect.enum);
  visitUnion(walk, item, expect.union, stack);
}

/** Keys that are no properties: loops of the language extensions, and `Fn::Transform` that adds properties. */
function skippedKey(key: string): boolean {
  return key.startsWith('Fn::ForEach::') || key === 'Fn::Transform';
}

/** What the functions that cannot make an object make, for messages where an object is expected. */
const MAKES: Record<string, string> = {
  Ref: 'a string or a list',
  'Fn::Sub': 'a string',
  'Fn::Join': 'a string',
  'Fn::Base64': 'a string',
  'Fn::ImportValue': 'a string',
  'Fn::ToJsonString': 'a string',
  'Fn::Split': 'a list',
  'Fn::GetAZs': 'a list',
  'Fn::Cidr': 'a list',
  'Fn::Length': 'a number',
  'Fn::FindInMap': 'a string or a list',
};

function visitCall(walk: Walk, item: Item, call: IntrinsicCall, stack: Item[]): void {
  if (call.name === 'Fn::If') {
    const arg = call.argument;
    if (arg?.type !== 'array' || arg.items.length !== 3) return; // cfn-function-arguments reports it
    for (const branch of arg.items.slice(1)) {
      // In a list, a branch may give one item or, as authors often write, the items.
      if (item.inList && branch.type === 'array')
        for (const element of branch.items) stack.push({ ...item, node: element });
      else stack.push({ ...item, node: branch });
    }
    return;
  }
  const makes = MAKES[call.name];
  // A call may stand for a scalar or a list; an object can come only from a few (Fn::GetAtt, Fn::Select, a macro).
  if (!makes || acceptsScalarOrList(walk, item.expect)) return;
  wrongType(walk, item, describeExpect(item.expect), `, but ${call.name} makes ${makes}`);
}

function acceptsScalarOrList(walk: Walk, expect: Expect): boolean {
  if (expect === 'policy') return true;
  if (isShape(expect)) return false;
  if (typeof expect === 'string') return expect !== 'tag';
  if ('list' in expect || 'enum' in expect) return true;
  if ('map' in expect) return false;
  if ('ref' in expect) return !refShape(walk, expect.ref); // an unknown type is not checked
  return expect.union.some((m) => acceptsScalarOrList(walk, m));
}

function visitObject(walk: Walk, item: Item, shape: Shape, stack: Item[]): void {
  const node = item.node;
  if (node.type !== 'object') return wrongType(walk, item, describeExpect(shape));
  if (shape.open) return;
  let transformed = false;
  const present = new Set<string>();
  for (const p of node.properties) {
    if (skippedKey(p.key)) {
      transformed = true;
      continue;
    }
    const call = p.value && intrinsicOf(p.value);
    // `AWS::NoValue` removes the property; an Fn::If with it as one branch leaves it present.
    if (!call || !isNoValue(call)) present.add(p.key);
    const property = own(shape.properties, p.key);
    if (!property) {
      reportUnknown(walk, shape, p);
      continue;
    }
    if (!p.value) continue;
    const expect: Expect =
      property.policy && property.policy !== 'identity-list' && holdsJson(property.type) ? 'policy' : property.type;
    stack.push({ node: p.value, expect, label: p.key, base: p.key, at: p.keySpan, parent: node });
  }
  if (!transformed && !walk.skipMissing && (shape.root || !walk.sam)) {
    const at = item.at ?? node.properties[0]?.keySpan ?? node;
    reportMissing(
      walk,
      shape,
      shape.required.filter((name) => !present.has(name)),
      at,
    );
  }
}

function holdsJson(type: TypeRef): boolean {
  return type === 'json' || (typeof type === 'object' && 'union' in type && type.union.includes('json'));
}

function reportUnknown(walk: Walk, shape: Shape, p: PProperty): void {
  const hint = suggestion(shape, p.key);
  // The SAM specification lags behind SAM: a key it lacks may be a newer property, unless it looks mistyped.
  if (walk.sam && !hint.replacement) return;
  const { span, replacement } = keyTarget(walk.text, p, hint.replacement);
  walk.problems.push({
    kind: 'unknown',
    ...span,
    message: `${shape.name} has no property ${quoted(p.key)}.${hint.text}`,
    replacement,
  });
}

const suggestions = new WeakMap<Shape, Map<string, Hint>>();

/** The suggestion for a key of a shape, remembered: a generated template repeats its mistakes. */
function suggestion(shape: Shape, key: string): Hint {
  let known = suggestions.get(shape);
  if (!known) suggestions.set(shape, (known = new Map()));
  let hint = known.get(key);
  if (!hint) {
    hint = suggest(key, Object.keys(shape.properties));
    if (known.size < 1000) known.set(key, hint);
  }
  return hint;
}

type Hint = { text: string; replacement?: string };

/**
 * ` Did you mean "X"?` for a key: as {@link didYouMean}, but a key of four characters or more may be two edits away,
 * as property names are few per type and distinct (`State` for `Status`).
 */
function suggest(word: string, candidates: string[]): Hint {
  if (word.length < 4 || word.length > 200) return didYouMean(word, candidates);
  const best = closest(word, candidates, Math.max(2, Math.min(4, Math.floor(word.length / 3))));
  return best && best !== word ? { text: ` Did you mean "${best}"?`, replacement: best } : { text: '' };
}

function reportMissing(walk: Walk, shape: Shape, missing: string[], at: Span): void {
  if (missing.length === 0) return;
  const names =
    missing.length === 1
      ? `the property ${missing[0]}`
      : `the properties ${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  walk.problems.push({
    kind: 'missing',
    offset: at.offset,
    length: at.length,
    message: `${shape.name} needs ${names}.`,
  });
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function scalarAccepts(type: TypeRef, node: PNode): boolean {
  switch (type) {
    case 'json':
    case 'any':
      return true;
    case 'string':
    case 'date-time':
      // CloudFormation turns numbers and booleans into strings.
      return node.type === 'string' || node.type === 'number' || node.type === 'boolean';
    case 'integer':
      return node.type === 'number' || (node.type === 'string' && INTEGER.test(node.value.trim()));
    case 'number':
      return node.type === 'number' || (node.type === 'string' && NUMBER.test(node.value.trim()));
    case 'boolean':
      return node.type === 'boolean' || (node.type === 'string' && /^(true|false)$/i.test(node.value));
    default:
      return false;
  }
}

function visitScalar(walk: Walk, item: Item, type: Extract<TypeRef, string>, stack: Item[]): void {
  if (type === 'tag') return visitObject(walk, item, TAG_SHAPE, stack);
  if (!scalarAccepts(type, item.node)) wrongType(walk, item, describe(type));
}

function visitEnum(walk: Walk, item: Item, values: readonly (string | number)[]): void {
  const node = item.node;
  const numeric = typeof values[0] === 'number';
  if (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean') {
    return wrongType(walk, item, numeric ? 'an integer' : 'a string');
  }
  if (numeric && numberOf(node) === undefined) return wrongType(walk, item, 'an integer');
  if (enumAccepts(values, node)) return;
  const text = node.type === 'string' ? node.value : String(node.value);
  const hint = numeric || node.type !== 'string' ? { text: '' } : didYouMean(text, values as string[]);
  const shown = values.slice(0, 10).map((v) => (numeric ? String(v) : `"${v}"`));
  const list = values.length > 10 ? `${shown.join(', ')} and ${values.length - 10} more` : shown.join(', ');
  const actual = node.type === 'string' ? quoted(node.value) : String(node.value);
  const inner = node.type === 'string' && node.valueOffset !== undefined;
  const span = node.type === 'string' ? valueSpan(node) : node;
  walk.problems.push({
    kind: 'value',
    offset: span.offset,
    length: span.length,
    message: `${item.label} must be one of ${list}, not ${actual}.${hint.text}`,
    replacement:
      hint.replacement === undefined ? undefined : inner ? hint.replacement : JSON.stringify(hint.replacement),
  });
}

function numberOf(node: PNode): number | undefined {
  if (node.type === 'number') return node.value;
  return node.type === 'string' && NUMBER.test(node.value.trim()) ? Number(node.value) : undefined;
}

/** True when a literal scalar is one of the values: numbers as numbers, anything else as its string. */
function enumAccepts(values: readonly (string | number)[], node: PNode): boolean {
  const set = enumSet(values);
  if (typeof values[0] === 'number') {
    const n = numberOf(node);
    return n !== undefined && set.has(n);
  }
  if (node.type === 'string') return set.has(node.value);
  return (node.type === 'number' || node.type === 'boolean') && set.has(String(node.value));
}

function visitUnion(walk: Walk, item: Item, members: readonly TypeRef[], stack: Item[]): void {
  const node = item.node;
  if (members.some((m) => m === 'json' || m === 'any')) return;
  const fits = (m: TypeRef) => {
    if (node.type === 'array') return typeof m === 'object' && 'list' in m;
    if (node.type === 'object') return m === 'tag' || (typeof m === 'object' && ('map' in m || 'ref' in m));
    return (typeof m === 'string' && m !== 'tag') || (typeof m === 'object' && 'enum' in m);
  };
  const candidates = members.filter(fits);
  if (candidates.length === 0 || node.type === 'null') return wrongType(walk, item, describe({ union: [...members] }));
  if (candidates.length === 1) return visit(walk, { ...item, expect: candidates[0] }, stack);
  if (node.type === 'array') return visit(walk, { ...item, expect: candidates[0] }, stack);
  if (node.type === 'object') {
    const chosen = chooseObjectMember(walk, item, node as PObject, candidates);
    if (chosen) visit(walk, { ...item, expect: chosen }, stack);
    return;
  }
  // A scalar: accepted when a plain member takes it, else checked against the one member that lists values.
  if (candidates.some((m) => typeof m === 'string' && scalarAccepts(m, node))) return;
  const enums = candidates.flatMap((m) => (typeof m === 'object' && 'enum' in m ? [m.enum] : []));
  if (enums.length === 0) return wrongType(walk, item, describe({ union: [...members] }));
  if (enums.some((values) => enumAccepts(values, node))) return;
  visitEnum(walk, item, enums[0]);
}

/**
 * Of several object types, the one an object is: for a SAM event source, the one its `Type` names (`S3` →
 * `S3Event`); else the first whose properties hold every key and the required ones, or every key. None when no
 * member fits, and the object is then not checked, as it cannot be told which it meant.
 */
function chooseObjectMember(walk: Walk, item: Item, node: PObject, members: TypeRef[]): TypeRef | undefined {
  const shapes = members.flatMap((m) => {
    const shape = m === 'tag' ? TAG_SHAPE : typeof m === 'object' && 'ref' in m ? refShape(walk, m.ref) : undefined;
    return shape ? [{ member: m, shape }] : [];
  });
  const type = item.parent?.properties.find((p) => p.key === 'Type')?.value;
  if (walk.sam && type?.type === 'string' && shapes.some((s) => s.shape.name.endsWith('Event'))) {
    return shapes.find((s) => s.shape.name === `${type.value}Event`)?.member;
  }
  const keys = node.properties.filter((p) => !skippedKey(p.key)).map((p) => p.key);
  const known = shapes.filter((s) => s.shape.open || keys.every((k) => own(s.shape.properties, k)));
  const complete = known.find((s) => s.shape.required.every((r) => keys.includes(r)));
  if (complete || known.length > 0) return (complete ?? known[0]).member;
  return members.find((m) => typeof m === 'object' && 'map' in m);
}

function wrongType(walk: Walk, item: Item, expected: string, actual = `, not ${describeValue(item.node)}`): void {
  const node = item.node;
  walk.problems.push({
    kind: 'type',
    offset: node.offset,
    length: node.length,
    message: `${item.label} must be ${expected}${actual}.`,
  });
}

function describeValue(node: PNode): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return `the string ${quoted(node.value)}`;
    case 'number':
      return `the number ${node.value}`;
    case 'boolean':
      return `the boolean ${node.value}`;
    case 'null':
      return 'null';
  }
}

function describeExpect(expect: Expect): string {
  if (expect === 'policy') return 'a policy document (an object or a JSON string)';
  if (isShape(expect)) return expect === TAG_SHAPE ? describe('tag') : 'an object';
  return describe(expect);
}

/** A type as messages say it: `a string`, `a list`, `a string or an object`. */
function describe(type: TypeRef): string {
  if (typeof type === 'string') {
    const names: Record<string, string> = {
      string: 'a string',
      'date-time': 'a date-time string',
      integer: 'an integer',
      number: 'a number',
      boolean: 'a boolean',
      tag: 'a tag ({Key, Value})',
    };
    return names[type] ?? 'any value';
  }
  if ('list' in type) return 'a list';
  if ('map' in type) return 'a map';
  if ('ref' in type) return 'an object';
  if ('enum' in type) return typeof type.enum[0] === 'number' ? 'an integer' : 'a string';
  return [...new Set(type.union.map(describe))].join(' or ');
}

function reporter(kind: ProblemKind): TemplateRule['check'] {
  return (context) => {
    for (const p of problemsOf(context)) {
      if (p.kind !== kind) continue;
      context.report(p, p.message, p.replacement === undefined ? undefined : { data: { replacement: p.replacement } });
    }
  };
}

const SKIPPED = [
  'Custom resources (`Custom::…`, `AWS::CloudFormation::CustomResource`), types the specification does not have',
  'and templates with a macro transform, which may rewrite any property, are not checked.',
].join(' ');

export const unknownProperty: TemplateRule = {
  id: 'cfn-unknown-property',
  name: 'Unknown resource property',
  summary:
    'A key of `Properties`, or of an object inside them, that the resource type or the nested type does not have.',
  description: [
    'Each resource type has a fixed set of properties, and so does each of its nested types (`VersioningConfiguration`',
    'has `Status` only); the set comes from the CloudFormation resource specification shipped with Policy Lens.',
    'CloudFormation rejects a key that is not among them ("Encountered unsupported property"), most often a typo or a',
    'property written one level too high or too low, so the rule is an error; the message names the nearest property',
    'and the quick fix puts it in. For SAM resources (`AWS::Serverless::…`), whose specification lags behind SAM, only',
    `keys that look like a misspelt property are reported. Keys \`Fn::Transform\` and \`Fn::ForEach::…\` are left alone. ${SKIPPED}`,
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3002'],
  check: reporter('unknown'),
};

export const missingProperty: TemplateRule = {
  id: 'cfn-missing-property',
  name: 'Missing required property',
  summary: 'A resource, or an object inside its properties, without a property its type requires.',
  description: [
    'The resource specification marks the properties a resource type or a nested type cannot do without',
    '(`AssumeRolePolicyDocument` of a role, `Status` of a `VersioningConfiguration`, `Key` of a tag). CloudFormation',
    'rejects the resource without them, so the rule is an error. The finding is on the `Properties` key, on the',
    'resource when it has none, or on the key of the nested object (the first key of an object in a list). A',
    'property given by `Fn::If`, even with an `AWS::NoValue` branch, is present; one that is `AWS::NoValue` is not. An object with an `Fn::Transform` key is not checked, as the macro may add the',
    "property. Of SAM resources only the resource's own required properties are checked, as the SAM specification",
    'requires some that SAM does not (the `Properties` of an `HttpApi` event), and none in a template with a',
    '`Globals` section, which may give any property.',
    SKIPPED,
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3003'],
  check: reporter('missing'),
};

export const propertyType: TemplateRule = {
  id: 'cfn-property-type',
  name: 'Property value of the wrong type',
  summary:
    'A property value of the wrong kind: an object where a string is expected, a string where a list is, a list where a map is.',
  description: [
    'Each property has a type in the resource specification: a string, a number, a boolean, a list, a map, or an',
    'object of a nested type. CloudFormation rejects a value of another kind, so the rule is an error. It is as',
    'lenient as CloudFormation, which converts: numbers and booleans are accepted where strings are, and strings of',
    'digits, `true` or `false` where numbers and booleans are; a `Json` property takes any value. A function call',
    'stands for any scalar and any list (a `Ref` to a list parameter, `Fn::Split`, `Fn::GetAZs`); where an object is',
    'expected, only the functions that can make one (`Fn::If`, `Fn::GetAtt`, `Fn::Select`, `Fn::Transform`) are',
    'accepted. Each branch of `Fn::If` is checked as the value, and `AWS::NoValue` is no value. Properties that hold',
    `IAM policies are only checked to be an object or a string; the policy rules check the policy itself. ${SKIPPED}`,
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3012'],
  check: reporter('type'),
};

export const invalidPropertyValue: TemplateRule = {
  id: 'cfn-invalid-value',
  name: 'Property value not among the allowed values',
  summary: 'A literal value that the property does not allow: `SSEAlgorithm: aes256`, a log retention of 4 days.',
  description: [
    'Where the resource specification lists the values a property allows (`Status` of a versioning configuration is',
    '`Enabled` or `Suspended`; `RetentionInDays` of a log group is 1, 3, 5, 7, …), CloudFormation, or the service',
    'when the resource is created, rejects any other value, so the rule is an error. Values are compared as written,',
    'case included; the message lists the allowed values and names the nearest one, which the quick fix puts in.',
    `Only literals are checked: a value built by a function is not guessed at. ${SKIPPED}`,
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3030'],
  check: reporter('value'),
};
