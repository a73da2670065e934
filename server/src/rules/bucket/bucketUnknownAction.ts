import { hasWildcard } from '../../catalog/glob';
import { actionParts, actionStrings, fixIn, nameSpan, quoted } from '../actions/actionValue';
import { Rule } from '../rule';
import { BUCKET_SERVICES, suggestS3Name } from './bucketActions';

/** An S3 action name that S3 does not have, which S3 rejects in a bucket policy. */
export const bucketUnknownAction: Rule = {
  id: 'bucket-unknown-action',
  name: 'Unknown S3 action in a bucket policy',
  summary: 'An s3: action of a bucket policy is not an action Amazon S3 has.',
  description: [
    'IAM stores an identity policy with an unknown action (it never matches: `unknown-action` warns about it), but',
    'Amazon S3 checks every action of a bucket policy when it is saved and rejects the whole policy for one it does',
    'not know ("Policy has invalid action"). So in a bucket policy this is an error, shown on the action name, with',
    'the nearest S3 action (or, for a name that only starts several actions, such as `s3:List`, the wildcard `s3:List*`)',
    'as the fix. Names with wildcards are left to `action-wildcard-matches-nothing`.',
  ].join(' '),
  severity: 'error',
  kinds: ['bucket'],
  accessAnalyzer: ['INVALID_ACTION'],
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      const service = parts?.service.toLowerCase();
      if (!parts || !service || !BUCKET_SERVICES.has(service) || hasWildcard(node.value)) continue;
      if (catalog.action(node.value)) continue;
      const name = suggestS3Name(catalog, service, parts.name);
      if (!name) {
        report(nameSpan(node, parts), `S3 has no action ${quoted(node.value)} and rejects the policy: check the name.`);
        continue;
      }
      const fix = fixIn(node, parts.service.length + 1, node.value.length, name);
      report(
        fix.span,
        `S3 has no action ${quoted(node.value)} and rejects the policy: did you mean ${parts.service}:${name}?`,
        { data: { replacement: fix.replacement } },
      );
    }
  },
};
