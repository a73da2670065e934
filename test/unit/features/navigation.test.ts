import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/engine/analyze';
import { definitionAt, referencesAt } from '../../../server/src/features/navigation';

/** Navigation in one document: positions are given as text around a `|` that marks the cursor. */
function navigator(text: string, name: string) {
  const languageId = name.endsWith('.yaml') ? 'yaml' : 'json';
  const document = TextDocument.create(`file:///w/${name}`, languageId, 1, text);
  const analysis = analyze({ text, fileName: `/w/${name}`, languageId });
  const at = (marked: string, nth = 0): number => {
    const bar = marked.indexOf('|');
    const needle = marked.slice(0, bar) + marked.slice(bar + 1);
    let from = -1;
    for (let i = 0; i <= nth; i++) {
      from = text.indexOf(needle, from + 1);
      assert.ok(from >= 0, `"${needle}" (occurrence ${nth + 1}) is not in the text`);
    }
    return from + bar;
  };
  const shown = (location: Location): string => {
    assert.equal(location.uri, document.uri);
    const { start, end } = location.range;
    return `${start.line}:${start.character}-${end.line}:${end.character} ${document.getText(location.range)}`;
  };
  return {
    definition: (marked: string, nth = 0): string | null => {
      const location = definitionAt(analysis, document, at(marked, nth));
      return location && shown(location);
    },
    references: (marked: string, includeDeclaration: boolean, nth = 0): string[] =>
      referencesAt(analysis, document, at(marked, nth), includeDeclaration).map(shown),
  };
}

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env:
    Type: String
Mappings:
  RegionMap:
    us-east-1:
      Ami: ami-0abcdef1234567890
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsNotProd: !Not [!Condition IsProd]
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Condition: IsProd
    Properties:
      BucketName: !Sub '\${Env}-\${AWS::Region}-logs'
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    DependsOn: [Logs]
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: s3:*
            Resource: [!GetAtt Logs.Arn, !Sub '\${Logs.Arn}/*']
            Condition:
              Bool:
                aws:SecureTransport: 'false'
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !FindInMap [RegionMap, !Ref 'AWS::Region', Ami]
      Tags:
        - Key: Name
          Value: !If [IsProd, !Sub ['\${Prefix}-server-\${Prefix}', { Prefix: !Ref Env }], !GetAtt [Logs, Arn]]
Outputs:
  LogsArn:
    Condition: IsNotProd
    Value: !GetAtt Logs.Arn
`;

const JSON_TEMPLATE = `{
  "Parameters": { "Env": { "Type": "String" } },
  "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },
  "Resources": {
    "Logs": { "Type": "AWS::S3::Bucket", "Condition": "IsProd" },
    "Topic": {
      "Type": "AWS::SNS::Topic",
      "DependsOn": "Logs",
      "Properties": {
        "TopicName": { "Fn::Sub": "\${Env}-\${Logs}" },
        "DisplayName": { "Fn::If": ["IsProd", { "Fn::GetAtt": ["Logs", "Arn"] }, { "Fn::GetAtt": "Logs.DomainName" }] }
      }
    }
  },
  "Outputs": { "Region": { "Value": { "Ref": "AWS::Region" } }, "Other": { "Value": { "Ref": "Missing" } } }
}
`;

describe('go to definition in a YAML template', () => {
  const nav = navigator(YAML, 'template.yaml');

  it('goes from a Ref to the parameter or resource', () => {
    assert.equal(nav.definition('!Ref |Env, prod'), '2:2-2:5 Env');
    assert.equal(nav.definition('!Ref Env|, prod'), '2:2-2:5 Env');
    assert.equal(nav.definition('Bucket: !Ref Lo|gs'), '12:2-12:6 Logs');
  });

  it('goes from a Fn::Sub variable, with or without an attribute', () => {
    assert.equal(nav.definition("'${E|nv}-"), '2:2-2:5 Env');
    assert.equal(nav.definition("'${|Logs.Arn}/*'"), '12:2-12:6 Logs');
    assert.equal(nav.definition("'${Logs.A|rn}/*'"), '12:2-12:6 Logs');
  });

  it('goes from a GetAtt in its string and list forms, from the name or the attribute', () => {
    assert.equal(nav.definition('[!GetAtt |Logs.Arn'), '12:2-12:6 Logs');
    assert.equal(nav.definition('[!GetAtt Logs.|Arn'), '12:2-12:6 Logs');
    assert.equal(nav.definition('!GetAtt [L|ogs, Arn]'), '12:2-12:6 Logs');
    assert.equal(nav.definition('Value: !GetAtt Logs|.Arn'), '12:2-12:6 Logs');
  });

  it('goes from a DependsOn entry to the resource', () => {
    assert.equal(nav.definition('DependsOn: [|Logs]'), '12:2-12:6 Logs');
  });

  it('goes from each kind of condition name to the condition', () => {
    assert.equal(nav.definition('Condition: Is|Prod'), '9:2-9:8 IsProd');
    assert.equal(nav.definition('!If [|IsProd'), '9:2-9:8 IsProd');
    assert.equal(nav.definition('!Condition IsProd|'), '9:2-9:8 IsProd');
    assert.equal(nav.definition('Condition: |IsNotProd'), '10:2-10:11 IsNotProd');
  });

  it('goes from a FindInMap map name to the mapping', () => {
    assert.equal(nav.definition('!FindInMap [Region|Map'), '5:2-5:11 RegionMap');
  });

  it('goes from a Fn::Sub variable of the call’s own map to its key there', () => {
    assert.equal(nav.definition("['${Pre|fix}-server"), '37:68-37:74 Prefix');
    assert.equal(nav.definition('-server-${|Prefix}'), '37:68-37:74 Prefix');
  });

  it('answers a definition key with itself', () => {
    assert.equal(nav.definition('  Lo|gs:'), '12:2-12:6 Logs');
    assert.equal(nav.definition('  |IsNotProd:'), '10:2-10:11 IsNotProd');
  });

  it('has no definition for pseudo parameters, plain values or a GetAtt target missing its dot', () => {
    assert.equal(nav.definition('${AWS::Re|gion}'), null);
    assert.equal(nav.definition("!Ref 'AWS::|Region'"), null);
    assert.equal(nav.definition('Type: AWS::S3::|Bucket'), null);
    assert.equal(nav.definition('aws:Secure|Transport'), null);
  });
});

describe('find references in a YAML template', () => {
  const nav = navigator(YAML, 'template.yaml');
  const LOGS_USES = [
    '19:16-19:20 Logs',
    '21:19-21:23 Logs',
    '27:31-27:35 Logs',
    '27:49-27:53 Logs',
    '37:98-37:102 Logs',
    '41:19-41:23 Logs',
  ];

  it('finds every Ref, Sub variable, GetAtt and DependsOn of a resource, from its key or from any use', () => {
    assert.deepEqual(nav.references('  |Logs:', true), ['12:2-12:6 Logs', ...LOGS_USES]);
    assert.deepEqual(nav.references('  |Logs:', false), LOGS_USES);
    assert.deepEqual(nav.references("'${Logs|.Arn}/*'", false), LOGS_USES);
    assert.deepEqual(nav.references('DependsOn: [Logs|]', true), ['12:2-12:6 Logs', ...LOGS_USES]);
  });

  it('finds the uses of a parameter in Refs and Sub variables, in conditions and resources', () => {
    assert.deepEqual(nav.references('{ Prefix: !Ref |Env }', true), [
      '2:2-2:5 Env',
      '9:24-9:27 Env',
      '16:26-16:29 Env',
      '37:81-37:84 Env',
    ]);
  });

  it('finds the uses of a condition: resource and output attributes, Fn::If, Condition', () => {
    assert.deepEqual(nav.references('  IsProd|:', true), [
      '9:2-9:8 IsProd',
      '10:30-10:36 IsProd',
      '14:15-14:21 IsProd',
      '37:22-37:28 IsProd',
    ]);
    assert.deepEqual(nav.references('Condition: |IsNotProd', true), ['10:2-10:11 IsNotProd', '40:15-40:24 IsNotProd']);
  });

  it('finds the uses of a mapping', () => {
    assert.deepEqual(nav.references('  |RegionMap:', false), ['34:27-34:36 RegionMap']);
    assert.deepEqual(nav.references('[|RegionMap,', true), ['5:2-5:11 RegionMap', '34:27-34:36 RegionMap']);
  });

  it('finds the uses of a pseudo parameter, which has no declaration', () => {
    assert.deepEqual(nav.references('${AWS::|Region}', true), ['16:33-16:44 AWS::Region', '34:44-34:55 AWS::Region']);
  });

  it('finds the uses of a Fn::Sub map variable in its own string only', () => {
    assert.deepEqual(nav.references('{ |Prefix: !Ref', true), [
      '37:39-37:45 Prefix',
      '37:56-37:62 Prefix',
      '37:68-37:74 Prefix',
    ]);
    assert.deepEqual(nav.references("['${|Prefix}", false), ['37:39-37:45 Prefix', '37:56-37:62 Prefix']);
  });

  it('finds nothing where no name stands', () => {
    assert.deepEqual(nav.references('Type: AWS::EC2::|Instance', true), []);
  });
});

describe('navigation in a JSON template', () => {
  const nav = navigator(JSON_TEMPLATE, 'template.json');

  it('goes to the key without its quotes, from Ref, Sub, DependsOn, GetAtt in both forms and conditions', () => {
    assert.equal(nav.definition('{ "Ref": "|Env" }'), '1:19-1:22 Env');
    assert.equal(nav.definition('"${Env}-${|Logs}"'), '4:5-4:9 Logs');
    assert.equal(nav.definition('"DependsOn": "Lo|gs"'), '4:5-4:9 Logs');
    assert.equal(nav.definition('["|Logs", "Arn"]'), '4:5-4:9 Logs');
    assert.equal(nav.definition('["Logs", "A|rn"]'), '4:5-4:9 Logs');
    assert.equal(nav.definition('"Fn::GetAtt": "Logs.|DomainName"'), '4:5-4:9 Logs');
    assert.equal(nav.definition('"Fn::If": ["|IsProd"'), '2:19-2:25 IsProd');
    assert.equal(nav.definition('"Condition": "IsProd|"'), '2:19-2:25 IsProd');
  });

  it('has no definition for a pseudo parameter or a name the template does not define', () => {
    assert.equal(nav.definition('"Ref": "AWS::|Region"'), null);
    assert.equal(nav.definition('"Ref": "Miss|ing"'), null);
  });

  it('finds references from a quoted key and from uses', () => {
    assert.deepEqual(nav.references('"|Logs": {', true), [
      '4:5-4:9 Logs',
      '7:20-7:24 Logs',
      '9:44-9:48 Logs',
      '10:64-10:68 Logs',
      '10:98-10:102 Logs',
    ]);
    assert.deepEqual(nav.references('"Condition": "|IsProd"', false), ['4:55-4:61 IsProd', '10:37-10:43 IsProd']);
    assert.deepEqual(nav.references('"Condition": "|IsProd"', true), [
      '2:19-2:25 IsProd',
      '4:55-4:61 IsProd',
      '10:37-10:43 IsProd',
    ]);
    assert.deepEqual(nav.references('"|Env": {', true), ['1:19-1:22 Env', '2:55-2:58 Env', '9:37-9:40 Env']);
    assert.deepEqual(nav.references('"Ref": "|Missing"', true), ['14:94-14:101 Missing']);
  });
});

describe('navigation outside templates', () => {
  it('gives nothing in a standalone policy', () => {
    const text =
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
    const nav = navigator(text, 'read.policy.json');
    assert.equal(nav.definition('"s3:Get|Object"'), null);
    assert.deepEqual(nav.references('"s3:Get|Object"', true), []);
    assert.equal(nav.definition('"|Version"'), null);
  });
});
