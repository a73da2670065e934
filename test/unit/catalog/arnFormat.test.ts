import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  arnFormatParts,
  compileArnFormat,
  compileResourcePattern,
  resourceMatchesFormat,
} from '../../../server/src/catalog/arnFormat';

const matches = (resource: string, format: string) =>
  resourceMatchesFormat(compileResourcePattern(resource), compileArnFormat(format));

const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const BUCKET = 'arn:${Partition}:s3:::${BucketName}';

describe('ARN formats', () => {
  it('tells a bucket ARN from an object ARN, since bucket names hold no slash', () => {
    assert.ok(matches('arn:aws:s3:::test', BUCKET));
    assert.ok(!matches('arn:aws:s3:::test/*', BUCKET));
    assert.ok(matches('arn:aws:s3:::test/*', OBJECT));
    assert.ok(!matches('arn:aws:s3:::test', OBJECT));
  });
  it('tells a DynamoDB table from its index', () => {
    const table = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}';
    assert.ok(matches('arn:aws:dynamodb:us-east-1:123456789012:table/Books', table));
    assert.ok(!matches('arn:aws:dynamodb:us-east-1:123456789012:table/Books/index/*', table));
  });
  it('lets the last variable hold slashes and colons: log groups, role paths, Lambda qualifiers', () => {
    assert.ok(
      matches(
        'arn:aws:logs:us-east-1:1:log-group:/aws/lambda/f:*',
        'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}',
      ),
    );
    assert.ok(matches('arn:aws:iam::1:role/a/b/c', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'));
    assert.ok(
      matches(
        'arn:aws:lambda:us-east-1:1:function:f:prod',
        'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}',
      ),
    );
  });
  it('reads wildcards, policy variables and escapes in resources', () => {
    assert.ok(matches('arn:aws:s3:::*', BUCKET));
    assert.ok(matches('arn:aws:s3:::${aws:username}/*', OBJECT));
    assert.ok(!matches('arn:aws:s3:::a${*}', 'arn:${Partition}:s3:::ab'));
    assert.ok(matches('arn:aws:s3:::a${*}', 'arn:${Partition}:s3:::a*'));
  });
  it('splits a format into its fields', () => {
    const parts = arnFormatParts('arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}');
    assert.deepEqual(
      parts && { service: parts.service, region: parts.region, account: parts.account, resource: parts.resourceText },
      { service: 'kms', region: '${Region}', account: '${Account}', resource: 'key/${KeyId}' },
    );
    assert.equal(arnFormatParts('arn:${Partition}:s3'), undefined);
  });
  it('stays fast on wildcard-heavy resources', () => {
    const started = performance.now();
    assert.ok(!matches(`arn:aws:s3:::${'*a'.repeat(500)}b/c`, BUCKET));
    assert.ok(performance.now() - started < 500);
  });
});
