import { stringsOf } from '../../model/policy';
import { fixIn, quoted } from '../actions/actionValue';
import { splitResourceArn } from '../resources/arns';
import { Rule } from '../rule';

/** A Resource other than "*" in a key policy, where "*" is how a statement names the key it is attached to. */
export const keyResourceNotStar: Rule = {
  id: 'key-resource-not-star',
  name: 'Key policy Resource other than "*"',
  summary: 'A key policy statement names a Resource other than "*", which in a key policy means this key.',
  description: [
    'A key policy governs only the KMS key it is attached to, and AWS KMS documents its `Resource` as `"*"`,',
    'meaning "this key". The ARN of another service\'s resource, an alias or another key never matches the key, so',
    "the statement applies to nothing (and when that statement is the root statement, KMS's lockout safety check",
    "refuses the policy); even the key's own ARN ties the policy to one key, and in CloudFormation the ARN is not",
    'known before the key exists. KMS stores such a policy otherwise (values that are not ARNs are rejected, and',
    '`invalid-arn` reports them as errors). A statement that may never apply is',
    'a warning; the fix is `"*"`.',
  ].join(' '),
  severity: 'warning',
  kinds: ['key'],
  checkStatement(statement, { report }) {
    for (const node of stringsOf(statement.elements.Resource)) {
      if (node.value === '*') continue;
      const arn = splitResourceArn(node.value);
      // A value that is no ARN at all is invalid-arn's error: one finding per mistake.
      if (arn?.prefix.value !== 'arn') continue;
      const isKeyArn =
        arn?.prefix.value === 'arn' && arn.service.value === 'kms' && arn.resource.value.startsWith('key/');
      const message = isKeyArn
        ? `In a key policy "*" means this key: the key ARN ${quoted(node.value)} matches only when it is this key's own ARN, so write "*".`
        : `In a key policy Resource is "*", meaning this key: ${quoted(node.value)} is not this key, so the statement applies to nothing.`;
      const fix = fixIn(node, 0, node.value.length, '*');
      report(fix.span, message, { data: { replacement: fix.replacement } });
    }
  },
};
