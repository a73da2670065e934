import { PolicyKind } from '../model/kind';
import { PNode, PObject, Span } from '../parsing/tree';
import { CfnSpec, PolicyHolder } from './spec/spec';
import { Resource, SERVERLESS_TRANSFORM, Template } from './template';
import { ResolveEnv, resolveTree } from './values';

/** A policy document held by a property of a template's resource, resolved for checking. */
export interface EmbeddedPolicy {
  resource: Resource;
  /** The property path as a reader says it: `Policies[0].PolicyDocument`. */
  path: string;
  kind: PolicyKind;
  /** Why the kind, for messages and hovers: `AWS::IAM::Role AssumeRolePolicyDocument`. */
  reason: string;
  /** The policy value as written in the template. */
  source: PNode;
  /** The policy with its intrinsics resolved. */
  root: PObject;
  /** Values that could not be resolved: no policy finding inside them is kept. */
  opaque: Span[];
  /** Values resolved with stand-ins for unknown parts: findings that compare names there are not kept. */
  partial: Span[];
  /** The samples and stand-ins put in values → what they stand for, to say in messages. */
  samples: Map<string, string>;
  /** The values intrinsics resolved to, in document order. */
  resolved: string[];
}

const KIND_OF_HOLDER: Partial<Record<PolicyHolder, PolicyKind>> = {
  trust: 'trust',
  key: 'key',
  bucket: 'bucket',
  identity: 'identity',
  resource: 'resource',
};

/** A policy document one of a template's resources holds, before its intrinsics are resolved. */
export interface PolicyValue {
  resource: Resource;
  path: string;
  kind: PolicyKind;
  value: PNode;
}

/**
 * Every policy document in the template's resources, with the kind that the property holding it implies: the
 * role's trust policy, its inline policies, a bucket's, queue's or topic's policy, a key policy, and so on. The
 * properties come from the specification's policy holders; SAM functions' `Policies` are read as well.
 */
export function embeddedPolicies(template: Template, spec: CfnSpec): EmbeddedPolicy[] {
  const env: ResolveEnv = { template, resourceType: (type) => spec.resourceType(type) };
  return template.resources.flatMap((resource) =>
    policyValues(resource, template, spec).flatMap((value) => resolvePolicy(value, env) ?? []),
  );
}

/**
 * One policy value resolved for checking, or undefined for a policy given as a JSON string or built entirely by an
 * intrinsic, which is not read.
 */
export function resolvePolicy(found: PolicyValue, env: ResolveEnv): EmbeddedPolicy | undefined {
  const { resource, path, kind, value } = found;
  const { root, opaque, partial, samples, resolved } = resolveTree(value, env);
  if (root.type !== 'object' || opaque.some((s) => s.offset === value.offset && s.length === value.length))
    return undefined;
  return {
    resource,
    path,
    kind,
    reason: `${resource.type} ${path}`,
    source: value,
    root,
    opaque,
    partial,
    samples,
    resolved,
  };
}

/** The policy documents one resource holds, in document order, unresolved. */
export function policyValues(resource: Resource, template: Template, spec: CfnSpec): PolicyValue[] {
  if (!resource.type || !resource.properties) return [];
  const found: PolicyValue[] = [];
  const add = (path: string, kind: PolicyKind, value: PNode | undefined) => {
    if (value) found.push({ resource, path, kind, value });
  };
  const properties = resource.properties;
  for (const { path, holder } of spec.policyProperties(resource.type)) {
    for (const { value, shown } of valuesAt(properties, path)) {
      const kind = KIND_OF_HOLDER[holder];
      if (kind) add(shown, kind, value);
      else if (holder === 'identity-list' && value.type === 'array') {
        value.items.forEach((item, i) => {
          if (item.type === 'object') add(`${shown}[${i}].PolicyDocument`, 'identity', valueOf(item, 'PolicyDocument'));
        });
      }
    }
  }
  if (resource.type === 'AWS::Serverless::Function' && template.transforms.includes(SERVERLESS_TRANSFORM)) {
    const policies = valueOf(properties, 'Policies');
    // A SAM function's Policies: a document, or a list of documents, managed policy names and policy templates.
    const items = policies?.type === 'array' ? policies.items : policies ? [policies] : [];
    items.forEach((item, i) => {
      if (item.type === 'object' && item.properties.some((p) => p.key === 'Statement')) {
        add(policies?.type === 'array' ? `Policies[${i}]` : 'Policies', 'identity', item);
      }
    });
  }
  return found;
}

/**
 * The values at a property path below Properties, looking through lists (`Replicas[2].ResourcePolicy`), each with
 * the path as a reader says it.
 */
function valuesAt(root: PObject, path: readonly string[]): { value: PNode; shown: string }[] {
  let current: { value: PNode; shown: string }[] = [{ value: root, shown: '' }];
  for (const key of path) {
    const next: { value: PNode; shown: string }[] = [];
    for (const { value, shown } of current) {
      const objects =
        value.type === 'array'
          ? value.items.map((item, i) => ({ item, at: `${shown}[${i}]` }))
          : [{ item: value, at: shown }];
      for (const { item, at } of objects) {
        const found = item.type === 'object' ? valueOf(item, key) : undefined;
        if (found) next.push({ value: found, shown: at ? `${at}.${key}` : key });
      }
    }
    current = next;
  }
  return current;
}

function valueOf(node: PObject, key: string): PNode | undefined {
  return node.properties.find((p) => p.key === key)?.value;
}
