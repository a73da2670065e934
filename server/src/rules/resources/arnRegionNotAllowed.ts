import { Rule } from '../rule';
import { arnIndex, candidateFormats } from './arnIndex';
import { fieldSpan, isOpen, replacementIn, wellFormedArns } from './arns';
import { formatsPhrase } from './describe';

/** A region in the ARN of a resource that has none, such as an S3 bucket or an IAM role. */
export const arnRegionNotAllowed: Rule = {
  id: 'arn-region-not-allowed',
  name: 'Region in an ARN that has none',
  summary: 'A resource ARN names a region, but resources of that type are global and their ARNs have no region.',
  description: [
    'The ARNs of global resources, such as S3 buckets and objects, IAM roles and users, CloudFront distributions',
    'and Route 53 hosted zones, leave the region field empty: `arn:aws:s3:::my-bucket`,',
    '`arn:aws:iam::123456789012:role/admin`. IAM rejects a policy whose resource puts a region there ("can not',
    'contain region information"), so this is an error. The check uses the ARN formats of the AWS catalog and only',
    'reports when every resource type the ARN can name has no region; a wildcard or a policy variable is accepted.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['ARN_REGION_NOT_ALLOWED'],
  checkStatement(statement, { catalog, report }) {
    const index = arnIndex(catalog);
    for (const value of wellFormedArns(statement)) {
      const region = value.arn.region;
      if (region.value === '' || isOpen(region.value)) continue;
      const formats = candidateFormats(index, value.arn);
      if (formats.length === 0 || formats.some((f) => f.region !== '')) continue;
      const message = `${formatsPhrase(formats)} have no region: remove ${region.value} and leave the field empty.`;
      report(fieldSpan(value, region), message, replacementIn(value, ''));
    }
  },
};
