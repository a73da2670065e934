import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../helpers/marked';

// Key policies as the AWS KMS Developer Guide prints them (account ids and role names as there).
const ROOT = `{
  "Sid": "Enable IAM User Permissions",
  "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
  "Action": "kms:*",
  "Resource": "*"
}`;

const CONSOLE_DEFAULT = [
  ROOT,
  `{
  "Sid": "Allow access for Key Administrators",
  "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::111122223333:role/KMSKeyAdmins"},
  "Action": [
    "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*",
    "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion", "kms:RotateKeyOnDemand"
  ],
  "Resource": "*"
}`,
  `{
  "Sid": "Allow use of the key",
  "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::111122223333:role/KMSKeyUsers"},
  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
  "Resource": "*"
}`,
  `{
  "Sid": "Allow attachment of persistent resources",
  "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::111122223333:role/KMSKeyUsers"},
  "Action": ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
  "Resource": "*",
  "Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}
}`,
];

const CROSS_ACCOUNT = [
  ROOT,
  `{
  "Sid": "Allow an external account to use this KMS key",
  "Effect": "Allow",
  "Principal": {"AWS": ["arn:aws:iam::444455556666:root", "arn:aws:iam::444455556666:role/ExampleRole"]},
  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
  "Resource": "*"
}`,
  `{
  "Sid": "Allow attachment of persistent resources in an external account",
  "Effect": "Allow",
  "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
  "Action": "kms:CreateGrant",
  "Resource": "*",
  "Condition": {"Bool": {"kms:GrantIsForAWSResource": true}}
}`,
];

const CLOUDTRAIL = [
  ROOT,
  `{
  "Sid": "Allow CloudTrail to encrypt logs",
  "Effect": "Allow",
  "Principal": {"Service": "cloudtrail.amazonaws.com"},
  "Action": "kms:GenerateDataKey*",
  "Resource": "*",
  "Condition": {
    "StringEquals": {"aws:SourceArn": "arn:aws:cloudtrail:us-east-2:111122223333:trail/trail-name"},
    "StringLike": {"kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:111122223333:trail/*"}
  }
}`,
  `{
  "Sid": "Allow CloudTrail to describe key",
  "Effect": "Allow",
  "Principal": {"Service": "cloudtrail.amazonaws.com"},
  "Action": "kms:DescribeKey",
  "Resource": "*"
}`,
  `{
  "Sid": "Allow principals in the account to decrypt log files",
  "Effect": "Allow",
  "Principal": {"AWS": "*"},
  "Action": ["kms:Decrypt", "kms:ReEncryptFrom"],
  "Resource": "*",
  "Condition": {
    "StringEquals": {"kms:CallerAccount": "111122223333"},
    "StringLike": {"kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:*:111122223333:trail/*"}
  }
}`,
];

const SERVICE_LINKED_ROLE = [
  ROOT,
  `{
  "Sid": "Allow service-linked role use of the customer managed key",
  "Effect": "Allow",
  "Principal": {
    "AWS": ["arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"]
  },
  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
  "Resource": "*"
}`,
  `{
  "Sid": "Allow attachment of persistent resources",
  "Effect": "Allow",
  "Principal": {
    "AWS": ["arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"]
  },
  "Action": ["kms:CreateGrant"],
  "Resource": "*",
  "Condition": {"Bool": {"kms:GrantIsForAWSResource": true}}
}`,
];

const VIA_SERVICE = [
  ROOT,
  `{
  "Sid": "Allow access through EBS for all principals in the account that are authorized to use EBS",
  "Effect": "Allow",
  "Principal": {"AWS": "*"},
  "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"],
  "Resource": "*",
  "Condition": {
    "StringEquals": {"kms:CallerAccount": "111122223333", "kms:ViaService": "ec2.us-west-2.amazonaws.com"}
  }
}`,
];

const DOCUMENTED: Record<string, string[]> = {
  'the default key policy': [ROOT],
  'the default console key policy': CONSOLE_DEFAULT,
  'a key policy for an external account': CROSS_ACCOUNT,
  'a key policy for CloudTrail': CLOUDTRAIL,
  'a key policy for a service-linked role': SERVICE_LINKED_ROLE,
  'a key policy with kms:ViaService': VIA_SERVICE,
};

function keyPolicy(statements: string[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements.map((s) => JSON.parse(s)) }, null, 2);
}

describe('key policies from the AWS KMS documentation', () => {
  for (const [name, statements] of Object.entries(DOCUMENTED)) {
    it(`gives ${name} no finding of the key rules and no error or warning`, () => {
      const text = keyPolicy(statements);
      const findings = lint(text, { fileName: 'key.key-policy.json' });
      const shown = (f: (typeof findings)[number]) => `${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}`;
      assert.deepEqual(findings.filter((f) => f.ruleId.startsWith('key-')).map(shown), []);
      assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map(shown), []);
    });
  }
});
