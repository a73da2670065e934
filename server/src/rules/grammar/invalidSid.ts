import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { kindPhrase } from './kindPhrase';
import { shown } from './shown';
import { valueFix } from './valueFix';

const ALLOWED = /^[A-Za-z0-9]*$/;
const SEPARATORS = /[^A-Za-z0-9]+/;

/** A Sid with characters other than ASCII letters and digits, where IAM or Organizations validate it. */
export const invalidSid: Rule = {
  id: 'invalid-sid',
  name: 'Sid with unsupported characters',
  summary: 'A Sid has characters other than A-Z, a-z and 0-9 in a policy IAM or Organizations validate.',
  description: [
    'IAM accepts only ASCII letters and digits in a `Sid` and rejects anything else ("Statement IDs (SID) must be',
    'alpha-numeric"): spaces, hyphens, underscores, dots. The same holds for SCPs and RCPs. So this is an error in',
    'identity policies, permissions boundaries, role trust policies, SCPs and RCPs, with the Sid in camel case as its',
    'fix (`allow-read` → `allowRead`). S3 bucket policies, KMS key policies and other resource-based policies accept',
    'spaces and punctuation (the default key policy has `"Enable IAM User Permissions"`), so they are not checked.',
  ].join(' '),
  severity: 'error',
  kinds: ['identity', 'boundary', 'trust', 'scp', 'rcp'],
  accessAnalyzer: ['UNSUPPORTED_SID'],
  checkStatement(statement, { policy, report }) {
    const sid = statement.elements.Sid?.value;
    if (sid?.type !== 'string' || ALLOWED.test(sid.value)) return;
    const fix = alphanumeric(sid.value);
    const where = `A Sid in ${kindPhrase(policy.kind)} may contain only letters and digits`;
    if (fix) {
      const { span, replacement } = valueFix(sid, fix);
      report(span, `${where}: write "${fix}" instead of ${shown(sid.value)}.`, { data: { replacement } });
    } else {
      report(valueSpan(sid), `${where}, and ${shown(sid.value)} has none: rename it.`);
    }
  },
};

/** The Sid's letters and digits, each word after the first capitalised: `allow read-only` → `allowReadOnly`. */
function alphanumeric(sid: string): string {
  const words = sid.split(SEPARATORS).filter((w) => w.length > 0);
  return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
}
