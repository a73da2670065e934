import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine/analyze';

// The templates of test/fixtures/templates, with every finding they must get: line:column, severity, rule, the
// exact text covered, and the message. app.* is a realistic stack written from the AWS documentation (a role with
// its trust and inline policies, a bucket with its policy, a KMS key with its key policy, a Lambda function with
// its role and permission, parameters, conditions, mappings and outputs) and gets nothing; defects.* is the same
// stack with one planted defect at each line marked DEFECT in the YAML, in YAML and in JSON.
const FIXTURES = join(__dirname, '..', 'fixtures', 'templates');

const EXPECTED: Record<string, string[]> = {
  'app.yaml': [],
  'app.json': [],
  'defects.yaml': [
    '11:3 warning cfn-unused-parameter "Unused": The parameter Unused is never used.',
    '24:9 warning key-missing-root-access "Statement": No statement allows the account root "kms:*", so IAM policies cannot grant access to this key and, if its principals lose access, only AWS Support can restore it: add the default root statement for account ${AWS::AccountId}.',
    '28:20 warning key-full-access-non-root "!Sub \'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Admin\'": "kms:*" gives arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Admin full control of this key, including changing its policy and scheduling its deletion: grant only the actions it needs.',
    '34:21 error cfn-invalid-resource-attribute "retain": DeletionPolicy must be "Delete", "Retain", "RetainExceptOnCreate", "Snapshot", not "retain".',
    '65:24 error bucket-unknown-action "GetObjekt": S3 has no action "s3:GetObjekt" and rejects the policy: did you mean s3:GetObject?',
    '85:27 warning resource-mismatch "!Sub \'${ReportsBucket.Arn}/*\'": s3:ListBucket applies to buckets (arn:${Partition}:s3:::${BucketName}), not to this object ARN.',
    '87:53 hint redundant-action "\'kms:Decrypt\'": "kms:Decrypt" repeats "kms:Decrypt" in this Action list: remove it.',
    '95:34 error cfn-invalid-getatt "Arnn": AWS::IAM::Role has no attribute "Arnn" (it has Arn, RoleId). Did you mean "Arn"?',
    '104:41 error cfn-invalid-ref "ReportFunctions": The variable ${ReportFunctions} names "ReportFunctions", which is no parameter, resource or pseudo parameter. Did you mean "ReportFunction"?',
    '108:16 hint cfn-redundant-depends-on "ReportFunction": SchedulePermission already depends on ReportFunction through a reference to it; this DependsOn is redundant.',
    '112:18 warning cfn-lambda-permission-public "\'*\'": Anyone in any account can invoke this function (Principal "*" with no SourceArn, SourceAccount or PrincipalOrgID).',
    '120:16 error cfn-undefined-condition "IsProduction": The condition "IsProduction" is not defined in Conditions.',
  ],
  'defects.json': [
    '16:5 warning cfn-unused-parameter "\\"Unused\\"": The parameter Unused is never used.',
    '37:11 warning key-missing-root-access "\\"Statement\\"": No statement allows the account root "kms:*", so IAM policies cannot grant access to this key and, if its principals lose access, only AWS Support can restore it: add the default root statement for account ${AWS::AccountId}.',
    '42:24 warning key-full-access-non-root "{\\n                  \\"Fn::Sub\\": \\"arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Admin\\"\\n                }": "kms:*" gives arn:${AWS::Partition}:iam::${AWS::AccountId}:role/Admin full control of this key, including changing its policy and scheduling its deletion: grant only the actions it needs.',
    '55:26 error cfn-invalid-resource-attribute "retain": DeletionPolicy must be "Delete", "Retain", "RetainExceptOnCreate", "Snapshot", not "retain".',
    '116:29 error bucket-unknown-action "GetObjekt": S3 has no action "s3:GetObjekt" and rejects the policy: did you mean s3:GetObject?',
    '149:31 warning resource-mismatch "{\\n                    \\"Fn::Sub\\": \\"${ReportsBucket.Arn}/*\\"\\n                  }": s3:ListBucket applies to buckets (arn:${Partition}:s3:::${BucketName}), not to this object ARN.',
    '159:23 hint redundant-action "\\"kms:Decrypt\\"": "kms:Decrypt" repeats "kms:Decrypt" in this Action list: remove it.',
    '178:39 error cfn-invalid-getatt "Arnn": AWS::IAM::Role has no attribute "Arnn" (it has Arn, RoleId). Did you mean "Arn"?',
    '189:37 error cfn-invalid-ref "ReportFunctions": The variable ${ReportFunctions} names "ReportFunctions", which is no parameter, resource or pseudo parameter. Did you mean "ReportFunction"?',
    '195:21 hint cfn-redundant-depends-on "ReportFunction": SchedulePermission already depends on ReportFunction through a reference to it; this DependsOn is redundant.',
    '201:22 warning cfn-lambda-permission-public "\\"*\\"": Anyone in any account can invoke this function (Principal "*" with no SourceArn, SourceAccount or PrincipalOrgID).',
    '217:21 error cfn-undefined-condition "IsProduction": The condition "IsProduction" is not defined in Conditions.',
  ],
};

function findings(file: string): string[] {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const { findings } = analyze({ text, fileName: file, languageId: file.endsWith('.yaml') ? 'yaml' : 'json' });
  return findings.map((f) => {
    const before = text.slice(0, f.offset);
    const line = before.split('\n').length;
    const column = f.offset - before.lastIndexOf('\n');
    return `${line}:${column} ${f.severity} ${f.ruleId} ${JSON.stringify(text.slice(f.offset, f.offset + f.length))}: ${f.message}`;
  });
}

describe('the template fixtures', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.length === 0 ? 'no finding' : `exactly its ${expected.length} findings`}`, () => {
      assert.deepEqual(findings(file), expected);
    });
  }

  it('defects.yaml has a finding of the named rule on each line marked DEFECT, and no other', () => {
    const text = readFileSync(join(FIXTURES, 'defects.yaml'), 'utf8');
    const marked = text.split('\n').flatMap((line, i) => {
      const rule = /# DEFECT ([\w-]+)/.exec(line)?.[1];
      return rule ? [`${i + 1} ${rule}`] : [];
    });
    const found = EXPECTED['defects.yaml'].map((f) => `${f.split(':')[0]} ${f.split(' ')[2]}`);
    assert.deepEqual(found, marked);
  });
});
