import { valueSpan } from '../../parsing/tree';
import { quoted } from '../actions/actionValue';
import { resourceValues } from '../resources/arns';
import { Rule } from '../rule';
import { BucketRef, classifyResource, policyBucket, starResources } from './bucketRefs';

/** A Resource of a bucket policy that is not a bucket or objects in a bucket. */
export const bucketResourceNotBucket: Rule = {
  id: 'bucket-resource-not-bucket',
  name: 'Resource outside the bucket',
  summary: 'A Resource of an S3 bucket policy is "*" or the ARN of something other than a bucket or its objects.',
  description: [
    'A bucket policy is attached to one bucket and can only speak of it: every Resource is the bucket,',
    '`arn:aws:s3:::my-bucket`, or objects in it, `arn:aws:s3:::my-bucket/*` (for a directory bucket,',
    '`arn:aws:s3express:region:account:bucket/name`). S3 rejects a bucket policy with any other resource ("Policy',
    'has invalid resource"): `"*"`, an access point ARN, another service\'s ARN. So this is an error, shown on the',
    'value. Access points have policies of their own. Values that are not ARNs are reported by `invalid-arn`, and',
    'bucket names with wildcards or policy variables are not judged.',
  ].join(' '),
  severity: 'error',
  kinds: ['bucket'],
  checkDocument({ policy, report }) {
    const bucket = policyBucket(policy);
    for (const statement of policy.statements) {
      for (const node of starResources(statement)) {
        report(valueSpan(node), `S3 does not accept "*" as the Resource of a bucket policy: ${useInstead(bucket)}.`);
      }
      for (const value of resourceValues(statement)) {
        const kind = classifyResource(value);
        if (kind?.kind !== 'other') continue;
        const what = value.arn?.service.value === 's3' ? 'an S3 resource other than a bucket or object' : 'not in S3';
        report(
          valueSpan(value.node),
          `${quoted(value.text)} is ${what}, and S3 rejects a bucket policy with it: ${useInstead(bucket)}.`,
        );
      }
    }
  },
};

function useInstead(bucket: BucketRef | undefined): string {
  if (!bucket || bucket.directory)
    return 'name the bucket (arn:aws:s3:::bucket-name) or its objects (arn:aws:s3:::bucket-name/*)';
  const arn = `arn:${bucket.partition}:s3:::${bucket.name}`;
  return `name the bucket (${arn}) or its objects (${arn}/*)`;
}
