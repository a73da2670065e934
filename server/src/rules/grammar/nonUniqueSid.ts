import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { shown } from './shown';
import { repeatedSids } from './sids';

/** The same Sid on two statements of a policy whose service tolerates it, or may not. */
export const nonUniqueSid: Rule = {
  id: 'non-unique-sid',
  name: 'Sid used twice',
  summary: 'Two statements share a Sid in a resource-based policy, key policy, SCP or RCP.',
  description: [
    'Outside IAM, a repeated `Sid` is not always rejected (S3 accepts it), but some services refuse it (SNS: "Every',
    'policy statement must have a unique ID"; SQS) and tools that address statements by Sid (CloudFormation,',
    'Terraform, the console) may merge or drop one of them. This is a warning, shown on the later Sid; identity',
    'policies, where IAM rejects it, get the error `duplicate-sid`.',
  ].join(' '),
  severity: 'warning',
  kinds: ['resource', 'bucket', 'key', 'scp', 'rcp'],
  accessAnalyzer: ['UNIQUE_SIDS_RECOMMENDED'],
  checkDocument({ policy, report }) {
    for (const { sid, first } of repeatedSids(policy)) {
      report(
        valueSpan(sid),
        `Sid ${shown(sid.value)} is already used by statement ${first.index + 1}: give each statement its own Sid.`,
      );
    }
  },
};
