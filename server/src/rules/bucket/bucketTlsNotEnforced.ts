import { conditionEntries } from '../../model/condition';
import { effectOf, PolicyDocument, Statement } from '../../model/policy';
import { PNode } from '../../parsing/tree';
import { Rule } from '../rule';
import { BucketRef, isDirectoryBucketPolicy, policyBucket } from './bucketRefs';

/** A bucket policy that does not deny requests made without TLS. */
export const bucketTlsNotEnforced: Rule = {
  id: 'bucket-tls-not-enforced',
  name: 'Requests without TLS not denied',
  summary: 'No statement of the bucket policy denies requests where aws:SecureTransport is false.',
  description: [
    'S3 answers plain HTTP as well as HTTPS. AWS recommends (and security benchmarks such as the CIS AWS',
    'Foundations Benchmark and AWS Security Hub check S3.5 require) that a bucket policy deny every request made',
    'without TLS: a Deny of `s3:*` for `"Principal": "*"` on the bucket and its objects with `"Bool":',
    '{"aws:SecureTransport": "false"}` (`BoolIfExists` works too). The policy works without it, so this is',
    'information, shown on the Statement key. The finding carries the statement to add, for the bucket the',
    'policy names. Policies of directory buckets (S3 Express One Zone) are not checked.',
  ].join(' '),
  severity: 'information',
  kinds: ['bucket'],
  checkDocument({ policy, report }) {
    const key = policy.statement;
    // A policy without statements has bigger problems, which other rules report.
    if (!key || policy.statements.length === 0) return;
    if (policy.statements.some(deniesPlainHttp) || isDirectoryBucketPolicy(policy)) return;
    const bucket = policyBucket(policy);
    const message =
      'Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.';
    report(key.keySpan, message, bucket ? { data: { addStatement: tlsStatement(policy, bucket) } } : undefined);
  },
};

function deniesPlainHttp(statement: Statement): boolean {
  if (effectOf(statement) !== 'Deny') return false;
  return conditionEntries(statement).some(
    (e) =>
      (e.operator.key === 'Bool' || e.operator.key === 'BoolIfExists') &&
      e.key.key.toLowerCase() === 'aws:securetransport' &&
      e.values.length > 0 &&
      e.values.every(isFalse),
  );
}

function isFalse(node: PNode): boolean {
  return (node.type === 'boolean' && !node.value) || (node.type === 'string' && node.value.toLowerCase() === 'false');
}

/** The statement to add; its Sid is one the policy does not use yet. */
function tlsStatement(policy: PolicyDocument, bucket: BucketRef): Record<string, unknown> {
  const sids = new Set(
    policy.statements.map((s) => s.elements.Sid?.value).flatMap((v) => (v?.type === 'string' ? [v.value] : [])),
  );
  const sid = ['EnforceTLS', 'DenyInsecureTransport'].find((s) => !sids.has(s)) ?? 'DenyInsecureTransportOnly';
  const arn = `arn:${bucket.partition}:s3:::${bucket.name}`;
  return {
    Sid: sid,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [arn, `${arn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}
