import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/engine/analyze';
import { documentSymbols } from '../../../server/src/features/symbols';

const KIND_NAMES = new Map<number, string>(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

/** The document's symbols, as analysed the way the server does. */
function symbolsOf(text: string, name: string, languageId = name.endsWith('.yaml') ? 'yaml' : 'json'): string[] {
  const document = TextDocument.create(`file:///w/${name}`, languageId, 1, text);
  const analysis = analyze({ text, fileName: `/w/${name}`, languageId });
  return outline(document, documentSymbols(analysis, document));
}

/**
 * One line per symbol, indented by depth: `name | detail | kind | range | selection [selected text]`, positions as
 * line:character from 0.
 */
function outline(document: TextDocument, symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => {
    const range = `${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`;
    const l = s.selectionRange;
    const selection = `${l.start.line}:${l.start.character}-${l.end.line}:${l.end.character}`;
    const line = `${'  '.repeat(depth)}${s.name} | ${s.detail ?? ''} | ${KIND_NAMES.get(s.kind)} | ${range} | ${selection} [${document.getText(l)}]`;
    return [line, ...outline(document, s.children ?? [], depth + 1)];
  });
}

const POLICY = `{
  "Version": "2012-10-17",
  "Id": "ExamplePolicy",
  "Statement": [
    {
      "Sid": "AllowRead",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket", "s3:GetObjectVersion"],
      "Resource": ["arn:aws:s3:::amzn-s3-demo-bucket", "arn:aws:s3:::amzn-s3-demo-bucket/*"]
    },
    {
      "Sid": "",
      "Effect": "Deny",
      "NotAction": "iam:*",
      "Resource": "*",
      "Condition": {
        "Bool": { "aws:MultiFactorAuthPresent": "false" },
        "StringNotEquals": { "aws:RequestedRegion": ["eu-west-1"], "aws:PrincipalAccount": "111122223333" }
      }
    }
  ]
}
`;

const BUCKET_POLICY = `{
  "Statement": {
    "Effect": "Allow",
    "Principal": { "AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"], "Service": "logging.s3.amazonaws.com" },
    "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging", "s3:PutObjectTagging"],
    "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
  }
}
`;

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "ReadPolicy": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": { "Fn::Sub": "arn:\${AWS::Partition}:s3:::amzn-s3-demo-bucket/*" } }
          ]
        }
      }
    },
    "Fn": {
      "Type": "AWS::Lambda::Function",
      "Properties": { "Role": { "Fn::GetAtt": ["Role", "Arn"] } }
    }
  },
  "Outputs": {
    "FnArn": { "Value": { "Fn::GetAtt": ["Fn", "Arn"] } }
  }
}
`;

const YAML_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Reports bucket and the role that writes to it
Parameters:
  Env:
    Type: String
    AllowedValues: [dev, prod]
Mappings:
  RegionMap:
    us-east-1: { Ami: ami-0abcdef1234567890 }
    eu-west-1: { Ami: ami-0fedcba0987654321 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Reports:
    Type: AWS::S3::Bucket
    Condition: IsProd
  ReportsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Reports
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: '*'
            Action: s3:*
            Resource: [!GetAtt Reports.Arn, !Sub '\${Reports.Arn}/*']
            Condition:
              Bool:
                aws:SecureTransport: 'false'
  Writer:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: write-reports
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:PutObject
                Resource: !Sub '\${Reports.Arn}/*'
  Key:
    Type: AWS::KMS::Key
Outputs:
  ReportsArn:
    Value: !GetAtt Reports.Arn
  WriterName:
    Value: !Ref Writer
`;

const SAM_TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Policies:
        - AWSLambdaBasicExecutionRole
        - Statement:
            - Effect: Allow
              Action: [sqs:SendMessage]
              Resource: !GetAtt Queue.Arn
  Queue:
    Type: AWS::SQS::Queue
`;

const ODD_TEMPLATE = `Transform: AWS::LanguageExtensions
Metadata:
  AWS::CloudFormation::Interface: {}
  "": blank
Rules:
  ProdOnly:
    Assertions: []
Conditions:
  Broken: yes
Resources:
  Fn::ForEach::Topics:
    - Name
    - [A, B]
    - Topic\${Name}:
        Type: AWS::SNS::Topic
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Sid: !Sub '\${AWS::StackName}Trust'
            Effect: Allow
            Principal: { AWS: [!Ref 'AWS::AccountId', '*'] }
            Action: [sts:AssumeRole, sts:TagSession]
`;

describe('document symbols of a policy', () => {
  it('lists Version, Id and each statement with its elements, named by Sid or place', () => {
    assert.deepEqual(symbolsOf(POLICY, 'example.policy.json'), [
      'Version | 2012-10-17 | Property | 1:2-1:25 | 1:2-1:11 ["Version"]',
      'Id | ExamplePolicy | Property | 2:2-2:23 | 2:2-2:6 ["Id"]',
      'AllowRead | Allow · 3 actions · 2 resources | Object | 4:4-9:5 | 5:14-5:23 [AllowRead]',
      '  Action | s3:GetObject, s3:ListBucket, s3:GetObjectVersion | Property | 7:6-7:72 | 7:6-7:14 ["Action"]',
      '  Resource | arn:aws:s3:::amzn-s3-demo-bucket +1 more | Property | 8:6-8:92 | 8:6-8:16 ["Resource"]',
      'Statement 2 | Deny · NotAction 1 action · Resource * · 3 conditions | Object | 10:4-19:5 | 10:4-10:5 [{]',
      '  NotAction | iam:* | Property | 13:6-13:26 | 13:6-13:17 ["NotAction"]',
      '  Resource | * | Property | 14:6-14:21 | 14:6-14:16 ["Resource"]',
      '  Condition | Bool aws:MultiFactorAuthPresent +2 more | Property | 15:6-18:7 | 15:6-15:17 ["Condition"]',
    ]);
  });

  it('counts principals under every key and cuts long lists; a single Statement object is statement 1', () => {
    assert.deepEqual(symbolsOf(BUCKET_POLICY, 'x.bucket-policy.json'), [
      'Statement 1 | Allow · 3 principals · 5 actions · 1 resource | Object | 1:15-6:3 | 1:15-1:16 [{]',
      '  Principal | AWS arn:aws:iam::111122223333:root +2 more | Property | 3:4-3:135 | 3:4-3:15 ["Principal"]',
      '  Action | s3:GetObject, s3:PutObject, s3:DeleteObject +2 more | Property | 4:4-4:111 | 4:4-4:12 ["Action"]',
      '  Resource | arn:aws:s3:::amzn-s3-demo-bucket/* | Property | 5:4-5:52 | 5:4-5:14 ["Resource"]',
    ]);
  });

  it('gives nothing for JSON that is neither a policy nor a template', () => {
    assert.deepEqual(symbolsOf('{"name": "policy-lens", "version": "1.0.0"}', 'package.json'), []);
    assert.deepEqual(symbolsOf('name: build\non: [push]\n', 'workflow.yaml'), []);
  });

  it('names a blank Sid by its place and gives the selection the statement start', () => {
    assert.deepEqual(
      symbolsOf('{"Statement": [{"Sid": " ", "Effect": "Allow", "Action": "*", "Resource": "*"}]}', 'a.policy.json'),
      [
        'Statement 1 | Allow · Action * · Resource * | Object | 0:15-0:78 | 0:15-0:16 [{]',
        '  Action | * | Property | 0:47-0:60 | 0:47-0:55 ["Action"]',
        '  Resource | * | Property | 0:62-0:77 | 0:62-0:72 ["Resource"]',
      ],
    );
  });
});

describe('document symbols of a template', () => {
  it('lists the sections of a YAML template, their entries, and the statements of each policy as written', () => {
    assert.deepEqual(symbolsOf(YAML_TEMPLATE, 'reports.yaml'), [
      'AWSTemplateFormatVersion | 2010-09-09 | Property | 0:0-0:38 | 0:0-0:24 [AWSTemplateFormatVersion]',
      'Description | Reports bucket and the role that writes to it | Property | 1:0-1:58 | 1:0-1:11 [Description]',
      'Parameters | 1 parameter | Namespace | 2:0-5:30 | 2:0-2:10 [Parameters]',
      '  Env | String | Variable | 3:2-5:30 | 3:2-3:5 [Env]',
      'Mappings | 1 mapping | Namespace | 6:0-9:45 | 6:0-6:8 [Mappings]',
      '  RegionMap | 2 keys | Struct | 7:2-9:45 | 7:2-7:11 [RegionMap]',
      'Conditions | 1 condition | Namespace | 10:0-11:34 | 10:0-10:10 [Conditions]',
      '  IsProd | !Equals | Boolean | 11:2-11:34 | 11:2-11:8 [IsProd]',
      'Resources | 4 resources | Namespace | 12:0-50:23 | 12:0-12:9 [Resources]',
      '  Reports | AWS::S3::Bucket | Class | 13:2-15:21 | 13:2-13:9 [Reports]',
      '  ReportsPolicy | AWS::S3::BucketPolicy | Struct | 16:2-30:44 | 16:2-16:15 [ReportsPolicy]',
      '    PolicyDocument | S3 bucket policy · 1 statement | Module | 20:6-30:44 | 20:6-20:20 [PolicyDocument]',
      '      DenyInsecureTransport | Deny · Principal * · 1 action · 2 resources · 1 condition | Object | 23:12-30:44 | 23:17-23:38 [DenyInsecureTransport]',
      '        Principal | * | Property | 25:12-25:26 | 25:12-25:21 [Principal]',
      '        Action | s3:* | Property | 26:12-26:24 | 26:12-26:18 [Action]',
      '        Resource | !GetAtt Reports.Arn, !Sub ${Reports.Arn}/* | Property | 27:12-27:68 | 27:12-27:20 [Resource]',
      '        Condition | Bool aws:SecureTransport | Property | 28:12-30:44 | 28:12-28:21 [Condition]',
      '  Writer | AWS::IAM::Role | Interface | 31:2-48:49 | 31:2-31:8 [Writer]',
      '    AssumeRolePolicyDocument | role trust policy · 1 statement | Module | 34:6-40:34 | 34:6-34:30 [AssumeRolePolicyDocument]',
      '      Statement 1 | Allow · 1 principal · 1 action | Object | 37:12-40:34 | 37:12-37:18 [Effect]',
      '        Principal | Service lambda.amazonaws.com | Property | 38:12-39:43 | 38:12-38:21 [Principal]',
      '        Action | sts:AssumeRole | Property | 40:12-40:34 | 40:12-40:18 [Action]',
      '    Policies[0] write-reports | identity policy · 1 statement | Module | 42:10-48:49 | 42:22-42:35 [write-reports]',
      '      Statement 1 | Allow · 1 action · 1 resource | Object | 46:16-48:49 | 46:16-46:22 [Effect]',
      '        Action | s3:PutObject | Property | 47:16-47:36 | 47:16-47:22 [Action]',
      '        Resource | !Sub ${Reports.Arn}/* | Property | 48:16-48:49 | 48:16-48:24 [Resource]',
      '  Key | AWS::KMS::Key | Key | 49:2-50:23 | 49:2-49:5 [Key]',
      'Outputs | 2 outputs | Namespace | 51:0-55:22 | 51:0-51:7 [Outputs]',
      '  ReportsArn | !GetAtt Reports.Arn | Field | 52:2-53:30 | 52:2-52:12 [ReportsArn]',
      '  WriterName | !Ref Writer | Field | 54:2-55:22 | 54:2-54:12 [WriterName]',
    ]);
  });

  it('lists a JSON template the same way, intrinsics shown in their long form', () => {
    assert.deepEqual(symbolsOf(JSON_TEMPLATE, 'template.json'), [
      'AWSTemplateFormatVersion | 2010-09-09 | Property | 1:2-1:42 | 1:2-1:28 ["AWSTemplateFormatVersion"]',
      'Resources | 2 resources | Namespace | 2:2-18:3 | 2:2-2:13 ["Resources"]',
      '  ReadPolicy | AWS::IAM::ManagedPolicy | Struct | 3:4-13:5 | 3:4-3:16 ["ReadPolicy"]',
      '    PolicyDocument | identity policy · 1 statement | Module | 6:8-11:9 | 6:8-6:24 ["PolicyDocument"]',
      '      Read | Allow · 1 action · 1 resource | Object | 9:12-9:153 | 9:22-9:26 [Read]',
      '        Action | s3:GetObject | Property | 9:48-9:72 | 9:48-9:56 ["Action"]',
      '        Resource | Fn::Sub arn:${AWS::Partition}:s3:::amzn-s3-demo-bucket/* | Property | 9:74-9:151 | 9:74-9:84 ["Resource"]',
      '  Fn | AWS::Lambda::Function | Function | 14:4-17:5 | 14:4-14:8 ["Fn"]',
      'Outputs | 1 output | Namespace | 19:2-21:3 | 19:2-19:11 ["Outputs"]',
      '  FnArn | Fn::GetAtt Fn.Arn | Field | 20:4-20:57 | 20:4-20:11 ["FnArn"]',
    ]);
  });

  it('shows a SAM policy document in a list by its place, spanning the document itself', () => {
    assert.deepEqual(symbolsOf(SAM_TEMPLATE, 'sam.yaml'), [
      'Transform | AWS::Serverless-2016-10-31 | Property | 0:0-0:37 | 0:0-0:9 [Transform]',
      'Resources | 2 resources | Namespace | 1:0-15:25 | 1:0-1:9 [Resources]',
      '  Handler | AWS::Serverless::Function | Function | 2:2-13:41 | 2:2-2:9 [Handler]',
      '    Policies[1] | identity policy · 1 statement | Module | 10:10-13:41 | 10:10-10:19 [Statement]',
      '      Statement 1 | Allow · 1 action · 1 resource | Object | 11:14-13:41 | 11:14-11:20 [Effect]',
      '        Action | sqs:SendMessage | Property | 12:14-12:39 | 12:14-12:20 [Action]',
      '        Resource | !GetAtt Queue.Arn | Property | 13:14-13:41 | 13:14-13:22 [Resource]',
      '  Queue | AWS::SQS::Queue | Event | 14:2-15:25 | 14:2-14:7 [Queue]',
    ]);
  });

  it('lists Metadata and Rules entries, loops, blank keys and a Sid built by Sub without failing', () => {
    assert.deepEqual(symbolsOf(ODD_TEMPLATE, 'odd.yaml'), [
      'Transform | AWS::LanguageExtensions | Property | 0:0-0:34 | 0:0-0:9 [Transform]',
      'Metadata |  | Namespace | 1:0-3:11 | 1:0-1:8 [Metadata]',
      '  AWS::CloudFormation::Interface |  | Property | 2:2-2:36 | 2:2-2:32 [AWS::CloudFormation::Interface]',
      '  "" |  | Property | 3:2-3:11 | 3:2-3:4 [""]',
      'Rules | 1 rule | Namespace | 4:0-6:18 | 4:0-4:5 [Rules]',
      '  ProdOnly |  | Boolean | 5:2-6:18 | 5:2-5:10 [ProdOnly]',
      'Conditions | 1 condition | Namespace | 7:0-8:13 | 7:0-7:10 [Conditions]',
      '  Broken |  | Boolean | 8:2-8:13 | 8:2-8:8 [Broken]',
      'Resources | 2 resources | Namespace | 9:0-23:52 | 9:0-9:9 [Resources]',
      '  Fn::ForEach::Topics | Fn::ForEach | Array | 10:2-14:29 | 10:2-10:21 [Fn::ForEach::Topics]',
      '  Role | AWS::IAM::Role | Interface | 15:2-23:52 | 15:2-15:6 [Role]',
      '    AssumeRolePolicyDocument | role trust policy · 1 statement | Module | 18:6-23:52 | 18:6-18:30 [AssumeRolePolicyDocument]',
      '      Statement 1 | Allow · 2 principals · 2 actions | Object | 20:12-23:52 | 20:12-20:15 [Sid]',
      '        Principal | AWS !Ref AWS::AccountId, AWS * | Property | 22:12-22:60 | 22:12-22:21 [Principal]',
      '        Action | sts:AssumeRole, sts:TagSession | Property | 23:12-23:52 | 23:12-23:18 [Action]',
    ]);
  });
});
