import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { shown } from './shown';
import { repeatedSids } from './sids';

/** The same Sid on two statements of a policy that IAM or Organizations validates. */
export const duplicateSid: Rule = {
  id: 'duplicate-sid',
  name: 'Duplicate Sid',
  summary: 'Two statements share a Sid in an identity policy, permissions boundary or role trust policy.',
  description: [
    'IAM requires the `Sid`s of a policy to be unique and rejects a policy where two statements share one',
    '("Statement IDs (SID) in a single policy must be unique"), so this is an error for the policies IAM stores:',
    'identity policies, permissions boundaries and role trust policies. It is shown on the later Sid. Other policy',
    'kinds get the warning `non-unique-sid`.',
  ].join(' '),
  severity: 'error',
  kinds: ['identity', 'boundary', 'trust'],
  accessAnalyzer: ['UNIQUE_SIDS_REQUIRED'],
  checkDocument({ policy, report }) {
    for (const { sid, first } of repeatedSids(policy)) {
      report(
        valueSpan(sid),
        `Sid ${shown(sid.value)} is already used by statement ${first.index + 1}: IAM requires each Sid to be unique.`,
      );
    }
  },
};
