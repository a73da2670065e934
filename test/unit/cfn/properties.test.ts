import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  invalidPropertyValue,
  missingProperty,
  propertyType,
  unknownProperty,
} from '../../../server/src/cfn/rules/resources/properties';
import { TEMPLATE_RULES } from '../../../server/src/cfn/rules';
import { TemplateContext } from '../../../server/src/cfn/rules/rule';
import { getCfnSpec } from '../../../server/src/cfn/spec/load';
import { buildTemplate, looksLikeTemplate } from '../../../server/src/cfn/template';
import { analyze } from '../../../server/src/engine/analyze';
import { parseJson } from '../../../server/src/parsing/json';
import { parseYaml } from '../../../server/src/parsing/yaml';

const RULES = [unknownProperty, missingProperty, propertyType, invalidPropertyValue];
const IDS = new Set(RULES.map((r) => r.id));

interface Seen {
  rule: string;
  /** The text at the reported range. */
  at: string;
  message: string;
  replacement?: string;
}

/** The findings of the property rules on a template, through the whole analysis. */
function lint(text: string, languageId: 'json' | 'yaml' = 'json'): Seen[] {
  const analysis = analyze({ text, fileName: `template.${languageId}`, languageId });
  assert.ok(analysis.template, 'the text is read as a template');
  return analysis.findings
    .filter((f) => IDS.has(f.ruleId))
    .map((f) => ({
      rule: f.ruleId,
      at: text.slice(f.offset, f.offset + f.length),
      message: f.message,
      ...(f.data?.replacement !== undefined ? { replacement: f.data.replacement } : {}),
    }));
}

/** A JSON template of these resources, indented unless `compact`. */
function json(resources: Record<string, unknown>, rest: Record<string, unknown> = {}, compact = false): string {
  return JSON.stringify(
    { AWSTemplateFormatVersion: '2010-09-09', ...rest, Resources: resources },
    null,
    compact ? 0 : 2,
  );
}

const bucket = (properties: Record<string, unknown>) => ({ B: { Type: 'AWS::S3::Bucket', Properties: properties } });

describe('the property rules', () => {
  it('are registered after cfn-invalid-resource-attribute, with their metadata', () => {
    const ids = TEMPLATE_RULES.map((r) => r.id);
    const at = ids.indexOf('cfn-invalid-resource-attribute');
    assert.deepEqual(ids.slice(at + 1, at + 5), [
      'cfn-unknown-property',
      'cfn-missing-property',
      'cfn-property-type',
      'cfn-invalid-value',
    ]);
    assert.deepEqual(
      RULES.map((r) => [r.severity, r.cfnLint]),
      [
        ['error', ['E3002']],
        ['error', ['E3003']],
        ['error', ['E3012']],
        ['error', ['E3030']],
      ],
    );
    for (const rule of RULES) {
      assert.ok(rule.name && rule.summary && rule.description.length > 100, rule.id);
      assert.match(rule.description, /error/, `${rule.id} says why it is an error`);
    }
  });
});

describe('cfn-unknown-property', () => {
  it('reports a misspelt property with the nearest one, the quotes of a JSON key left out', () => {
    assert.deepEqual(lint(json(bucket({ BucketNam: 'logs' }))), [
      {
        rule: 'cfn-unknown-property',
        at: 'BucketNam',
        message: 'AWS::S3::Bucket has no property "BucketNam". Did you mean "BucketName"?',
        replacement: 'BucketName',
      },
    ]);
  });

  it('reports a key of a nested type, by the type name', () => {
    assert.deepEqual(lint(json(bucket({ VersioningConfiguration: { State: 'Enabled', Status: 'Enabled' } }))), [
      {
        rule: 'cfn-unknown-property',
        at: 'State',
        message: 'VersioningConfiguration has no property "State". Did you mean "Status"?',
        replacement: 'Status',
      },
    ]);
  });

  it('reports keys in YAML, plain and quoted, and a key that is close to nothing without a suggestion', () => {
    const text = [
      'Resources:',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '    Properties:',
      '      TopicNme: alerts',
      "      'DisplayNam': Alerts",
      '      Colour: red',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), [
      {
        rule: 'cfn-unknown-property',
        at: 'TopicNme',
        message: 'AWS::SNS::Topic has no property "TopicNme". Did you mean "TopicName"?',
        replacement: 'TopicName',
      },
      {
        rule: 'cfn-unknown-property',
        at: 'DisplayNam',
        message: 'AWS::SNS::Topic has no property "DisplayNam". Did you mean "DisplayName"?',
        replacement: 'DisplayName',
      },
      { rule: 'cfn-unknown-property', at: 'Colour', message: 'AWS::SNS::Topic has no property "Colour".' },
    ]);
  });

  it('reports keys of objects in lists and of objects that are map values', () => {
    const text = json({
      Group: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'web',
          SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPrt: 443, CidrIp: '0.0.0.0/0' }],
        },
      },
      Api: {
        Type: 'AWS::ApiGateway::RestApi',
        Properties: { Name: 'api', Parameters: { endpointConfigurationTypes: 'REGIONAL' } },
      },
    });
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-unknown-property',
        at: 'ToPrt',
        message: 'Ingress has no property "ToPrt". Did you mean "ToPort"?',
        replacement: 'ToPort',
      },
    ]);
  });

  it('leaves Fn::Transform and Fn::ForEach keys alone', () => {
    const text = json(
      bucket({
        'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } },
        'Fn::ForEach::Tags': ['T', ['a'], { Tags: [] }],
      }),
      { Transform: 'AWS::LanguageExtensions' },
    );
    assert.deepEqual(lint(text), []);
  });
});

describe('cfn-missing-property', () => {
  it('reports a missing required property on the Properties key', () => {
    const text = json({ R: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r' } } });
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-missing-property',
        at: '"Properties"',
        message: 'AWS::IAM::Role needs the property AssumeRolePolicyDocument.',
      },
    ]);
  });

  it('reports on the logical id when there are no Properties, naming every missing property', () => {
    const text = json({ P: { Type: 'AWS::Lambda::Permission' }, F: { Type: 'AWS::Lambda::Function' } });
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-missing-property',
        at: '"P"',
        message: 'AWS::Lambda::Permission needs the properties FunctionName, Action and Principal.',
      },
      { rule: 'cfn-missing-property', at: '"F"', message: 'AWS::Lambda::Function needs the properties Code and Role.' },
    ]);
  });

  it('reports on the key of a nested object, and on the first key of an object in a list', () => {
    const text = [
      'Resources:',
      '  B:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration:',
      '          - ServerSideEncryptionByDefault:',
      '              KMSMasterKeyID: alias/k',
      '      VersioningConfiguration: {}',
      '      Tags:',
      '        - Key: team',
      '          Value: data',
      '        - Value: orphan',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), [
      {
        rule: 'cfn-missing-property',
        at: 'ServerSideEncryptionByDefault',
        message: 'ServerSideEncryptionByDefault needs the property SSEAlgorithm.',
      },
      {
        rule: 'cfn-missing-property',
        at: 'VersioningConfiguration',
        message: 'VersioningConfiguration needs the property Status.',
      },
      { rule: 'cfn-missing-property', at: 'Value', message: 'Tag needs the property Key.' },
    ]);
  });

  it('counts a property given by Fn::If as present, even with an AWS::NoValue branch', () => {
    const text = json(
      {
        R: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: { 'Fn::If': ['Prod', { Statement: [] }, { Ref: 'AWS::NoValue' }] },
          },
        },
      },
      { Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } } },
    );
    assert.deepEqual(lint(text), []);
  });

  it('checks each branch of Properties given by Fn::If', () => {
    const text = json(
      {
        Sub: {
          Type: 'AWS::SNS::Subscription',
          Properties: { 'Fn::If': ['Prod', { Protocol: 'sqs', TopicArn: 'arn' }, { Protocol: 'email' }] },
        },
      },
      { Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } } },
    );
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-missing-property',
        at: '"Properties"',
        message: 'AWS::SNS::Subscription needs the property TopicArn.',
      },
    ]);
  });

  it('counts a property that is AWS::NoValue itself as missing', () => {
    const text = json({
      R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Ref: 'AWS::NoValue' } } },
    });
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-missing-property',
        at: '"Properties"',
        message: 'AWS::IAM::Role needs the property AssumeRolePolicyDocument.',
      },
    ]);
  });

  it('reports a property missing from both branches of Fn::If once', () => {
    const text = json(
      {
        Sub: {
          Type: 'AWS::SNS::Subscription',
          Properties: { 'Fn::If': ['Prod', { Protocol: 'sqs' }, { Protocol: 'email' }] },
        },
      },
      { Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } } },
    );
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-missing-property',
        at: '"Properties"',
        message: 'AWS::SNS::Subscription needs the property TopicArn.',
      },
    ]);
  });

  it('does not check an object with an Fn::Transform key, which may add the property', () => {
    const text = json({
      R: {
        Type: 'AWS::IAM::Role',
        Properties: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/role.yaml' } } },
      },
    });
    assert.deepEqual(lint(text), []);
  });
});

describe('cfn-property-type', () => {
  it('reports values of the wrong kind', () => {
    const text = json(
      {
        B: {
          Type: 'AWS::S3::Bucket',
          Properties: { BucketName: { Name: 'x' }, Tags: 'team=data', VersioningConfiguration: ['Enabled'] },
        },
        F: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Role: 'arn:aws:iam::123456789012:role/r',
            Code: { ZipFile: 'x' },
            MemorySize: 'lots',
            Architectures: 'arm64',
            Environment: { Variables: [{ Name: 'STAGE', Value: 'prod' }] },
          },
        },
        Q: { Type: 'AWS::SQS::Queue', Properties: { FifoQueue: 'yes', QueueName: null } },
      },
      {},
      true,
    );
    assert.deepEqual(lint(text), [
      { rule: 'cfn-property-type', at: '{"Name":"x"}', message: 'BucketName must be a string, not an object.' },
      { rule: 'cfn-property-type', at: '"team=data"', message: 'Tags must be a list, not the string "team=data".' },
      {
        rule: 'cfn-property-type',
        at: '["Enabled"]',
        message: 'VersioningConfiguration must be an object, not a list.',
      },
      { rule: 'cfn-property-type', at: '"lots"', message: 'MemorySize must be an integer, not the string "lots".' },
      { rule: 'cfn-property-type', at: '"arm64"', message: 'Architectures must be a list, not the string "arm64".' },
      {
        rule: 'cfn-property-type',
        at: '[{"Name":"STAGE","Value":"prod"}]',
        message: 'Variables must be a map, not a list.',
      },
      { rule: 'cfn-property-type', at: '"yes"', message: 'FifoQueue must be a boolean, not the string "yes".' },
      { rule: 'cfn-property-type', at: 'null', message: 'QueueName must be a string, not null.' },
    ]);
  });

  it('is as lenient as CloudFormation with scalars, and takes anything where the type is Json', () => {
    const text = [
      'Resources:',
      '  Q:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: 42',
      '      DelaySeconds: "30"',
      '      FifoQueue: "false"',
      '      ContentBasedDeduplication: TRUE',
      '      MaximumMessageSize: 262144',
      '      RedrivePolicy: [anything, goes]',
      '      Tags:',
      '        - Key: 1',
      '          Value: true',
    ].join('\n');
    // `TRUE` is a plain string in YAML 1.2; CloudFormation reads it as a boolean.
    assert.deepEqual(lint(text, 'yaml'), []);
  });

  it('reports items of lists and values of maps', () => {
    const text = [
      'Resources:',
      '  G:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: web',
      '      SecurityGroupIngress:',
      '        - sg-123',
      '      Tags:',
      '        - team',
      '  F:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Role: arn:aws:iam::123456789012:role/r',
      '      Code: {ZipFile: x}',
      '      Environment:',
      '        Variables:',
      '          STAGE: {name: prod}',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), [
      {
        rule: 'cfn-property-type',
        at: 'sg-123',
        message: 'An item of SecurityGroupIngress must be an object, not the string "sg-123".',
      },
      {
        rule: 'cfn-property-type',
        at: 'team',
        message: 'An item of Tags must be a tag ({Key, Value}), not the string "team".',
      },
      { rule: 'cfn-property-type', at: '{name: prod}', message: 'Variables.STAGE must be a string, not an object.' },
    ]);
  });

  it('reports a function that cannot make an object where one is expected, and checks both branches of Fn::If', () => {
    const text = [
      'Conditions:',
      '  Prod: !Equals [!Ref AWS::StackName, prod]',
      'Resources:',
      '  B:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      VersioningConfiguration: !Sub Enabled',
      '      BucketName: !If [Prod, [a, b], !Ref AWS::NoValue]',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), [
      {
        rule: 'cfn-property-type',
        at: '!Sub Enabled',
        message: 'VersioningConfiguration must be an object, but Fn::Sub makes a string.',
      },
      { rule: 'cfn-property-type', at: '[a, b]', message: 'BucketName must be a string, not a list.' },
    ]);
  });

  it('only checks that a policy property is an object or a string, not the policy inside', () => {
    const text = json(
      {
        R: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: [{ Statement: [] }],
            Policies: [{ PolicyName: 'p', PolicyDocument: { Statment: [], Anything: 1 } }],
          },
        },
        K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: '{"Version": "2012-10-17", "Statement": []}' } },
      },
      {},
      true,
    );
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-property-type',
        at: '[{"Statement":[]}]',
        message: 'AssumeRolePolicyDocument must be a policy document (an object or a JSON string), not a list.',
      },
    ]);
  });

  it('walks deeply nested values without trouble', () => {
    const deep = '['.repeat(400) + ']'.repeat(400);
    const text = `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": ${deep}, "Tags": ${deep}}}}}`;
    assert.deepEqual(
      lint(text).map((f) => f.message),
      ['BucketName must be a string, not a list.', 'An item of Tags must be a tag ({Key, Value}), not a list.'],
    );
  });
});

describe('cfn-invalid-value', () => {
  it('reports a value outside a nested enum with the nearest allowed value', () => {
    const text = json(
      bucket({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aes256' } }],
        },
      }),
    );
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-invalid-value',
        at: 'aes256',
        message:
          'SSEAlgorithm must be one of "aws:kms", "AES256", "aws:kms:dsse", not "aes256". Did you mean "AES256"?',
        replacement: 'AES256',
      },
    ]);
  });

  it('lists the first ten allowed values, and compares integers as numbers', () => {
    const text = [
      'Resources:',
      '  K:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeySpec: rsa_2048',
      '      KeyUsage: ENCRYPT_DECRYPT',
      '  L:',
      '    Type: AWS::Logs::LogGroup',
      '    Properties:',
      '      RetentionInDays: 4',
      '  L2:',
      '    Type: AWS::Logs::LogGroup',
      '    Properties:',
      '      RetentionInDays: "14"',
      '  V:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      VersioningConfiguration: {Status: "Suspnded"}',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), [
      {
        rule: 'cfn-invalid-value',
        at: 'rsa_2048',
        message:
          'KeySpec must be one of "SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "HMAC_224", "HMAC_256" and 7 more, not "rsa_2048". Did you mean "RSA_2048"?',
        replacement: 'RSA_2048',
      },
      {
        rule: 'cfn-invalid-value',
        at: '4',
        message: 'RetentionInDays must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150 and 12 more, not 4.',
      },
      {
        rule: 'cfn-invalid-value',
        at: 'Suspnded',
        message: 'Status must be one of "Enabled", "Suspended", not "Suspnded". Did you mean "Suspended"?',
        replacement: 'Suspended',
      },
    ]);
  });

  it('does not guess through intrinsics', () => {
    const text = [
      'Parameters:',
      '  Algorithm: {Type: String}',
      'Resources:',
      '  B:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      VersioningConfiguration:',
      '        Status: !Sub "${Algorithm}"',
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration:',
      '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: !Join ["", [aes, "256"]]',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), []);
  });
});

describe('intrinsics in property values', () => {
  it('accepts Ref, Sub, GetAtt, If with NoValue, Join as a list item and a list parameter where a list is expected', () => {
    const text = [
      'Parameters:',
      '  Subnets: {Type: CommaDelimitedList}',
      '  Groups: {Type: "List<AWS::EC2::SecurityGroup::Id>"}',
      '  Memory: {Type: Number}',
      'Conditions:',
      '  Prod: !Equals [!Ref AWS::StackName, prod]',
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument: {Statement: []}',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      Role: !GetAtt Role.Arn',
      '      FunctionName: !Sub "${AWS::StackName}-fn"',
      '      MemorySize: !Ref Memory',
      '      Timeout: !If [Prod, 30, !Ref AWS::NoValue]',
      '      Code:',
      '        ZipFile: !Join ["\\n", [a, b]]',
      '      VpcConfig:',
      '        SubnetIds: !Ref Subnets',
      '        SecurityGroupIds: !If [Prod, !Ref Groups, [!ImportValue shared-sg]]',
      '      Layers:',
      '        - !Join [":", [arn:aws:lambda, !Ref AWS::Region, !Ref AWS::AccountId, layer:x:1]]',
      '        - !If [Prod, arn:aws:lambda:us-east-1:123456789012:layer:y:1, !Ref AWS::NoValue]',
      '        - !Ref AWS::NoValue',
      '      Environment: !If [Prod, {Variables: {STAGE: prod}}, !Ref AWS::NoValue]',
      '      Tags:',
      '        - !If [Prod, {Key: stage, Value: prod}, !Ref AWS::NoValue]',
      '        - Key: !Ref AWS::StackName',
      '          Value: !GetAtt Role.RoleId',
      '      Architectures: !Split [",", arm64]',
      '      EphemeralStorage: !Select [0, [{Size: 512}]]',
    ].join('\n');
    assert.deepEqual(lint(text, 'yaml'), []);
  });

  it('checks an item given by Fn::If in a list', () => {
    const text = json(bucket({ Tags: [{ 'Fn::If': ['Prod', { Key: 'a', Value: 'b' }, 'loose'] }] }), {
      Conditions: { Prod: { 'Fn::Equals': ['a', 'b'] } },
    });
    assert.deepEqual(lint(text), [
      {
        rule: 'cfn-property-type',
        at: '"loose"',
        message: 'An item of Tags must be a tag ({Key, Value}), not the string "loose".',
      },
    ]);
  });
});

describe('what the property rules leave alone', () => {
  it('custom resources, unknown types and types without properties', () => {
    const text = json({
      C: { Type: 'Custom::Thing', Properties: { ServiceToken: 'arn', Anything: { goes: [1] } } },
      D: { Type: 'AWS::CloudFormation::CustomResource', Properties: { ServiceToken: 'arn', Size: 'big' } },
      U: { Type: 'AWS::Nope::Nothing', Properties: { A: 1 } },
      W: { Type: 'AWS::CloudFormation::WaitConditionHandle', Properties: { A: 1 } },
    });
    assert.deepEqual(lint(text), []);
  });

  it('templates with a macro transform', () => {
    const text = json(bucket({ BucketNam: { 'Fn::Sub': 'x' } }), { Transform: ['MyMacro'] });
    assert.deepEqual(lint(text), []);
  });

  it('SAM: newer properties the specification lacks, nested requirements, and all requirements under Globals', () => {
    const sam = (globals: boolean) =>
      [
        'Transform: AWS::Serverless-2016-10-31',
        ...(globals ? ['Globals:', '  Function:', '    Runtime: python3.12'] : []),
        'Resources:',
        '  Fn:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handlr: app.handler',
        '      CodeUri: src/',
        '      SnapStart: {ApplyOn: PublishedVersions}',
        '      LoggingConfig: {LogFormat: JSON}',
        '      MemorySize: [128]',
        '      Events:',
        '        Root: {Type: HttpApi}',
        '        Queue:',
        '          Type: SQS',
        '          Properties: {Queu: arn, FunctionResponseTypes: [ReportBatchItemFailures]}',
        '        Kafka:',
        '          Type: MSK',
        '          Properties: {Stream: arn, Topics: [t]}',
        '      Policies:',
        '        - AWSLambdaBasicExecutionRole',
        '        - SQSPollerPolicy: {QueueName: q}',
        '        - AthenaQueryPolicy: {WorkGroupName: primary}',
        '        - Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]',
        '  Api:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      DefinitionUri: {Bucket: b, Key: k}',
      ].join('\n');
    const expected = [
      {
        rule: 'cfn-unknown-property',
        at: 'Handlr',
        message: 'AWS::Serverless::Function has no property "Handlr". Did you mean "Handler"?',
        replacement: 'Handler',
      },
      { rule: 'cfn-property-type', at: '[128]', message: 'MemorySize must be a number, not a list.' },
      {
        rule: 'cfn-unknown-property',
        at: 'Queu',
        message: 'SQSEvent has no property "Queu". Did you mean "Queue"?',
        replacement: 'Queue',
      },
    ];
    assert.deepEqual(lint(sam(true), 'yaml'), expected);
    assert.deepEqual(lint(sam(false), 'yaml'), [
      ...expected,
      { rule: 'cfn-missing-property', at: 'Properties', message: 'AWS::Serverless::Api needs the property StageName.' },
    ]);
  });

  it('Metadata, and resources inside Fn::ForEach', () => {
    const text = json(
      {
        B: { Type: 'AWS::S3::Bucket', Metadata: { BucketNam: 1 }, Properties: {} },
        'Fn::ForEach::Buckets': [
          'Name',
          ['a', 'b'],
          { '${Name}Bucket': { Type: 'AWS::S3::Bucket', Properties: { Nope: 1 } } },
        ],
      },
      { Transform: 'AWS::LanguageExtensions' },
    );
    assert.deepEqual(lint(text), []);
  });
});

const CLEAN_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Description: A function that writes to an encrypted bucket.
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      Description: Bucket key
      EnableKeyRotation: true
      PendingWindowInDays: 7
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: Root
            Effect: Allow
            Principal:
              AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
            Action: kms:*
            Resource: "*"
  Bucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      BucketName: !Sub \${AWS::StackName}-\${AWS::AccountId}-data
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      VersioningConfiguration:
        Status: !If [IsProd, Enabled, Suspended]
      LifecycleConfiguration:
        Rules:
          - Id: expire
            Status: Enabled
            ExpirationInDays: 365
            NoncurrentVersionExpiration:
              NoncurrentDays: 30
      Tags:
        - Key: stage
          Value: !Ref Stage
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: TlsOnly
            Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource:
              - !GetAtt Bucket.Arn
              - !Sub \${Bucket.Arn}/*
            Condition:
              Bool:
                aws:SecureTransport: false
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole
      Policies:
        - PolicyName: write
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: s3:PutObject
                Resource: !Sub \${Bucket.Arn}/*
              - Effect: Allow
                Action: [kms:GenerateDataKey, kms:Decrypt]
                Resource: !GetAtt Key.Arn
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: Function egress
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
  Function:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !GetAtt Role.Arn
      MemorySize: 256
      Timeout: !If [IsProd, 60, 30]
      Architectures: [arm64]
      Code:
        ZipFile: |
          def handler(event, context):
              return event
      Environment:
        Variables:
          BUCKET: !Ref Bucket
          STAGE: !Ref Stage
      VpcConfig:
        SubnetIds: !Ref Subnets
        SecurityGroupIds:
          - !GetAtt Group.GroupId
      TracingConfig:
        Mode: Active
      ReservedConcurrentExecutions: !If [IsProd, 10, !Ref AWS::NoValue]
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /aws/lambda/\${Function}
      RetentionInDays: 30
Outputs:
  BucketName:
    Value: !Ref Bucket
`;

describe('a clean, realistic template', () => {
  it('gets no finding in YAML', () => {
    assert.deepEqual(lint(CLEAN_YAML, 'yaml'), []);
  });

  it('gets no finding in JSON', () => {
    const root = parseYaml(CLEAN_YAML).root;
    assert.ok(root);
    // The same template written in JSON: the YAML tags become their long forms.
    const toJson = (node: NonNullable<typeof root>): unknown => {
      if (node.type === 'object')
        return Object.fromEntries(node.properties.map((p) => [p.key, p.value && toJson(p.value)]));
      if (node.type === 'array') return node.items.map(toJson);
      return node.value;
    };
    assert.deepEqual(lint(JSON.stringify(toJson(root), null, 2)), []);
  });
});

describe('the real templates of the corpus', () => {
  const dir = join(__dirname, '..', '..', 'fixtures', 'cfn-corpus');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml)$/.test(name) && name !== 'cfn-lint-1.51.json') files.push(path);
    }
  };
  walk(dir);

  it('get no finding from the property rules', () => {
    assert.ok(files.length >= 133);
    const spec = getCfnSpec();
    const seen: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const root = (/\.ya?ml$/.test(file) ? parseYaml(text) : parseJson(text)).root;
      if (!looksLikeTemplate(root)) continue;
      const template = buildTemplate(root);
      const context = {
        template,
        spec,
        text,
        policyRoots: new Set(),
        report: (span, message) => seen.push(`${file}@${span.offset}: ${message}`),
      } as Pick<TemplateContext, 'template' | 'spec' | 'text' | 'policyRoots' | 'report'> as TemplateContext;
      for (const rule of RULES) rule.check(context);
    }
    assert.deepEqual(seen, []);
  });
});
