import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { getCfnSpec } from '../../../server/src/cfn/spec/load';
import { CfnSpec, CfnSpecData } from '../../../server/src/cfn/spec/spec';

const spec = getCfnSpec();
const holders = (type: string) => Object.fromEntries(spec.policyProperties(type).map((p) => [p.name, p.holder]));

describe('the generated CloudFormation specification', () => {
  it('names its source package and the installed version', () => {
    const pkg = JSON.parse(readFileSync(require.resolve('@aws-cdk/aws-service-spec/package.json'), 'utf8'));
    assert.equal(spec.source.package, '@aws-cdk/aws-service-spec');
    assert.equal(spec.source.version, pkg.version);
  });

  it('holds every resource type, SAM ones included', () => {
    const names = spec.resourceTypeNames();
    assert.ok(names.length > 1500);
    assert.ok(names.includes('AWS::S3::Bucket'));
    assert.ok(names.includes('AWS::Serverless::Function'));
    assert.deepEqual(names, [...names].sort());
  });

  it('describes AWS::IAM::Role: its trust policy, inline and managed policies, attributes and Ref', () => {
    const role = spec.resourceType('AWS::IAM::Role');
    assert.ok(role);
    assert.equal(role.properties.AssumeRolePolicyDocument.required, true);
    assert.equal(role.properties.AssumeRolePolicyDocument.policy, 'trust');
    assert.equal(role.properties.Policies.policy, 'identity-list');
    assert.deepEqual(role.properties.Policies.type, { list: { ref: 'Policy' } });
    assert.equal(role.properties.ManagedPolicyArns.policy, 'managed-arns');
    assert.deepEqual(role.properties.ManagedPolicyArns.type, { list: 'string' });
    assert.equal(role.properties.RoleName.required, undefined);
    assert.equal(spec.attribute('AWS::IAM::Role', 'Arn'), 'string');
    assert.equal(spec.attribute('AWS::IAM::Role', 'RoleId'), 'string');
    assert.deepEqual(role.ref, ['RoleName']);
    assert.deepEqual(holders('AWS::IAM::Role'), {
      AssumeRolePolicyDocument: 'trust',
      ManagedPolicyArns: 'managed-arns',
      Policies: 'identity-list',
    });
    assert.equal(spec.property('AWS::IAM::Role', ['Policies', 'PolicyDocument'])?.required, true);
    assert.ok(spec.typeOf('AWS::IAM::Role', 'Policy')?.properties.PolicyName);
  });

  it('describes AWS::S3::Bucket: its ARN template, nested types and allowed values', () => {
    assert.equal(spec.resourceType('AWS::S3::Bucket')?.arnTemplate, 'arn:${Partition}:s3:::${BucketName}');
    assert.deepEqual(spec.resourceType('AWS::S3::Bucket')?.ref, ['BucketName']);
    const path = ['BucketEncryption', 'ServerSideEncryptionConfiguration', 'ServerSideEncryptionByDefault'];
    assert.deepEqual(spec.property('AWS::S3::Bucket', path.slice(0, 2))?.type, {
      list: { ref: 'ServerSideEncryptionRule' },
    });
    const algorithm = spec.property('AWS::S3::Bucket', [...path, 'SSEAlgorithm']);
    assert.equal(algorithm?.required, true);
    assert.deepEqual(algorithm?.type, { enum: ['aws:kms', 'AES256', 'aws:kms:dsse'] });
    assert.equal(spec.property('AWS::S3::Bucket', [...path, 'NoSuchProperty']), undefined);
    assert.equal(spec.property('AWS::S3::Bucket', ['BucketName', 'Deeper']), undefined);
    assert.equal(spec.property('AWS::S3::Bucket', []), undefined);
    assert.equal(spec.attribute('AWS::S3::Bucket', 'Arn'), 'string');
    assert.match(spec.resourceType('AWS::S3::Bucket')?.doc ?? '', /^The `AWS::S3::Bucket` resource creates/);
  });

  it('keeps nested attribute names dotted', () => {
    assert.equal(spec.attribute('AWS::RDS::DBInstance', 'Endpoint.Address'), 'string');
    assert.equal(spec.attribute('AWS::RDS::DBInstance', 'Nope'), undefined);
  });

  it('marks the bucket policy and the key policy', () => {
    const policy = spec.resourceType('AWS::S3::BucketPolicy');
    assert.equal(policy?.properties.Bucket.required, true);
    assert.equal(policy?.properties.PolicyDocument.required, true);
    assert.deepEqual(holders('AWS::S3::BucketPolicy'), { PolicyDocument: 'bucket' });
    assert.deepEqual(holders('AWS::KMS::Key'), { KeyPolicy: 'key' });
    assert.deepEqual(holders('AWS::IAM::ManagedPolicy'), { PolicyDocument: 'identity' });
    assert.deepEqual(holders('AWS::SQS::QueuePolicy'), { PolicyDocument: 'resource' });
    assert.deepEqual(holders('AWS::SSO::PermissionSet'), { InlinePolicy: 'identity', ManagedPolicies: 'managed-arns' });
  });

  it('reaches nested policy holders through their types', () => {
    assert.deepEqual(
      spec.policyProperties('AWS::DynamoDB::Table').map((p) => p.path),
      [
        ['ResourcePolicy', 'PolicyDocument'],
        ['StreamSpecification', 'ResourcePolicy', 'PolicyDocument'],
      ],
    );
    assert.equal(spec.property('AWS::DynamoDB::Table', ['ResourcePolicy', 'PolicyDocument'])?.policy, 'resource');
  });

  it('leaves documents that are no IAM policies unmarked', () => {
    assert.equal(spec.property('AWS::SNS::Subscription', ['FilterPolicy'])?.policy, undefined);
    assert.equal(spec.property('AWS::SQS::Queue', ['RedrivePolicy'])?.policy, undefined);
    assert.equal(spec.property('AWS::Logs::LogGroup', ['DataProtectionPolicy'])?.policy, undefined);
    assert.deepEqual(holders('AWS::Logs::LogGroup'), { ResourcePolicyDocument: 'resource' });
    assert.deepEqual(spec.policyProperties('AWS::NetworkManager::CoreNetwork'), []);
    assert.deepEqual(spec.policyProperties('AWS::EC2::SecurityGroup'), []);
    assert.deepEqual(spec.policyProperties('AWS::No::Such'), []);
  });

  it('describes AWS::Lambda::Function: required properties, an enum, attributes', () => {
    const fn = spec.resourceType('AWS::Lambda::Function');
    assert.ok(fn);
    const required = Object.entries(fn.properties)
      .filter(([, p]) => p.required)
      .map(([n]) => n)
      .sort();
    assert.deepEqual(required, ['Code', 'Role']);
    assert.deepEqual(fn.properties.PackageType.type, { enum: ['Image', 'Zip'] });
    assert.equal(spec.attribute('AWS::Lambda::Function', 'Arn'), 'string');
  });

  it('keeps the allowed values of integers as numbers', () => {
    const retention = spec.property('AWS::Logs::LogGroup', ['RetentionInDays'])?.type;
    assert.ok(typeof retention === 'object' && 'enum' in retention);
    assert.ok((retention.enum as number[]).includes(365));
  });

  it('marks the SAM types with their transform', () => {
    assert.equal(spec.resourceType('AWS::Serverless::Function')?.transform, 'AWS::Serverless-2016-10-31');
    assert.equal(spec.resourceType('AWS::Lambda::Function')?.transform, undefined);
    assert.deepEqual(holders('AWS::Serverless::Function'), { AssumeRolePolicyDocument: 'trust' });
  });

  it('looks resource types up exactly, as CloudFormation does, and suggests the nearest', () => {
    assert.equal(spec.resourceType('aws::iam::role'), undefined);
    assert.equal(spec.resourceType('AWS::No::Such'), undefined);
    assert.equal(spec.resourceType('constructor'), undefined);
    assert.equal(spec.suggestResourceType('AWS::S3::Buckt'), 'AWS::S3::Bucket');
    assert.equal(spec.suggestResourceType('aws::iam::role'), 'AWS::IAM::Role');
    assert.equal(spec.suggestResourceType('Completely::Different::Thing'), undefined);
  });

  it('does not mistake prototype keys for properties or types', () => {
    assert.equal(spec.property('AWS::S3::Bucket', ['constructor']), undefined);
    assert.equal(spec.property('AWS::S3::Bucket', ['BucketEncryption', 'toString']), undefined);
    assert.equal(spec.typeOf('AWS::S3::Bucket', 'hasOwnProperty'), undefined);
    assert.equal(spec.attribute('AWS::S3::Bucket', '__proto__'), undefined);
  });

  it('follows refs through maps and unions', () => {
    const data: CfnSpecData = {
      source: { package: 'test', version: '0' },
      resourceTypes: {
        'X::Y::Z': {
          doc: '',
          properties: {
            M: { type: { map: { ref: 'A' } } },
            U: { type: { union: ['string', { ref: 'A' }, { list: { ref: 'B' } }] } },
          },
          attributes: {},
          types: {
            A: { properties: { Self: { type: { ref: 'A' } }, Doc: { type: 'json', policy: 'resource' } } },
            B: { properties: { Leaf: { type: 'boolean' } } },
          },
        },
      },
    };
    const small = new CfnSpec(data);
    assert.equal(small.property('X::Y::Z', ['M', 'Self', 'Self', 'Doc'])?.type, 'json');
    assert.equal(small.property('X::Y::Z', ['U', 'Leaf'])?.type, 'boolean');
    assert.deepEqual(
      small.policyProperties('X::Y::Z').map((p) => p.name),
      ['M.Doc', 'U.Doc'],
    );
  });
});
