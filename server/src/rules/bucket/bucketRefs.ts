import { hasWildcard } from '../../catalog/glob';
import { PolicyDocument, Statement, stringsOf } from '../../model/policy';
import { PString, Span } from '../../parsing/tree';
import { ResourceValue, fieldSpan, resourceValues } from '../resources/arns';

/** A Resource or NotResource value that names a bucket of S3, or objects in it. */
export interface BucketRef {
  value: ResourceValue;
  /** The bucket name as written; may hold wildcards or variables when `open`. */
  name: string;
  /** Where the bucket name is inside the string. */
  nameSpan: Span;
  /** True for `bucket/…` (objects), false for the bucket itself. */
  object: boolean;
  /** True when the name has a wildcard or a policy variable, so the bucket it names is not known. */
  open: boolean;
  /** True for an S3 Express One Zone directory bucket (`arn:aws:s3express:region:account:bucket/name`). */
  directory: boolean;
  partition: string;
}

/** What a resource value of a bucket policy is: a bucket reference, something else, or not judged. */
export type ResourceKind = { kind: 'bucket'; ref: BucketRef } | { kind: 'other'; value: ResourceValue } | undefined;

/**
 * Classifies a resource value. Values that are not six-field ARNs, or whose service has a wildcard, are left to
 * other rules (undefined).
 */
export function classifyResource(value: ResourceValue): ResourceKind {
  const arn = value.arn;
  if (!arn || arn.prefix.value !== 'arn' || hasWildcard(arn.service.value) || arn.service.value.includes('${')) {
    return undefined;
  }
  const service = arn.service.value;
  const resource = arn.resource;
  if (service === 's3') {
    if (arn.region.value !== '' || arn.account.value !== '') return { kind: 'other', value };
    return bucketIn(value, resource.start, resource.value, false);
  }
  if (service === 's3express' && resource.value.startsWith('bucket/')) {
    return bucketIn(value, resource.start + 'bucket/'.length, resource.value.slice('bucket/'.length), true);
  }
  return { kind: 'other', value };
}

function bucketIn(value: ResourceValue, start: number, rest: string, directory: boolean): ResourceKind {
  const slash = rest.indexOf('/');
  const name = slash < 0 ? rest : rest.slice(0, slash);
  if (name === '') return undefined;
  const field = { value: name, start, end: start + name.length };
  const open = hasWildcard(name) || name.includes('${');
  const partition = value.arn?.partition.value ?? 'aws';
  return {
    kind: 'bucket',
    ref: { value, name, nameSpan: fieldSpan(value, field), object: slash >= 0, open, directory, partition },
  };
}

/** The bucket references of a statement's Resource and NotResource values. */
export function bucketRefs(statement: Statement): BucketRef[] {
  return resourceValues(statement).flatMap((value) => {
    const kind = classifyResource(value);
    return kind?.kind === 'bucket' ? [kind.ref] : [];
  });
}

/** The `"*"` values of a statement's Resource and NotResource elements. */
export function starResources(statement: Statement): PString[] {
  return [...stringsOf(statement.elements.Resource), ...stringsOf(statement.elements.NotResource)].filter(
    (node) => node.value === '*',
  );
}

/** The bucket a policy names: the name most of its known references use (the first named wins a tie). */
export function policyBucket(policy: PolicyDocument): BucketRef | undefined {
  const counts = new Map<string, { ref: BucketRef; count: number }>();
  for (const statement of policy.statements) {
    for (const ref of bucketRefs(statement)) {
      if (ref.open) continue;
      const entry = counts.get(ref.name) ?? { ref, count: 0 };
      entry.count++;
      counts.set(ref.name, entry);
    }
  }
  let best: { ref: BucketRef; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.ref;
}

/** True when the policy is about an S3 Express One Zone directory bucket (its resources or actions say so). */
export function isDirectoryBucketPolicy(policy: PolicyDocument): boolean {
  return policy.statements.some(
    (s) =>
      bucketRefs(s).some((r) => r.directory) ||
      [...stringsOf(s.elements.Action), ...stringsOf(s.elements.NotAction)].some((a) =>
        a.value.toLowerCase().startsWith('s3express:'),
      ),
  );
}
