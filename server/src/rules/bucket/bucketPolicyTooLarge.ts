import { PNode } from '../../parsing/tree';
import { Rule } from '../rule';

/** The most bytes S3 accepts in a bucket policy. */
export const BUCKET_POLICY_MAX_BYTES = 20_480;

/** A bucket policy larger than S3 accepts. */
export const bucketPolicyTooLarge: Rule = {
  id: 'bucket-policy-too-large',
  name: 'Bucket policy too large',
  summary: 'The bucket policy is larger than 20 KB (20,480 bytes), the most S3 accepts.',
  description: [
    'S3 limits a bucket policy to 20 KB and rejects a larger one when it is saved, so this is an error, shown on',
    'the Statement key. The size is that of the policy text in UTF-8, white space included (S3 stores the text',
    'as sent, so removing indentation is the first way to gain room). Beyond that: merge statements that differ',
    'only in their actions or resources, use wildcards for families of actions, or move grants to identity',
    'policies or S3 Access Points, each of which has a policy of its own.',
  ].join(' '),
  severity: 'error',
  kinds: ['bucket'],
  accessAnalyzer: ['POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA'],
  checkDocument({ policy, report }) {
    const size = utf8Length(policy.root);
    if (size <= BUCKET_POLICY_MAX_BYTES) return;
    const span = policy.statement?.keySpan ?? { offset: policy.root.offset, length: 1 };
    report(
      span,
      `This bucket policy is ${size.toLocaleString('en-US')} bytes, more than the 20,480 that S3 accepts: remove white space, merge statements or move grants elsewhere.`,
    );
  },
};

/**
 * The UTF-8 size of the text the root spans: its length in UTF-16 units plus what characters beyond ASCII add.
 * Rules see the tree, not the text, so the extra bytes are counted in the strings, where such characters are;
 * a string with escapes counts as its value, which can only make the size a little larger than it is.
 */
function utf8Length(root: PNode): number {
  let extra = 0;
  const stack: PNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      for (const property of node.properties) {
        extra += extraBytes(property.key);
        if (property.value) stack.push(property.value);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) stack.push(item);
    } else if (node.type === 'string') extra += extraBytes(node.value);
  }
  return root.length + extra;
}

function extraBytes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes: 1 extra byte for each unit.
    if (code >= 0xd800 && code <= 0xdfff) extra += 1;
    else if (code >= 0x800) extra += 2;
    else if (code >= 0x80) extra += 1;
  }
  return extra;
}
