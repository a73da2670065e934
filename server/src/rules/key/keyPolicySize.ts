import { Rule } from '../rule';
import { utf8Size } from './keyText';

/** The most AWS KMS accepts for a key policy document. */
export const KEY_POLICY_MAX_BYTES = 32_768;

/** A key policy larger than KMS accepts. */
export const keyPolicySize: Rule = {
  id: 'key-policy-size',
  name: 'Key policy too large',
  summary: 'A key policy is larger than 32 KB (32,768 bytes), the most AWS KMS accepts.',
  description: [
    'AWS KMS rejects a key policy document larger than 32 KB (32,768 bytes), and the quota cannot be raised, so',
    'this is an error. KMS counts the document as it is sent, whitespace included, so the size here is that of',
    'the document as written, in UTF-8 bytes (characters outside ASCII take two bytes or more). To shrink it,',
    'remove indentation, merge statements that name the same principals, give access through IAM policies (the',
    'root statement lets them), or use grants.',
  ].join(' '),
  severity: 'error',
  kinds: ['key'],
  accessAnalyzer: ['POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA'],
  checkDocument({ policy, report }) {
    const size = utf8Size(policy.root);
    if (size <= KEY_POLICY_MAX_BYTES) return;
    const where = policy.statement?.keySpan ?? { offset: policy.root.offset, length: 1 };
    report(
      where,
      `This key policy is ${size.toLocaleString('en-US')} bytes, over the 32,768 bytes AWS KMS accepts: remove indentation, merge statements, or give access through IAM policies or grants.`,
    );
  },
};
