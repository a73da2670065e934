/** Where a policy is attached, which decides what its elements may hold. */
export type PolicyKind = 'identity' | 'resource' | 'bucket' | 'key' | 'trust' | 'scp' | 'rcp' | 'boundary';

export const POLICY_KINDS: readonly PolicyKind[] = [
  'identity',
  'resource',
  'bucket',
  'key',
  'trust',
  'scp',
  'rcp',
  'boundary',
];

/** What a policy author calls each kind. */
export const KIND_NAMES: Record<PolicyKind, string> = {
  identity: 'identity policy',
  resource: 'resource-based policy',
  bucket: 'S3 bucket policy',
  key: 'KMS key policy',
  trust: 'role trust policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
  boundary: 'permissions boundary',
};

/** The kinds whose statements name who they apply to (a Principal), and so must have one. */
export const RESOURCE_KINDS: ReadonlySet<PolicyKind> = new Set<PolicyKind>(['resource', 'bucket', 'key', 'trust']);

/** True for kinds written as strings in settings or file names. */
export function isPolicyKind(value: string): value is PolicyKind {
  return (POLICY_KINDS as readonly string[]).includes(value);
}
