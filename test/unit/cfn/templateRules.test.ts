import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnosticsOf } from '../../../server/src/features/diagnostics';
import { readDocumentSettings } from '../../../server/src/features/settings';
import { expectFindings, expectNone } from '../../helpers/marked';
import { actionsFor, applied, doc } from '../features/codeActionHelpers';

const YAML = { languageId: 'yaml', fileName: 'stack.yaml' } as const;
const JSON_TEMPLATE = { languageId: 'json', fileName: 'stack.json' } as const;

/** A YAML template: the given sections after a version line. */
const yaml = (body: string) => `AWSTemplateFormatVersion: '2010-09-09'\n${body}`;

const BUCKET = `  Bucket:\n    Type: AWS::S3::Bucket\n`;

/**
 * Marks for one rule among several: `⟦group:text⟧` becomes `«text»` for the groups given and plain `text` for the
 * others, so one template can hold the planted defects of several rules.
 */
function only(text: string, ...groups: string[]): string {
  return text.replace(/⟦(\w+):([^⟧]*)⟧/g, (_, group: string, inner: string) =>
    groups.includes(group) ? `«${inner}»` : inner,
  );
}

describe('template structure', () => {
  it('reports an unknown section with the nearest one', () => {
    expectFindings(
      yaml(`«Resource»:\n${BUCKET}Resources:\n${BUCKET.replace('Bucket:', 'Other:')}`),
      'cfn-unknown-section',
      ['Unknown template section "Resource". Did you mean "Resources"?'],
      YAML,
    );
  });

  it('accepts Globals in a SAM template only', () => {
    const body = `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: 3\nResources:\n${BUCKET}`;
    expectNone(yaml(body), 'cfn-unknown-section', YAML);
    expectFindings(
      yaml(`«Globals»:\n  Function:\n    Timeout: 3\nResources:\n${BUCKET}`),
      'cfn-unknown-section',
      ['Unknown template section "Globals".'],
      YAML,
    );
  });

  it('requires the format version 2010-09-09, as a string', () => {
    expectFindings(
      `AWSTemplateFormatVersion: '«2010-09-10»'\nResources:\n${BUCKET}`,
      'cfn-invalid-format-version',
      ['AWSTemplateFormatVersion must be "2010-09-09", not "2010-09-10".'],
      YAML,
    );
    expectFindings(
      `{"AWSTemplateFormatVersion": «20100909», "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`,
      'cfn-invalid-format-version',
      ['AWSTemplateFormatVersion must be "2010-09-09", not a number.'],
      JSON_TEMPLATE,
    );
    expectNone(`AWSTemplateFormatVersion: 2010-09-09\nResources:\n${BUCKET}`, 'cfn-invalid-format-version', YAML);
  });

  it('requires a Resources section with a resource', () => {
    expectFindings(
      `«AWSTemplateFormatVersion»: '2010-09-09'\nDescription: nothing\n`,
      'cfn-missing-resources',
      ['The template has no Resources section: a template must declare at least one resource.'],
      YAML,
    );
    expectFindings(
      yaml('«Resources»: {}\n'),
      'cfn-missing-resources',
      ['Resources declares no resource: a template must declare at least one resource, as a map of logical ids.'],
      YAML,
    );
  });

  it('reports sections and entries of the wrong type', () => {
    expectFindings(
      yaml(`Description: «[a, b]»\nParameters: «[]»\nResources:\n  Thing: «just text»\n${BUCKET}`),
      'cfn-section-type',
      [
        'Description must be a string, not an array.',
        'Parameters must be a map of named entries, not an array.',
        'Each entry of Resources must be a map, not a string: Thing.',
      ],
      YAML,
    );
  });

  it('reports a key given twice, naming the line of the first, but not inside policies', () => {
    const text = yaml(`Resources:\n${BUCKET}  «Bucket»:\n    Type: AWS::SNS::Topic\n`);
    expectFindings(
      text,
      'cfn-duplicate-key',
      ['Duplicate key "Bucket": it is already on line 3, and only one of the two would be kept.'],
      YAML,
    );
  });

  it('requires alphanumeric logical ids', () => {
    expectFindings(
      yaml(`Resources:\n  «my-bucket»:\n    Type: AWS::S3::Bucket\n`),
      'cfn-invalid-logical-id',
      [
        'The name "my-bucket" in Resources is not alphanumeric: names may only hold the letters A-Z, a-z and the digits 0-9.',
      ],
      YAML,
    );
  });

  it('reports a parameter and a resource with one name', () => {
    expectFindings(
      yaml(
        `Parameters:\n  Bucket:\n    Type: String\nResources:\n  «Bucket»:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Bucket\n`,
      ),
      'cfn-name-conflict',
      ['The logical id "Bucket" is also the name of a parameter: Ref could mean either.'],
      YAML,
    );
  });

  it('counts resources against the quota of 500', () => {
    const many = Array.from({ length: 501 }, (_, i) => `  Topic${i}:\n    Type: AWS::SNS::Topic\n`).join('');
    expectFindings(
      yaml(`«Resources»:\n${many}`),
      'cfn-template-limits',
      ['501 resources; a template may have at most 500.'],
      YAML,
    );
  });
});

describe('parameters, conditions and outputs', () => {
  it('checks parameter types, keys and defaults', () => {
    const text = yaml(
      [
        'Parameters:',
        '  Env:',
        '    Type: «Strin»',
        '    «Defualt»: dev',
        '  Size:',
        '    Type: String',
        '    AllowedValues: [small, large]',
        '    Default: «medium»',
        '  «Untyped»:',
        '    Description: no type',
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketName: !Sub "${Env}-${Size}-${Untyped}"',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-invalid-parameter',
      [
        '"Strin" is not a parameter type. Did you mean "String"?',
        'Unknown key "Defualt" in the parameter Env. Did you mean "Default"?',
        'The Default "medium" is not one of the AllowedValues.',
        'The parameter Untyped has no Type.',
      ],
      YAML,
    );
  });

  it('accepts AWS-specific, list and SSM parameter types', () => {
    const types = [
      'AWS::EC2::VPC::Id',
      'List<AWS::EC2::Subnet::Id>',
      'AWS::SSM::Parameter::Value<String>',
      'AWS::SSM::Parameter::Value<List<String>>',
      'CommaDelimitedList',
      'List<Number>',
    ];
    const params = types.map((t, i) => `  P${i}:\n    Type: '${t}'\n`).join('');
    const uses = types.map((_, i) => `        - !Ref P${i}\n`).join('');
    expectNone(
      yaml(
        `Parameters:\n${params}Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Metadata:\n      Uses:\n${uses}`,
      ),
      'cfn-invalid-parameter',
      YAML,
    );
  });

  it('warns about parameters, conditions and mappings that nothing uses', () => {
    const text = yaml(
      [
        'Parameters:',
        '  ⟦p:Unused⟧:',
        '    Type: String',
        '  Used:',
        '    Type: String',
        'Mappings:',
        '  ⟦m:Sizes⟧:',
        '    small: {Count: 1}',
        'Conditions:',
        '  ⟦c:Never⟧: !Equals [!Ref Used, x]',
        'Resources:',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties:',
        '      TopicName: !Ref Used',
        '',
      ].join('\n'),
    );
    expectFindings(only(text, 'p'), 'cfn-unused-parameter', ['The parameter Unused is never used.'], YAML);
    expectFindings(only(text, 'm'), 'cfn-unused-mapping', ['The mapping Sizes is never used.'], YAML);
    expectFindings(only(text, 'c'), 'cfn-unused-condition', ['The condition Never is never used.'], YAML);
  });

  it('requires each condition to be a condition function', () => {
    expectFindings(
      yaml(`Conditions:\n  Always: «true»\n  Branch: «!If [Always, a, b]»\nResources:\n${BUCKET}`),
      'cfn-invalid-condition',
      [
        'The condition Always must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, not a boolean.',
        'The condition Branch must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, not Fn::If.',
      ],
      YAML,
    );
  });

  it('reports undefined conditions wherever they are used', () => {
    const text = yaml(
      [
        'Conditions:',
        '  IsProd: !Equals [!Ref AWS::Region, us-east-1]',
        '  Both: !And [!Condition IsProd, !Condition «IsTest»]',
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Condition: «IsPrd»',
        '    Properties:',
        '      BucketName: !If [«Missing», a, !Ref AWS::NoValue]',
        'Outputs:',
        '  Name:',
        '    Condition: Both',
        '    Value: !Ref Bucket',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-undefined-condition',
      [
        'The condition "IsTest" is not defined in Conditions.',
        'The condition "IsPrd" is not defined in Conditions. Did you mean "IsProd"?',
        'The condition "Missing" is not defined in Conditions.',
      ],
      YAML,
    );
  });

  it('checks outputs: a Value, known keys, an Export with a unique Name', () => {
    const text = yaml(
      [
        `Resources:\n${BUCKET.trimEnd()}`,
        'Outputs:',
        '  «NoValue»:',
        '    Description: nothing',
        '  Listed:',
        '    Value: «[a, b]»',
        '  First:',
        '    Value: !Ref Bucket',
        '    «Exports»: {Name: x}',
        '  Second:',
        '    Value: !Ref Bucket',
        '    «Export»: {Value: x}',
        '  Third:',
        '    Value: !Ref Bucket',
        '    Export: {Name: shared}',
        '  Fourth:',
        '    Value: !GetAtt Bucket.Arn',
        '    Export: {Name: «shared»}',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-invalid-output',
      [
        'The output NoValue has no Value.',
        'The Value of an output must be a string, not an array; join a list with Fn::Join.',
        'Unknown key "Exports" in the output First. Did you mean "Export"?',
        'The Export of Second must be a map with a Name.',
        'Another output already exports the name "shared".',
      ],
      YAML,
    );
  });
});

describe('resources', () => {
  it('requires a Type and knows every resource type of the specification', () => {
    const text = yaml(
      `Resources:\n  ⟦a:Nothing⟧:\n    Properties: {}\n  Bucket:\n    Type: ⟦b:AWS::S3::Buckett⟧\n  Custom:\n    Type: Custom::Anything\n  Module:\n    Type: My::Org::Thing::MODULE\n`,
    );
    expectFindings(only(text, 'a'), 'cfn-missing-resource-type', ['The resource "Nothing" has no Type.'], YAML);
    expectFindings(
      only(text, 'b'),
      'cfn-unknown-resource-type',
      ['Unknown resource type "AWS::S3::Buckett". Did you mean "AWS::S3::Bucket"?'],
      YAML,
    );
  });

  it('needs the SAM transform for AWS::Serverless resources', () => {
    const fn = `  Fn:\n    Type: «AWS::Serverless::Function»\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      InlineCode: x\n`;
    expectFindings(
      yaml(`Resources:\n${fn}`),
      'cfn-serverless-without-transform',
      [
        'AWS::Serverless::Function needs the transform AWS::Serverless-2016-10-31: add "Transform: AWS::Serverless-2016-10-31" to the template.',
      ],
      YAML,
    );
    expectNone(
      yaml(`Transform: AWS::Serverless-2016-10-31\nResources:\n${fn.replace(/[«»]/g, '')}`),
      'cfn-serverless-without-transform',
      YAML,
    );
  });

  it('reports unknown resource attributes, and a property written beside Properties', () => {
    expectFindings(
      yaml(
        `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    «BucketName»: logs\n    «DependOn»: Other\n  Other:\n    Type: AWS::SNS::Topic\n`,
      ),
      'cfn-unknown-resource-attribute',
      [
        'Unknown attribute "BucketName" of the resource Bucket.',
        'Unknown attribute "DependOn" of the resource Bucket. Did you mean "DependsOn"?',
      ],
      YAML,
    );
  });

  it('checks DeletionPolicy and UpdateReplacePolicy values, with the right case as the fix', () => {
    expectFindings(
      yaml(
        `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: «retain»\n    UpdateReplacePolicy: «RetainExceptOnCreate»\n`,
      ),
      'cfn-invalid-resource-attribute',
      [
        'DeletionPolicy must be "Delete", "Retain", "RetainExceptOnCreate", "Snapshot", not "retain".',
        'UpdateReplacePolicy must be "Delete", "Retain", "Snapshot", not "RetainExceptOnCreate".',
      ],
      YAML,
    );
  });

  it('reports DependsOn on no resource, and a DependsOn already implied by a reference', () => {
    const text = yaml(
      [
        'Resources:',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '  Queue:',
        '    Type: AWS::SQS::Queue',
        '    DependsOn: [⟦a:Topik⟧, ⟦b:Topic⟧]',
        '    Properties:',
        '      QueueName: !GetAtt Topic.TopicName',
        '',
      ].join('\n'),
    );
    expectFindings(
      only(text, 'a'),
      'cfn-invalid-depends-on',
      ['DependsOn names "Topik", which is not a resource of this template. Did you mean "Topic"?'],
      YAML,
    );
    expectFindings(
      only(text, 'b'),
      'cfn-redundant-depends-on',
      ['Queue already depends on Topic through a reference to it; this DependsOn is redundant.'],
      YAML,
    );
  });

  it('reports a circular dependency on each resource of the cycle, naming the cycle', () => {
    const text = yaml(
      [
        'Resources:',
        '  «Key»:',
        '    Type: AWS::KMS::Key',
        '    Properties:',
        '      KeyPolicy:',
        '        Version: "2012-10-17"',
        '        Statement:',
        '          - Effect: Allow',
        '            Principal: {AWS: !GetAtt Role.Arn}',
        '            Action: kms:Decrypt',
        '            Resource: "*"',
        '  «Role»:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument:',
        '        Version: "2012-10-17"',
        '        Statement:',
        '          - Effect: Allow',
        '            Principal: {Service: lambda.amazonaws.com}',
        '            Action: sts:AssumeRole',
        '      Policies:',
        '        - PolicyName: use-key',
        '          PolicyDocument:',
        '            Version: "2012-10-17"',
        '            Statement:',
        '              - Effect: Allow',
        '                Action: kms:Decrypt',
        '                Resource: !GetAtt Key.Arn',
        '  Alone:',
        '    Type: AWS::SNS::Topic',
        '    DependsOn: Alone2',
        '  «Alone2»:',
        '    Type: AWS::SNS::Topic',
        '    DependsOn: Alone2',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-circular-dependency',
      [
        'Circular dependency: Key → Role → Key.',
        'Circular dependency: Key → Role → Key.',
        'Circular dependency: Alone2 → Alone2.',
      ],
      YAML,
    );
  });
});

describe('intrinsic functions and references', () => {
  it('reports unknown functions with the nearest one', () => {
    expectFindings(
      `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"«Fn::Subb»": "x-\${AWS::Region}"}}}}}`,
      'cfn-unknown-function',
      ['Unknown intrinsic function "Fn::Subb". Did you mean "Fn::Sub"?'],
      JSON_TEMPLATE,
    );
  });

  it('checks the shapes of function arguments', () => {
    const text = yaml(
      [
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Metadata:',
        '      Join: !Join «[only-one]»',
        '      JoinList: !Join [",", «not-a-list»]',
        '      If: !If «[Cond, a]»',
        '      Select: !Select [«x», [a, b]]',
        '      SelectPast: !Select [«2», [a, b]]',
        '      GetAtt: !GetAtt «Bucket»',
        '      Sub: !Sub [«[x]», {}]',
        '      Ref: !Ref «[Bucket]»',
        '      Azs: !GetAZs ""',
        '      Fine: !Join ["", [!Ref AWS::Region, !Select [0, !GetAZs ""], !Sub "${AWS::AccountId}"]]',
        'Conditions:',
        '  Cond: !Equals «[a]»',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-function-arguments',
      [
        'Fn::Join takes a list of a delimiter string and a list of values; this list has 1 items.',
        'The values of Fn::Join must be a list, not a string.',
        'Fn::If takes a list of a condition name, a value if true and a value if false; this list has 2 items.',
        'The index of Fn::Select must be a number from 0, not a string.',
        'Index 2 is past the end of the list, which has 2 items.',
        'Fn::GetAtt takes "LogicalId.Attribute", or a list [LogicalId, Attribute]; "Bucket" has no ".Attribute".',
        'The first item of Fn::Sub must be the string to substitute, not an array.',
        'Ref takes the logical id of a parameter or resource, or a pseudo parameter, not an array.',
        'Fn::Equals takes a list of two values; this list has 1 items.',
      ],
      YAML,
    );
  });

  it('reports Fn::GetAZs: null, which the JSON renderings of some AWS samples carry', () => {
    expectFindings(
      `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Metadata": {"Z": {"Fn::GetAZs": «null»}}}}}`,
      'cfn-function-arguments',
      [
        'Fn::GetAZs takes a region name, or an empty string for the stack region; write "" (an empty string) for the region of the stack, not null.',
      ],
      JSON_TEMPLATE,
    );
  });

  it('needs the language extensions for Fn::Length, Fn::ToJsonString and Fn::ForEach', () => {
    expectFindings(
      yaml(`Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Metadata:\n      N: «!Length» [a, b]\n`),
      'cfn-function-needs-transform',
      ['Fn::Length needs the transform AWS::LanguageExtensions: add "Transform: AWS::LanguageExtensions".'],
      YAML,
    );
  });

  it('reports a Ref or ${…} to nothing, with the nearest name, and a Ref to a condition', () => {
    const text = yaml(
      [
        'Parameters:',
        '  Stage:',
        '    Type: String',
        'Conditions:',
        '  IsProd: !Equals [!Ref Stage, prod]',
        'Resources:',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties:',
        '      TopicName: !Sub "${«Stag»}-${AWS::«Regio»}-${Topic.TopicName}"',
        '      DisplayName: !Ref «IsProd»',
        '  Queue:',
        '    Type: AWS::SQS::Queue',
        '    Properties:',
        '      QueueName: !Ref «Topc»',
        '',
      ].join('\n'),
    );
    expectFindings(
      text.replace('AWS::«Regio»', '«AWS::Regio»'),
      'cfn-invalid-ref',
      [
        'The variable ${Stag} names "Stag", which is no parameter, resource or pseudo parameter. Did you mean "Stage"?',
        'The variable ${AWS::Regio} names "AWS::Regio", which is no parameter, resource or pseudo parameter. Did you mean "AWS::Region"?',
        'Ref names "IsProd", which is no parameter, resource or pseudo parameter. It is a condition: use it with Fn::If or Condition.',
        'Ref names "Topc", which is no parameter, resource or pseudo parameter. Did you mean "Topic"?',
      ],
      YAML,
    );
  });

  it('reports GetAtt of no resource and of an attribute the type does not have', () => {
    const text = yaml(
      [
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '  Stack:',
        '    Type: AWS::CloudFormation::Stack',
        '    Properties:',
        '      TemplateURL: https://example.com/t.yaml',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    Properties:',
        '      TopicName: !GetAtt Bucket.«Arn2»',
        '      DisplayName: !Sub "${«Buckt».Arn}"',
        '      KmsMasterKeyId: !GetAtt Stack.Outputs.KeyId',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-invalid-getatt',
      [
        /^AWS::S3::Bucket has no attribute "Arn2" \(it has .*Arn.*\)\. Did you mean "Arn"\?$/,
        '${Buckt.Arn} names "Buckt", which is not a resource of this template. Did you mean "Bucket"?',
      ],
      YAML,
    );
  });

  it('reports FindInMap of a mapping or key that does not exist', () => {
    const text = yaml(
      [
        'Mappings:',
        '  Sizes:',
        '    small: {Count: "1"}',
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Metadata:',
        '      A: !FindInMap [«Size», small, Count]',
        '      B: !FindInMap [Sizes, «large», Count]',
        '      C: !FindInMap [Sizes, small, «Cnt»]',
        '      D: !FindInMap [Sizes, !Ref AWS::Region, Count]',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-undefined-mapping',
      [
        'The mapping "Size" is not defined in Mappings. Did you mean "Sizes"?',
        'The mapping Sizes has no key "large".',
        'The mapping Sizes has no key "Cnt".',
      ],
      YAML,
    );
  });

  it('reports ${…} of the template outside Fn::Sub, but not IAM policy variables', () => {
    const text = yaml(
      [
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketName: logs-«${AWS::AccountId}»',
        '  Policy:',
        '    Type: AWS::IAM::ManagedPolicy',
        '    Properties:',
        '      PolicyDocument:',
        '        Version: "2012-10-17"',
        '        Statement:',
        '          - Effect: Allow',
        '            Action: s3:GetObject',
        '            Resource: arn:aws:s3:::bucket/${aws:username}/*',
        '',
      ].join('\n'),
    );
    expectFindings(
      text,
      'cfn-missing-sub',
      ['${AWS::AccountId} is only replaced inside Fn::Sub; here it stays as written.'],
      YAML,
    );
  });

  it('leaves names made by transforms alone', () => {
    const text = yaml(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Fn:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Runtime: python3.12',
        '      Handler: index.handler',
        '      InlineCode: x',
        'Outputs:',
        '  Role:',
        '    Value: !GetAtt FnRole.Arn',
        '  Api:',
        '    Value: !Ref ServerlessRestApi',
        '',
      ].join('\n'),
    );
    expectNone(text, 'cfn-invalid-ref', YAML);
    expectNone(text, 'cfn-invalid-getatt', YAML);
  });
});

describe('quick fixes of template findings', () => {
  const cases: [string, string, string, string, string][] = [
    // [file, rule, text, title, fixed text]
    [
      'stack.json',
      'cfn-invalid-resource-attribute',
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "retain"}}}',
      'Change to Retain',
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain"}}}',
    ],
    [
      'stack.json',
      'cfn-unknown-resource-type',
      '{"Resources": {"B": {"Type": "AWS::S3::Buckett"}}}',
      'Change to AWS::S3::Bucket',
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}',
    ],
    [
      'stack.json',
      'cfn-unknown-section',
      '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, "Output": {}}',
      'Replace with Outputs',
      '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}, "Outputs": {}}',
    ],
    [
      'stack.yaml',
      'cfn-invalid-ref',
      'Parameters:\n  Stage:\n    Type: String\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Stag\n',
      'Change to Stage',
      'Parameters:\n  Stage:\n    Type: String\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Stage\n',
    ],
  ];
  for (const [file, rule, text, title, fixedText] of cases) {
    it(`${rule}: "${title}" in ${file}, after which the rule finds nothing`, () => {
      const document = doc(text, file, file.endsWith('.yaml') ? 'yaml' : 'json');
      const action = actionsFor(document, rule).find((a) => a.title === title);
      assert.ok(
        action,
        `no "${title}" among ${actionsFor(document, rule)
          .map((a) => a.title)
          .join(', ')}`,
      );
      const result = applied(document, action);
      assert.equal(result, fixedText);
      const after = diagnosticsOf(
        doc(result, file, file.endsWith('.yaml') ? 'yaml' : 'json'),
        readDocumentSettings({}),
      );
      assert.deepEqual(
        after.filter((d) => d.code === rule),
        [],
      );
    });
  }
});

describe('Lambda permissions', () => {
  const permission = (props: string) =>
    yaml(
      `Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: {ZipFile: x}\n  Permission:\n    Type: AWS::Lambda::Permission\n    Properties:\n      FunctionName: !Ref Fn\n${props}`,
    );

  it('requires a Lambda action, with the nearest one', () => {
    expectFindings(
      permission(
        '      Action: lambda:«InvokeFuntion»\n      Principal: sns.amazonaws.com\n'.replace(
          'lambda:«InvokeFuntion»',
          '«lambda:InvokeFuntion»',
        ),
      ),
      'cfn-lambda-permission-action',
      [
        '"lambda:InvokeFuntion" is not an action of Lambda: a permission grants one such as lambda:InvokeFunction. Did you mean "lambda:InvokeFunction"?',
      ],
      YAML,
    );
    expectNone(
      permission('      Action: lambda:InvokeFunctionUrl\n      Principal: "*"\n      FunctionUrlAuthType: NONE\n'),
      'cfn-lambda-permission-action',
      YAML,
    );
  });

  it('warns when anyone can invoke, unless something limits who', () => {
    expectFindings(
      permission('      Action: lambda:InvokeFunction\n      Principal: «"*"»\n'),
      'cfn-lambda-permission-public',
      [
        'Anyone in any account can invoke this function (Principal "*" with no SourceArn, SourceAccount or PrincipalOrgID).',
      ],
      YAML,
    );
    expectFindings(
      permission('      Action: lambda:InvokeFunctionUrl\n      Principal: «"*"»\n      FunctionUrlAuthType: NONE\n'),
      'cfn-lambda-permission-public',
      [
        'Anyone can invoke this function URL (Principal "*", FunctionUrlAuthType NONE): fine for a public endpoint, otherwise use AWS_IAM.',
      ],
      YAML,
    );
    expectNone(
      permission('      Action: lambda:InvokeFunction\n      Principal: "*"\n      PrincipalOrgID: o-a1b2c3d4e5\n'),
      'cfn-lambda-permission-public',
      YAML,
    );
    expectNone(
      permission(
        '      Action: lambda:InvokeFunction\n      Principal: s3.amazonaws.com\n      SourceAccount: !Ref AWS::AccountId\n',
      ),
      'cfn-lambda-permission-public',
      YAML,
    );
  });
});
