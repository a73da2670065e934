import { hasWildcard } from '../../catalog/glob';
import { stringsOf } from '../../model/policy';
import { valueSpan } from '../../parsing/tree';
import { actionParts, quoted } from '../actions/actionValue';
import { Rule } from '../rule';
import { appliesToBucket } from './bucketActions';

/** An S3 action that applies to no bucket or object, so that no bucket policy can grant it. */
export const bucketActionNotApplicable: Rule = {
  id: 'bucket-action-not-applicable',
  name: 'S3 action that a bucket policy cannot grant',
  summary: 'An S3 action of a bucket policy applies to neither buckets nor objects (account, access point, job, …).',
  description: [
    'A bucket policy applies to its bucket and the objects in it. Some S3 actions apply to other things: the',
    'account (`s3:ListAllMyBuckets`, `s3:GetAccountPublicAccessBlock`, `s3:CreateJob`), access points, Batch',
    'Operations jobs, Storage Lens, Access Grants. S3 rejects a bucket policy statement with such an action ("Action',
    'does not apply to any resource(s) in statement"), so this is an error, shown on the action. Grant these actions',
    'in an identity policy, or in the policy of the access point. A wildcard is reported only when every action it',
    'matches is of this sort (`s3:*StorageLens*`). Bucket-level actions given only object ARNs, and the reverse, are',
    'reported by `resource-mismatch` and `action-without-resource`.',
  ].join(' '),
  severity: 'error',
  kinds: ['bucket'],
  checkStatement(statement, { catalog, report }) {
    // NotAction lists what is excluded, which may well be account-level actions.
    for (const node of stringsOf(statement.elements.Action)) {
      const parts = actionParts(node.value);
      if (!parts || parts.service.toLowerCase() !== 's3' || hasWildcard(parts.service)) continue;
      const actions = catalog.matchActions(node.value);
      if (actions.length === 0 || actions.some(appliesToBucket)) continue;
      const message = hasWildcard(node.value)
        ? `Every action ${quoted(node.value)} matches applies to neither buckets nor objects, so S3 rejects the value in a bucket policy: grant them in an identity policy.`
        : `${actions[0].id} applies to neither buckets nor objects, so S3 rejects it in a bucket policy: grant it in an identity policy.`;
      report(valueSpan(node), message);
    }
  },
};
