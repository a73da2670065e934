import { quoted } from '../actions/actionValue';
import { Rule } from '../rule';
import { bucketRefs, policyBucket } from './bucketRefs';

/** A resource of a bucket policy that names another bucket than the rest of the policy. */
export const bucketNameMismatch: Rule = {
  id: 'bucket-name-mismatch',
  name: 'Resource in another bucket',
  summary: 'A Resource of an S3 bucket policy names a different bucket than the other resources of the policy.',
  description: [
    'A bucket policy can only grant or deny access to the bucket it is attached to, so all its resources name the',
    'same bucket. S3 rejects a policy with a resource in any other bucket ("Policy has invalid resource"), so this is',
    'an error. The editor does not know which bucket the policy will be attached to, so it takes the bucket that',
    'most resources name (the first named, on a tie) and reports the bucket name of every resource that differs,',
    'naming the bucket the others use and offering it as the fix. A policy copied from another bucket with one name',
    'left unchanged is the usual cause. Bucket names with wildcards or policy variables are not judged.',
  ].join(' '),
  severity: 'error',
  inTemplates: 'names',
  kinds: ['bucket'],
  checkDocument({ policy, report }) {
    const bucket = policyBucket(policy);
    if (!bucket) return;
    for (const statement of policy.statements) {
      for (const ref of bucketRefs(statement)) {
        if (ref.open || ref.name === bucket.name) continue;
        report(
          ref.nameSpan,
          `Bucket ${quoted(ref.name)} is not ${quoted(bucket.name)}, the bucket the rest of the policy names: a bucket policy can only name its own bucket.`,
          ref.value.node.valueOffset === undefined ? undefined : { data: { replacement: bucket.name } },
        );
      }
    }
  },
};
