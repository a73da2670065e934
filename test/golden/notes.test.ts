import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze';

// Every policy example of the notes (test/fixtures/notes/README.md says where each comes from) with every finding
// it must get: line:column, severity, rule, the exact text covered, and the message. The examples the notes give
// as correct get none; those with the notes' mistakes get exactly one precise finding per mistake.
const EXPECTED: Record<string, string[]> = {
  'cloudtrail-source-ip.policy.json': [
    '11:28 warning private-source-ip "10.10.0.0/16": "10.10.0.0/16" is a private range, which aws:SourceIp never holds, so this condition never matches: use aws:VpcSourceIp for addresses inside a VPC.',
  ],
  'console-key-policy.key-policy.json': [
    '10:12 error invalid-aws-principal "ars": "ars" should be "arn": every ARN starts with arn:.',
  ],
  'grant-attachment-typo.key-policy.json': [
    '27:12 warning unknown-condition-key "kms:grnatIsForAWSResource": kms:grnatIsForAWSResource is not a condition key of kms: did you mean kms:GrantIsForAWSResource?',
  ],
  'grant-attachment.key-policy.json': [],
  'key-policy-template.key-policy.json': [
    '3:3 warning key-missing-root-access "\\"Statement\\"": No statement allows the account root "kms:*", so IAM policies cannot grant access to this key and, if its principals lose access, only AWS Support can restore it: add the default root statement with your account id in place of 111122223333.',
    '5:16 error invalid-effect "effect": "effect" is not an effect: use "Allow" or "Deny".',
    '6:18 error invalid-principal-format "\\"principal\\"": Principal can be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}: "principal" is neither.',
    '7:16 error invalid-action-format "action": "action" has no service prefix: write an action as service:action, such as s3:GetObject.',
    '8:18 error invalid-arn "resource": "resource" is not an ARN: a resource is "*" or an ARN, arn:partition:service:region:account:resource.',
    '9:20 error unknown-condition-operator "condition operator": "condition operator" is not a condition operator: use one such as StringEquals, StringLike, ArnLike or IpAddress.',
    '9:43 error invalid-condition-key-format "condition context key": The condition key "condition context key" contains white space: write service:key, e.g. aws:SourceIp.',
  ],
  'kms-encrypt-decrypt.policy.json': [],
  'kms-key-arn-account-misplaced.policy.json': [
    '7:20 warning invalid-arn-account "arn:aws:kms:us-east-1::730739171055:key/5c4f95e1-4d26-4a5b-800c-ac8689a0f648": The account id 730739171055 is in the resource field: remove the extra colon before it.',
  ],
  'multiple-sids.policy.json': [
    '11:28 warning private-source-ip "10.10.0.0/16": "10.10.0.0/16" is a private range, which aws:SourceIp never holds, so this condition never matches: use aws:VpcSourceIp for addresses inside a VPC.',
    '19:22 error json-syntax ",": Trailing comma before \'}\' is not allowed in JSON.',
    '28:47 error json-syntax ",": Trailing comma before \'}\' is not allowed in JSON.',
  ],
  'public-read.bucket-policy.json': [
    '3:3 information bucket-tls-not-enforced "\\"Statement\\"": Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
    '7:21 warning bucket-public-access "*": This statement makes 1 read action public: s3:GetObject. That is fine if intended, as for a static website (which also needs Block Public Access off); otherwise add a condition such as aws:PrincipalOrgID or aws:SourceVpce.',
  ],
  'root-statement-arm.key-policy.json': [
    '7:29 error invalid-aws-principal "arm": "arm" should be "arn": every ARN starts with arn:.',
  ],
  'root-statement.key-policy.json': [],
  's3-bucket-and-objects-swapped.policy.json': [
    '8:20 warning resource-mismatch "arn:aws:s3:::test/*": s3:ListBucket applies to buckets (arn:${Partition}:s3:::${BucketName}), not to this object ARN.',
    '14:20 warning resource-mismatch "arn:aws:s3:::test": s3:GetObject, s3:PutObject and s3:DeleteObject apply to objects (arn:${Partition}:s3:::${BucketName}/${ObjectName}), not to this bucket ARN.',
  ],
  's3-bucket-and-objects.policy.json': [],
  's3-full-access.policy.json': [],
  's3-read-only-create-bucket.policy.json': [
    '8:13 warning unknown-action "List": "s3:List" is not an action, only the start of 18 action names. Did you mean s3:List* to match them all?',
  ],
  's3-read-only.policy.json': [
    '8:13 warning unknown-action "List": "s3:List" is not an action, only the start of 18 action names. Did you mean s3:List* to match them all?',
  ],
};

const dir = join(__dirname, '..', 'fixtures', 'notes');

function findingsOf(file: string): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  return analyze({ text, fileName: file }).findings.map((f) => {
    const before = text.slice(0, f.offset).split('\n');
    const where = `${before.length}:${before[before.length - 1].length + 1}`;
    return `${where} ${f.severity} ${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}: ${f.message}`;
  });
}

describe('the policy examples of the notes', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file} gets ${expected.length ? 'exactly its findings' : 'no finding'}`, () => {
      assert.deepEqual(findingsOf(file), expected);
    });
  }
});
