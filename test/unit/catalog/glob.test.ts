import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileArnFormat, compileResourcePattern, resourceMatchesFormat } from '../../../server/src/catalog/arnFormat';
import { compileWildcard, globMatch, globsIntersect } from '../../../server/src/catalog/glob';

const match = (pattern: string, text: string) => globMatch(compileWildcard(pattern), text);

describe('globMatch', () => {
  it('matches * as any run and ? as one character', () => {
    assert.ok(match('s3:Get*', 's3:GetObject'));
    assert.ok(match('s3:Get*', 's3:Get'));
    assert.ok(match('s3:*Object?', 's3:GetObjectX'));
    assert.ok(!match('s3:*Object?', 's3:GetObject'));
    assert.ok(!match('s3:Get*', 'ec2:GetConsoleOutput'));
    assert.ok(match('*', ''));
  });

  it('stays fast on patterns built to make backtracking explode', () => {
    const pattern = compileWildcard('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b');
    const text = 'a'.repeat(5000);
    assert.equal(globMatch(pattern, text), false);
  });

  it('honours excluded characters of catalog variables', () => {
    const bucket = compileArnFormat('arn:${Partition}:s3:::${BucketName}');
    assert.ok(globMatch(bucket.tokens, 'arn:aws:s3:::my-bucket'));
    assert.ok(!globMatch(bucket.tokens, 'arn:aws:s3:::my-bucket/key'));
    assert.ok(!globMatch(bucket.tokens, 'arn:aws:s3:::'));
  });
});

describe('globsIntersect', () => {
  const intersects = (resource: string, format: string) =>
    resourceMatchesFormat(compileResourcePattern(resource), compileArnFormat(format));
  const object = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
  const bucket = 'arn:${Partition}:s3:::${BucketName}';

  it('tells bucket ARNs from object ARNs', () => {
    assert.ok(intersects('arn:aws:s3:::bucket', bucket));
    assert.ok(!intersects('arn:aws:s3:::bucket', object));
    assert.ok(intersects('arn:aws:s3:::bucket/*', object));
    assert.ok(!intersects('arn:aws:s3:::bucket/*', bucket));
  });

  it('lets a wildcard stand for a whole field or several', () => {
    assert.ok(intersects('arn:aws:s3:::*', bucket));
    assert.ok(intersects('arn:aws:s3:::*', object));
    assert.ok(intersects('arn:*', object));
    assert.ok(intersects('*', bucket));
  });

  it('treats policy variables as any value', () => {
    assert.ok(intersects('arn:aws:s3:::bucket/home/${aws:username}/*', object));
    assert.ok(intersects('arn:${aws:partition}:s3:::bucket', bucket));
  });

  it('requires region and account where the format has them', () => {
    const key = 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}';
    assert.ok(intersects('arn:aws:kms:us-east-1:123456789012:key/abc', key));
    assert.ok(!intersects('arn:aws:kms:us-east-1::730739171055:key/abc', key));
  });

  it('is symmetric and bounded on wildcard-heavy input', () => {
    const a = compileWildcard('*a*a*a*a*a*a*a*a*a*a*b');
    const b = compileWildcard('a'.repeat(2000));
    assert.equal(globsIntersect(a, b), false);
    assert.equal(globsIntersect(b, a), false);
  });
});
