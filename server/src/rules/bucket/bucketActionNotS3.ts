import { hasWildcard } from '../../catalog/glob';
import { actionParts, actionStrings, quoted, serviceSpan } from '../actions/actionValue';
import { Rule } from '../rule';
import { BUCKET_SERVICES } from './bucketActions';

/** An action of another service than S3 in a bucket policy. */
export const bucketActionNotS3: Rule = {
  id: 'bucket-action-not-s3',
  name: 'Action of another service in a bucket policy',
  summary: 'An Action or NotAction of an S3 bucket policy names a service other than Amazon S3.',
  description: [
    'A bucket policy controls access to one bucket and its objects, so it can only hold Amazon S3 actions (`s3:`,',
    'and `s3express:` in the policy of a directory bucket). S3 rejects a bucket policy that names an action of any',
    'other service ("Policy has invalid action"), so this is an error, shown on the service prefix. A prefix that is',
    'a slip for `s3` gets `s3` as its fix; an action of another service belongs in an identity policy or in that',
    "service's own resource policy. Prefixes with a wildcard are left to `wildcard-in-action-service`.",
  ].join(' '),
  severity: 'error',
  kinds: ['bucket'],
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      if (!parts || hasWildcard(parts.service) || BUCKET_SERVICES.has(parts.service.toLowerCase())) continue;
      const span = serviceSpan(node, parts);
      const slip = !catalog.service(parts.service) && catalog.matchActions(`s3:${parts.name}`).length > 0;
      if (slip) {
        report(span, `${quoted(node.value)} names no service: did you mean s3:${parts.name}?`, {
          data: node.valueOffset === undefined ? undefined : { replacement: 's3' },
        });
      } else {
        report(
          span,
          `${quoted(node.value)} is not an Amazon S3 action, and S3 rejects a bucket policy with another service's actions: grant it in an identity policy instead.`,
        );
      }
    }
  },
};
