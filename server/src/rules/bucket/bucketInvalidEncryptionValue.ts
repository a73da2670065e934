import { closest } from '../../catalog/suggest';
import { conditionEntries } from '../../model/condition';
import { PString, valueSpan } from '../../parsing/tree';
import { fixIn, quoted } from '../actions/actionValue';
import { joinWords } from '../resources/describe';
import { Reporter, Rule } from '../rule';

/** The values S3 puts in its encryption header keys. */
const HEADER_VALUES: Record<string, { key: string; values: string[] }> = {
  's3:x-amz-server-side-encryption': {
    key: 's3:x-amz-server-side-encryption',
    values: ['AES256', 'aws:kms', 'aws:kms:dsse'],
  },
  's3:x-amz-server-side-encryption-customer-algorithm': {
    key: 's3:x-amz-server-side-encryption-customer-algorithm',
    values: ['AES256'],
  },
};

// What people write for each value, letters and digits only, in lower case: the names of the console and the docs.
const ALIASES: Record<string, string> = {
  aes256: 'AES256',
  aes: 'AES256',
  sses3: 'AES256',
  s3: 'AES256',
  awskms: 'aws:kms',
  kms: 'aws:kms',
  ssekms: 'aws:kms',
  awskmsdsse: 'aws:kms:dsse',
  kmsdsse: 'aws:kms:dsse',
  dsse: 'aws:kms:dsse',
  dssekms: 'aws:kms:dsse',
  ssekmsdsse: 'aws:kms:dsse',
};

/** A value of an S3 encryption header condition that S3 never sends. */
export const bucketInvalidEncryptionValue: Rule = {
  id: 'bucket-invalid-encryption-value',
  name: 'Encryption header value S3 never sends',
  summary: 'A value of s3:x-amz-server-side-encryption is not AES256, aws:kms or aws:kms:dsse.',
  description: [
    'The `x-amz-server-side-encryption` header of an upload, and so the condition key',
    '`s3:x-amz-server-side-encryption`, holds exactly `AES256` (SSE-S3), `aws:kms` (SSE-KMS) or `aws:kms:dsse`',
    '(DSSE-KMS); `s3:x-amz-server-side-encryption-customer-algorithm` (SSE-C) holds only `AES256`. The comparison',
    'is case-sensitive. Any other value, such as `SSE-KMS`, `aws:KMS` or `AES-256`, never equals the header: a Deny',
    'with `StringNotEquals` then refuses every upload, and an Allow with `StringEquals` grants nothing. S3 accepts',
    'the policy, so this is a warning, shown on the value, with the value most likely meant as its fix. Values with',
    'wildcards under a Like operator and policy variables are not judged.',
  ].join(' '),
  severity: 'warning',
  kinds: ['bucket'],
  checkStatement(statement, { report }) {
    for (const entry of conditionEntries(statement)) {
      const header = HEADER_VALUES[entry.key.key.toLowerCase()];
      if (!header || !entry.parsed.base.startsWith('String')) continue;
      const ignoreCase = entry.parsed.base.includes('IgnoreCase');
      const like = entry.parsed.base.includes('Like');
      for (const node of entry.values) {
        if (node.type !== 'string' || node.value.includes('${') || (like && /[*?]/.test(node.value))) continue;
        const known = ignoreCase
          ? header.values.some((v) => v.toLowerCase() === node.value.toLowerCase())
          : header.values.includes(node.value);
        if (!known) reportValue(node, header, report);
      }
    }
  },
};

function reportValue(node: PString, header: { key: string; values: string[] }, report: Reporter['report']): void {
  const sent = `S3 sends only ${joinWords(header.values, 'or')} in ${header.key}, never ${quoted(node.value)}`;
  const meant = suggestion(node.value, header.values);
  if (!meant) {
    report(valueSpan(node), `${sent}: use one of these values.`);
    return;
  }
  const fix = fixIn(node, 0, node.value.length, meant);
  report(fix.span, `${sent}: did you mean ${meant}?`, { data: { replacement: fix.replacement } });
}

function suggestion(value: string, allowed: string[]): string | undefined {
  const alias = ALIASES[value.toLowerCase().replace(/[^a-z0-9]/g, '')];
  if (alias && allowed.includes(alias)) return alias;
  return closest(value, allowed);
}
