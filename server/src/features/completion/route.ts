import { PolicyHolder } from '../../cfn/spec/spec';
import { TEMPLATE_SECTIONS, Template, buildTemplate } from '../../cfn/template';
import { fileNameKind } from '../../model/detect';
import { PolicyKind } from '../../model/kind';
import { POLICY_ELEMENTS } from '../../model/policy';
import { PObject } from '../../parsing/tree';
import { CursorContext } from '../cursor';
import { pathOf } from '../documentFilter';
import { actionValues } from './actions';
import { conditionKeys, conditionValues, operatorKeys } from './conditions';
import { Env, PolicyAt } from './env';
import { functionKeys, functionValues, intrinsicArguments } from './intrinsics';
import { Place, Segment, nodeAt } from './place';
import { effectValues, policyKeys, statementKeys, statementSkeleton, versionValues } from './policyElements';
import { awsValues, federatedValues, principalKeys, principalStringValues, serviceValues } from './principals';
import { propertyKeys, propertyValues } from './properties';
import { resourceValues } from './resources';
import {
  conditionNameValues,
  deletionPolicyValues,
  dependsOnValues,
  exportKeys,
  formatVersionValues,
  outputKeys,
  parameterKeys,
  parameterTypeValues,
  resourceAttributeKeys,
  resourceTypeValues,
  sectionKeys,
  transformValues,
} from './templateKeys';

/** The most resource types listed before namespaces are offered instead. */
const MAX_TYPES = 300;

/** Offers what fits the place. An `item` place is completed as a key of an object item and as a value of its list. */
export function route(env: Env): void {
  const { place } = env;
  if (place.kind !== 'item') return routeOnce(env);
  for (const kind of ['key', 'value'] as const) {
    const one: Place = { ...place, kind };
    env.offers.place = one;
    routeOnce({ ...env, place: one });
  }
  env.offers.place = place;
}

function routeOnce(env: Env): void {
  if (env.template) return templateRoute(env);
  const at = standalonePolicy(env);
  if (at) policyRoute(env, at, env.place.path);
}

/** The template of a document: the analysed one, or one being written (only sections at the top, or a name). */
export function templateOf(context: CursorContext, yaml: boolean): Template | undefined {
  const { analysis } = context;
  if (analysis.template) return analysis.template.template;
  if (analysis.policy) return undefined;
  const root = analysis.parse.root;
  const named = /(template|cfn|cloudformation|stack|sam)[^/]*$/i.test(pathOf(context.document.uri));
  const empty: PObject = { type: 'object', offset: 0, length: 0, properties: [] };
  if (!root || root.type !== 'object') return yaml && named ? buildTemplate(empty) : undefined;
  const keys = root.properties.filter((p) => !typing(context, p.keySpan)).map((p) => p.key);
  const sections = keys.length > 0 && keys.every((k) => (TEMPLATE_SECTIONS as readonly string[]).includes(k));
  if (sections || (keys.length === 0 && yaml && named)) return buildTemplate(root);
  return undefined;
}

function typing(context: CursorContext, span: { offset: number; length: number }): boolean {
  return context.offset >= span.offset && context.offset <= span.offset + span.length;
}

/** A standalone JSON policy, or a JSON document on its way to being one. */
function standalonePolicy(env: Env): PolicyAt | undefined {
  const { context } = env.place;
  if (env.place.yaml) return undefined;
  const policy = context.analysis.policy;
  if (policy) return { base: [], kind: policy.kind, strict: policy.kindSource !== 'content', inTemplate: false };
  const root = context.analysis.parse.root;
  if (root && root.type !== 'object') return undefined;
  const keys = (root?.properties ?? []).filter((p) => !typing(context, p.keySpan)).map((p) => p.key);
  if (!keys.every((k) => (POLICY_ELEMENTS as readonly string[]).includes(k))) return undefined;
  const path = pathOf(context.document.uri).toLowerCase();
  const named = fileNameKind(path);
  if (named) return { base: [], kind: named.kind, strict: true, inTemplate: false };
  if (keys.length > 0 || /polic/.test(path)) return { base: [], kind: 'identity', strict: false, inTemplate: false };
  return undefined;
}

/** `Fn::If` branches are transparent: what holds the If holds them. */
function stripTransparent(path: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'Fn::If' && (path[i + 1] === 1 || path[i + 1] === 2)) i++;
    else out.push(path[i]);
  }
  return out;
}

function isValueAt(path: readonly Segment[], length: number): boolean {
  return path.length === length || (path.length === length + 1 && typeof path[length] === 'number');
}

function templateRoute(env: Env): void {
  const { place } = env;
  const conditions = place.path[0] === 'Conditions';
  if (place.kind === 'value' && place.yaml && place.token.quote === '' && place.token.prefix.startsWith('!')) {
    return functionValues(env, conditions);
  }
  if (intrinsicArguments(env)) return;
  const path = stripTransparent(place.path);
  const key = place.kind === 'key';
  if (path.length === 0) {
    if (key) sectionKeys(env);
    return;
  }
  const [section, , attribute] = path;
  switch (section) {
    case 'AWSTemplateFormatVersion':
      if (!key && path.length === 1) formatVersionValues(env);
      return;
    case 'Transform':
      if (!key && isValueAt(path, 1)) transformValues(env);
      return;
    case 'Resources':
      return resourceRoute(env, path);
    case 'Parameters':
      if (key && path.length === 2) parameterKeys(env);
      else if (!key && path.length === 3 && attribute === 'Type') parameterTypeValues(env);
      return;
    case 'Outputs':
      if (key && path.length === 2) outputKeys(env);
      else if (key && path.length === 3 && attribute === 'Export') exportKeys(env);
      else if (key && path.length >= 3 && attribute === 'Value') functionKeys(env);
      else if (!key && path.length === 3 && attribute === 'Condition') conditionNameValues(env);
      else if (!key && path.length >= 3 && (attribute === 'Value' || attribute === 'Export')) functionValues(env);
      return;
    case 'Conditions':
      if (path.length === 2 && key) functionKeys(env, true);
      else if (path.length >= 2 && !key) functionValues(env, true);
      return;
  }
}

function resourceRoute(env: Env, path: Segment[]): void {
  const { place, template } = env;
  const key = place.kind === 'key';
  if (path.length < 2) return;
  const resource = template!.resource(String(path[1]));
  if (path.length === 2) {
    if (key) resourceAttributeKeys(env);
    return;
  }
  const attribute = path[2];
  if (attribute === 'Properties') {
    const type = resource?.type;
    if (!type) return;
    const at = embeddedPolicy(env, type, path);
    if (at) return policyRoute(env, at, path.slice(at.base.length));
    const below = path.slice(3);
    if (key) {
      propertyKeys(env, type, below);
      if (below.length > 0) functionKeys(env);
    } else {
      propertyValues(env, type, below);
      functionValues(env);
    }
    return;
  }
  if (key || !isValueAt(path, 3)) return;
  switch (attribute) {
    case 'Type':
      if (path.length === 3) resourceTypeValues(env, MAX_TYPES);
      return;
    case 'DependsOn':
      return dependsOnValues(env, String(path[1]));
    case 'Condition':
      if (path.length === 3) conditionNameValues(env);
      return;
    case 'DeletionPolicy':
    case 'UpdateReplacePolicy':
      if (path.length === 3) deletionPolicyValues(env, attribute);
      return;
  }
}

const HOLDER_KINDS: Partial<Record<PolicyHolder, PolicyKind>> = {
  trust: 'trust',
  key: 'key',
  bucket: 'bucket',
  identity: 'identity',
  resource: 'resource',
};

/** The position in `rest` after the property path `names` (list indexes skipped), if `rest` goes through it. */
function through(rest: readonly Segment[], names: readonly string[]): number | undefined {
  let j = 0;
  for (const name of names) {
    while (typeof rest[j] === 'number') j++;
    if (rest[j] !== name) return undefined;
    j++;
  }
  return j;
}

/** The policy a path below a resource's Properties is in, by the properties the specification says hold one. */
function embeddedPolicy(env: Env, type: string, path: Segment[]): PolicyAt | undefined {
  const rest = path.slice(3);
  const at = (length: number, kind: PolicyKind): PolicyAt => ({
    base: path.slice(0, 3 + length),
    kind,
    strict: true,
    inTemplate: true,
  });
  for (const holder of env.spec.policyProperties(type)) {
    const j = through(rest, holder.path);
    if (j === undefined) continue;
    if (holder.holder === 'identity-list') {
      if (typeof rest[j] === 'number' && rest[j + 1] === 'PolicyDocument') return at(j + 2, 'identity');
      continue;
    }
    const kind = HOLDER_KINDS[holder.holder];
    if (kind) return at(j, kind);
  }
  if (type === 'AWS::Serverless::Function' && rest[0] === 'Policies') {
    const policyKey = (s: Segment | undefined) => s === 'Statement' || s === 'Version';
    if (typeof rest[1] === 'number') {
      const item = nodeAt(env.root, path.slice(0, 5));
      const document = item?.type === 'object' && item.properties.some((p) => policyKey(p.key));
      if (document || policyKey(rest[2]) || (rest.length === 2 && env.place.kind === 'key')) return at(2, 'identity');
    } else if (policyKey(rest[1]) || (rest.length === 1 && env.place.kind === 'key')) {
      return at(1, 'identity');
    }
  }
  return undefined;
}

function policyRoute(env: Env, at: PolicyAt, rel: Segment[]): void {
  const key = env.place.kind === 'key';
  if (rel.length === 0) {
    if (key) policyKeys(env);
    return;
  }
  if (rel[0] === 'Version') {
    if (!key && rel.length === 1) versionValues(env);
    return;
  }
  if (rel[0] !== 'Statement') return;
  const statementLength = typeof rel[1] === 'number' ? 2 : 1;
  const inner = rel.slice(statementLength);
  const statement = nodeAt(env.root, [...at.base, ...rel.slice(0, statementLength)]);
  if (inner.length === 0) {
    if (key) statementKeys(env, at);
    else statementSkeleton(env, at, statementLength === 2);
    return;
  }
  const element = inner[0];
  switch (element) {
    case 'Effect':
      if (!key && inner.length === 1) effectValues(env);
      return;
    case 'Action':
    case 'NotAction':
      if (!key && isValueAt(inner, 1)) actionValues(env, at);
      return;
    case 'Resource':
    case 'NotResource':
      if (!key && isValueAt(inner, 1)) {
        resourceValues(env, at, statement);
        if (at.inTemplate) functionValues(env);
      }
      return;
    case 'Principal':
    case 'NotPrincipal':
      if (inner.length === 1) return key ? principalKeys(env, at) : principalStringValues(env);
      if (key || !isValueAt(inner, 2)) return;
      if (inner[1] === 'Service') serviceValues(env);
      else if (inner[1] === 'AWS') awsValues(env);
      else if (inner[1] === 'Federated') federatedValues(env);
      return;
    case 'Condition':
      if (key && inner.length === 1) operatorKeys(env);
      else if (key && inner.length === 2) conditionKeys(env, String(inner[1]), statement);
      else if (!key && isValueAt(inner, 3)) conditionValues(env, String(inner[1]), String(inner[2]));
      return;
  }
}
