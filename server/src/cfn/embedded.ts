import { PolicyKind } from '../model/kind';
import { PNode, PObject, Span } from '../parsing/tree';
import { CfnSpec, PolicyHolder } from './spec/spec';
import { Resource, SERVERLESS_TRANSFORM, Template } from './template';
import { resolveTree } from './values';

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

/**
 * Every policy document in the template's resources, with the kind that the property holding it implies: the
 * role's trust policy, its inline policies, a bucket's, queue's or topic's policy, a key policy, and so on. The
 * properties come from the specification's policy holders; SAM functions' `Policies` are read as well.
 */
export function embeddedPolicies(template: Template, spec: CfnSpec): EmbeddedPolicy[] {
  const env = { template, resourceType: (type: string) => spec.resourceType(type) };
  const found: EmbeddedPolicy[] = [];
  const add = (resource: Resource, path: string, kind: PolicyKind, value: PNode | undefined) => {
    if (!value) return;
    const { root, opaque, partial, samples, resolved } = resolveTree(value, env);
    // A policy given as a JSON string, or built entirely by an intrinsic, is not read.
    if (root.type !== 'object' || opaque.some((s) => s.offset === value.offset && s.length === value.length)) return;
    found.push({
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
    });
  };
  for (const resource of template.resources) {
    if (!resource.type || !resource.properties) continue;
    const properties = resource.properties;
    for (const { path, holder } of spec.policyProperties(resource.type)) {
      for (const { value, shown } of valuesAt(properties, path)) {
        const kind = KIND_OF_HOLDER[holder];
        if (kind) add(resource, shown, kind, value);
        else if (holder === 'identity-list' && value.type === 'array') {
          value.items.forEach((item, i) => {
            if (item.type === 'object')
              add(resource, `${shown}[${i}].PolicyDocument`, 'identity', valueOf(item, 'PolicyDocument'));
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
          add(resource, policies?.type === 'array' ? `Policies[${i}]` : 'Policies', 'identity', item);
        }
      });
    }
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
