import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

/** A statement allowing an action on the given Resource JSON (a string literal or an array). */
function on(resource: string, action = 's3:GetObject'): string {
  return policy(`    {"Effect": "Allow", "Action": "${action}", "Resource": ${resource}}`);
}

describe('invalid-arn', () => {
  it('reports a mistyped prefix with arn as the fix', () => {
    const [finding] = expectFindings(on('"«arm»:aws:s3:::bucket/*"'), 'invalid-arn', [
      '"arm" is not the ARN prefix: an ARN starts with "arn:".',
    ]);
    assert.equal(finding.data?.replacement, 'arn');
    expectFindings(on('"«ars»:aws:iam::123456789012:role/x"', 'iam:GetRole'), 'invalid-arn', [
      '"ars" is not the ARN prefix: an ARN starts with "arn:".',
    ]);
  });
  it('reports a value that is not an ARN at all', () => {
    expectFindings(on('"«resource»"'), 'invalid-arn', [
      '"resource" is not an ARN: a resource is "*" or an ARN, arn:partition:service:region:account:resource.',
    ]);
  });
  it('reports an empty resource on its quotes', () => {
    expectFindings(on('«""»'), 'invalid-arn', ['An empty resource names nothing: write an ARN or "*".']);
  });
  it('reports too few fields and puts back the colons of empty fields when the service has none', () => {
    const [s3] = expectFindings(on('"«arn:aws:s3:my-bucket/*»"'), 'invalid-arn', [
      'The ARN has 4 fields instead of 6: write arn:partition:service:region:account:resource, keeping the colons of empty fields.',
    ]);
    assert.equal(s3.data?.replacement, 'arn:aws:s3:::my-bucket/*');
    const [iam] = expectFindings(on('"«arn:aws:iam:123456789012:role/admin»"', 'iam:GetRole'), 'invalid-arn', [
      /^The ARN has 5 fields instead of 6/,
    ]);
    assert.equal(iam.data?.replacement, 'arn:aws:iam::123456789012:role/admin');
  });
  it('offers no fix when the missing field is not certainly empty', () => {
    const [finding] = expectFindings(on('"«arn:aws:sqs:us-east-1:my-queue»"', 'sqs:SendMessage'), 'invalid-arn', [
      /^The ARN has 5 fields/,
    ]);
    assert.equal(finding.data, undefined);
  });
  it('accepts "*", ARNs with variables holding colons, and NotResource ARNs', () => {
    expectNone(on('["*", "arn:aws:s3:::bucket/${aws:userid}/*"]'), 'invalid-arn');
    expectNone(policy('{"Effect": "Deny", "Action": "s3:*", "NotResource": "arn:aws:s3:::bucket/*"}'), 'invalid-arn');
  });
});

describe('invalid-arn-partition', () => {
  it('reports an unknown partition with the nearest one', () => {
    const [finding] = expectFindings(on('"arn:«asw»:s3:::bucket/*"'), 'invalid-arn-partition', [
      '"asw" is not an AWS partition: did you mean aws?',
    ]);
    assert.equal(finding.data?.replacement, 'aws');
  });
  it('reports an empty partition on its colons', () => {
    expectFindings(on('"arn«::»s3:::bucket/*"'), 'invalid-arn-partition', [
      'The ARN has no partition: write aws (or aws-cn, aws-us-gov).',
    ]);
  });
  it('accepts every AWS partition, wildcards and variables', () => {
    const arns = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'aws-eusc', '*', '${aws:PrincipalTag/p}'];
    expectNone(on(JSON.stringify(arns.map((p) => `arn:${p}:s3:::bucket/*`))), 'invalid-arn-partition');
  });
});

describe('invalid-arn-service', () => {
  it('reports an upper-case service with its lower-case spelling', () => {
    const [finding] = expectFindings(on('"arn:aws:«S3»:::bucket/*"'), 'invalid-arn-service', [
      'Services in ARNs are lower case: write s3.',
    ]);
    assert.equal(finding.data?.replacement, 's3');
  });
  it('reports an unknown service with the nearest one', () => {
    expectFindings(
      on('"arn:aws:«dynamdb»:us-east-1:123456789012:table/Books"', 'dynamodb:GetItem'),
      'invalid-arn-service',
      ['"dynamdb" is not a service AWS names in ARNs: did you mean dynamodb?'],
    );
  });
  it('accepts services whose ARNs differ from their action prefix', () => {
    expectNone(on('"arn:aws:execute-api:us-east-1:123456789012:api/*"', 'execute-api:Invoke'), 'invalid-arn-service');
    expectNone(on('"arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/x"'), 'invalid-arn-service');
  });
});

describe('arn-region-not-allowed', () => {
  it('reports a region in an S3 ARN, with an empty field as the fix', () => {
    const [finding] = expectFindings(on('"arn:aws:s3:«us-east-1»::bucket/*"'), 'arn-region-not-allowed', [
      's3 object ARNs have no region: remove us-east-1 and leave the field empty.',
    ]);
    assert.equal(finding.data?.replacement, '');
  });
  it('reports a region in an IAM role ARN', () => {
    expectFindings(on('"arn:aws:iam:«eu-west-1»:123456789012:role/admin"', 'iam:PassRole'), 'arn-region-not-allowed', [
      'iam role ARNs have no region: remove eu-west-1 and leave the field empty.',
    ]);
  });
  it('accepts S3 access points, which have a region, and a wildcard region', () => {
    expectNone(on('"arn:aws:s3:us-east-1:123456789012:accesspoint/my-ap"'), 'arn-region-not-allowed');
    expectNone(on('"arn:aws:s3:*::bucket/*"'), 'arn-region-not-allowed');
  });
});

describe('invalid-arn-region', () => {
  it('reports a region that does not have the shape of one, with the nearest region', () => {
    const [finding] = expectFindings(
      on('"arn:aws:sqs:«us-east1»:123456789012:queue"', 'sqs:SendMessage'),
      'invalid-arn-region',
      ['"us-east1" is not a region name: did you mean us-east-1?'],
    );
    assert.equal(finding.data?.replacement, 'us-east-1');
  });
  it('reports a missing region of a regional resource on the empty field', () => {
    expectFindings(
      on('"arn:aws:kms«::»123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"', 'kms:Decrypt'),
      'invalid-arn-region',
      ['kms key ARNs need a region: write one, such as us-east-1, or * for any region.'],
    );
  });
  it('accepts regions of every partition, new regions and DynamoDB global tables without a region', () => {
    const arns = [
      'us-gov-west-1',
      'cn-northwest-1',
      'ap-southeast-7',
      'xx-newplace-9',
      '*',
      '${aws:RequestedRegion}',
    ].map((r) => `arn:aws:sqs:${r}:123456789012:queue`);
    expectNone(on(JSON.stringify(arns), 'sqs:SendMessage'), 'invalid-arn-region');
    expectNone(
      on('"arn:aws:dynamodb::123456789012:global-table/Books"', 'dynamodb:DescribeGlobalTable'),
      'invalid-arn-region',
    );
  });
});

describe('invalid-arn-account', () => {
  it('reports the account written in the resource field, with the whole ARN fixed', () => {
    const arn = 'arn:aws:kms:us-east-1::730739171055:key/5c4f95e1-4d26-4a5b-800c-ac8689a0f648';
    const [finding] = expectFindings(on(`"«${arn}»"`, 'kms:Encrypt'), 'invalid-arn-account', [
      'The account id 730739171055 is in the resource field: remove the extra colon before it.',
    ]);
    assert.equal(
      finding.data?.replacement,
      'arn:aws:kms:us-east-1:730739171055:key/5c4f95e1-4d26-4a5b-800c-ac8689a0f648',
    );
  });
  it('reports an account id with dashes, with its digits as the fix', () => {
    const [finding] = expectFindings(
      on('"arn:aws:sqs:us-east-1:«1234-5678-9012»:queue"', 'sqs:SendMessage'),
      'invalid-arn-account',
      ['The account id 1234-5678-9012 must be written as 12 digits only: 123456789012.'],
    );
    assert.equal(finding.data?.replacement, '123456789012');
  });
  it('reports an account id with the wrong number of digits', () => {
    expectFindings(on('"arn:aws:sqs:us-east-1:«12345678901»:queue"', 'sqs:SendMessage'), 'invalid-arn-account', [
      '"12345678901" is not an account id: write the 12 digits of the account, or * for any account.',
    ]);
  });
  it('reports an account in an S3 bucket ARN', () => {
    expectFindings(on('"arn:aws:s3::«123456789012»:bucket"', 's3:ListBucket'), 'invalid-arn-account', [
      's3 bucket ARNs have no account id: remove 123456789012 and leave the field empty.',
    ]);
  });
  it('accepts AWS-owned resources, wildcards and variables', () => {
    const arns = [
      'arn:aws:iam::aws:policy/AdministratorAccess',
      'arn:aws:iam::*:role/x',
      'arn:aws:iam::${aws:PrincipalAccount}:role/x',
      'arn:aws:ssm:us-east-1::document/AWS-RunShellScript',
    ];
    expectNone(on(JSON.stringify(arns), 'iam:GetPolicy'), 'invalid-arn-account');
  });
});
