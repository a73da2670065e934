import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItem, CompletionList, InsertTextFormat, MarkupContent, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getCatalog } from '../../../server/src/catalog/load';
import { getCfnSpec } from '../../../server/src/cfn/spec/load';
import { completionListAt, completionsAt, computeCompletions } from '../../../server/src/features/completion';
import { cursorAt } from '../../../server/src/features/cursor';
import { readDocumentSettings } from '../../../server/src/features/settings';
import { snippetOf } from '../../../server/src/features/completion/text';
import { KNOWN_REGIONS } from '../../../server/src/rules/resources/regions';

const catalog = getCatalog();
const spec = getCfnSpec();
const settings = readDocumentSettings({});

interface Completion {
  document: TextDocument;
  list: CompletionList;
  labels: string[];
  item(label: string): CompletionItem;
  /** The text after the item of that label is accepted, its snippet stops filled with their defaults. */
  apply(label: string): string;
}

/** Completes at the `|` (or `marker`) of the text, in a document of that name. */
function complete(marked: string, name = 'app.policy.json', marker = '|'): Completion {
  const offset = marked.indexOf(marker);
  assert.ok(offset >= 0, 'no cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const languageId = /\.ya?ml$/.test(name) ? 'yaml' : 'json';
  const document = TextDocument.create(`file:///w/${name}`, languageId, 1, text);
  const list = completionListAt(cursorAt(document, offset, settings), catalog, spec);
  const labels = list.items.map((i) => i.label);
  const item = (label: string) => {
    const found = list.items.find((i) => i.label === label);
    assert.ok(found, `no item ${label} among ${JSON.stringify(labels.slice(0, 40))}`);
    return found;
  };
  return { document, list, labels, item, apply: (label) => applied(document, item(label)) };
}

function applied(document: TextDocument, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const newText = item.insertTextFormat === InsertTextFormat.Snippet ? expand(edit.newText) : edit.newText;
  return TextDocument.applyEdits(document, [{ range: edit.range, newText }, ...(item.additionalTextEdits ?? [])]);
}

/** A snippet as the editor inserts it when each stop is left at its default. */
function expand(snippet: string): string {
  let out = '';
  let i = 0;
  const readUntil = (close: string): string => {
    let inner = '';
    while (i < snippet.length && !snippet.startsWith(close, i)) {
      if (snippet[i] === '\\') {
        inner += snippet[i + 1];
        i += 2;
      } else if (snippet.startsWith('${', i)) {
        inner += readStop();
      } else inner += snippet[i++];
    }
    i += close.length;
    return inner;
  };
  const readStop = (): string => {
    i += 2;
    while (/\d/.test(snippet[i])) i++;
    if (snippet[i] === '}') {
      i++;
      return '';
    }
    if (snippet[i] === ':') {
      i++;
      return readUntil('}');
    }
    i++;
    return readUntil('|}').split(',')[0];
  };
  while (i < snippet.length) {
    if (snippet[i] === '\\') {
      out += snippet[i + 1];
      i += 2;
    } else if (snippet.startsWith('${', i)) {
      out += readStop();
    } else if (snippet[i] === '$' && /\d/.test(snippet[i + 1])) {
      i += 2;
    } else out += snippet[i++];
  }
  return out;
}

const docOf = (item: CompletionItem) => (item.documentation as MarkupContent | undefined)?.value;

describe('completion: policy elements', () => {
  it('offers the top-level keys of an empty policy, Version first with its value', () => {
    const c = complete('{"|"}');
    assert.deepEqual(c.labels, ['Version', 'Id', 'Statement']);
    assert.equal(c.apply('Version'), '{"Version": "2012-10-17"}');
  });

  it('leaves out the keys already there, and writes a statement list', () => {
    const c = complete('{"Version": "2012-10-17", "|"}');
    assert.deepEqual(c.labels, ['Id', 'Statement']);
    assert.equal(c.apply('Statement'), '{"Version": "2012-10-17", "Statement": [{}]}');
    assert.equal(c.item('Statement').textEdit!.newText, 'Statement": [{$0\\}]');
  });

  it('completes a key typed without its closing quote at the end of the document', () => {
    assert.equal(complete('{"Ve|', 'policy.json').apply('Version'), '{"Version": "2012-10-17"');
  });

  it('adds a comma when another property follows the inserted key', () => {
    assert.equal(
      complete('{"Version": "2012-10-17", |"Statement": []}').apply('Id'),
      '{"Version": "2012-10-17", "Id": "","Statement": []}',
    );
  });

  it('adds the missing comma after the value before a key typed on a new line', () => {
    const text = '{\n  "Version": "2012-10-17"\n  |\n}';
    const c = complete(text);
    assert.deepEqual(c.labels, ['Id', 'Statement']);
    assert.equal(c.apply('Statement'), '{\n  "Version": "2012-10-17",\n  "Statement": [{}]\n}');
  });

  it('offers a whole statement in a JSON Statement list, by kind', () => {
    const c = complete('{"Version": "2012-10-17", "Statement": [|]}');
    assert.deepEqual(c.labels, ['New statement']);
    assert.equal(
      c.item('New statement').textEdit!.newText,
      '{"Effect": "${1|Allow,Deny|}", "Action": "${2:}", "Resource": "${3:*}"\\}',
    );
    assert.equal(
      c.apply('New statement'),
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "", "Resource": "*"}]}',
    );
    const trust = complete('{"Version": "2012-10-17", "Statement": |}', 'r.trust-policy.json');
    assert.equal(
      trust.apply('New statement'),
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
    );
  });

  it('offers no Principal in an identity policy named as one', () => {
    const c = complete('{"Statement": [{"Effect": "Allow", "|"}]}');
    assert.deepEqual(c.labels, ['Sid', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
    assert.equal(c.item('Action').detail, 'Statement element · identity policy');
  });

  it('offers Principal in a bucket policy, and not NotAction once Action is there', () => {
    const c = complete(
      '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "|"}]}',
      'site.bucket-policy.json',
    );
    assert.deepEqual(c.labels, ['Sid', 'Principal', 'NotPrincipal', 'Resource', 'NotResource', 'Condition']);
    assert.equal(
      c.apply('Principal'),
      '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Principal": {}}]}',
    );
  });

  it('offers no Resource in a trust policy', () => {
    const c = complete('{"Statement": [{"Effect": "Allow", "|"}]}', 'role.trust-policy.json');
    assert.deepEqual(c.labels, ['Sid', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Condition']);
  });

  it('offers every element when the kind is only guessed from the content', () => {
    const c = complete('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "|"}]}', 'policy.json');
    assert.ok(c.labels.includes('Principal'));
    assert.ok(c.labels.includes('Resource'));
  });

  it('completes a half-typed key with no colon, quoted or bare', () => {
    assert.equal(
      complete('{"Statement": [{"Effect": "Allow", "Ac|"}]}').apply('Action'),
      '{"Statement": [{"Effect": "Allow", "Action": ""}]}',
    );
    assert.equal(
      complete('{"Statement": [{"Effect": "Allow", Ac|}]}').apply('Action'),
      '{"Statement": [{"Effect": "Allow", "Action": ""}]}',
    );
  });

  it('replaces only the key when its colon is there', () => {
    assert.equal(
      complete('{"Statement": [{"Eff|": "Allow"}]}').apply('Effect'),
      '{"Statement": [{"Effect": "Allow"}]}',
    );
  });

  it('writes Effect as a choice of Allow and Deny', () => {
    const c = complete('{"Statement": [{"|"}]}');
    assert.equal(c.item('Effect').textEdit!.newText, 'Effect": "${1|Allow,Deny|}"');
    assert.equal(c.apply('Effect'), '{"Statement": [{"Effect": "Allow"}]}');
  });

  it('offers the values of Version and Effect', () => {
    const version = complete('{"Version": "|"}');
    assert.deepEqual(version.labels, ['2012-10-17', '2008-10-17']);
    assert.equal(version.apply('2012-10-17'), '{"Version": "2012-10-17"}');
    const effect = complete('{"Statement": [{"Effect": "|"}]}');
    assert.deepEqual(effect.labels, ['Allow', 'Deny']);
    assert.equal(effect.apply('Deny'), '{"Statement": [{"Effect": "Deny"}]}');
  });

  it('completes statement keys in a YAML template policy, on a new line and after a dash', () => {
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['Sid', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Condition']);
    assert.equal(c.apply('Principal'), text.replace('|', 'Principal:\n              '));
    const dashed = complete(
      text.replace('Effect: Allow\n            |', 'Effect: Allow\n          - Eff|'),
      'template.yaml',
    );
    assert.equal(dashed.labels[1], 'Effect');
    assert.ok(dashed.apply('Effect').endsWith('          - Effect: Allow'));
  });

  it('keeps the line breaks of a CRLF document in what it inserts', () => {
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '        - Effect: Allow',
      '          |',
    ].join('\r\n');
    const c = complete(text, 'template.yaml');
    assert.equal(c.labels[1], 'Principal');
    assert.equal(c.apply('Principal'), text.replace('|', 'Principal:\r\n            '));
  });

  it('completes the policies of a SAM function', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Policies:',
      '        - Statement:',
      '            - Effect: Allow',
      '              Action: dynamodb:GetI|',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['dynamodb:GetItem', 'dynamodb:BatchGetItem']);
    const keys = complete(text.replace('- Statement:', '- |').split('\n').slice(0, 7).join('\n'), 'template.yaml');
    // A policy document's keys first; a policy may also be a managed policy's name or an intrinsic.
    assert.deepEqual(keys.labels.slice(0, 4), ['Version', 'Id', 'Statement', '!Ref']);
  });

  it('offers the top-level keys of an empty PolicyDocument in a template', () => {
    const text = [
      'Resources:',
      '  Policy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['Version', 'Id', 'Statement']);
    assert.equal(c.apply('Version'), text.replace('|', 'Version: 2012-10-17'));
    assert.equal(c.apply('Statement'), text.replace('|', 'Statement:\n          - '));
  });
});

describe('completion: actions', () => {
  it('offers the actions of a service after its prefix, with access level and description', () => {
    const c = complete('{"Statement": [{"Effect": "Allow", "Action": "s3:Get|"}]}');
    const item = c.item('s3:GetObject');
    assert.equal(item.detail, 'Read · s3:GetObject');
    assert.match(docOf(item) ?? '', /Grants permission to retrieve objects from Amazon S3/);
    assert.equal(c.apply('s3:GetObject'), '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}]}');
    assert.ok(c.labels.every((l) => l.startsWith('s3:Get')));
    assert.ok(!c.labels.includes('s3:PutObject'));
  });

  it('offers a wildcard with the number of actions it matches', () => {
    const c = complete('{"Statement": [{"Effect": "Allow", "Action": "s3:Get|"}]}');
    const count = catalog.matchActions('s3:Get*').length;
    assert.ok(count > 1);
    assert.equal(c.item('s3:Get*').detail, `matches ${count} actions`);
    assert.equal(c.labels[c.labels.length - 1], 's3:Get*');
  });

  it('offers the service prefixes with their names, common ones first, each ending in a colon', () => {
    const c = complete('{"Statement": [{"Effect": "Allow", "Action": "|"}]}');
    assert.deepEqual(c.labels.slice(0, 5), ['s3', 'iam', 'sts', 'ec2', 'lambda']);
    assert.equal(c.item('s3').detail, 'Amazon S3');
    assert.equal(c.apply('s3'), '{"Statement": [{"Effect": "Allow", "Action": "s3:"}]}');
    assert.equal(c.item('s3').command?.command, 'editor.action.triggerSuggest');
    assert.equal(c.list.isIncomplete, true);
  });

  it('filters the prefixes by what is typed', () => {
    const c = complete('{"Statement": [{"Effect": "Allow", "Action": "dynam|"}]}');
    // The prefix first, then the services whose name holds it (DAX is the DynamoDB Accelerator).
    assert.deepEqual(c.labels, ['dynamodb', 'dax']);
  });

  it('offers only S3 in a bucket policy', () => {
    const prefixes = complete('{"Statement": [{"Effect": "Allow", "Action": "|"}]}', 'site.bucket-policy.json');
    assert.deepEqual(prefixes.labels, ['s3', 's3express']);
    const actions = complete('{"Statement": [{"Effect": "Allow", "Action": "s3:Cre|"}]}', 'site.bucket-policy.json');
    assert.deepEqual(actions.labels, ['s3:CreateBucket', 's3:CreateBucketMetadataTableConfiguration', 's3:Create*']);
    const iam = complete('{"Statement": [{"Effect": "Allow", "Action": "iam:|"}]}', 'site.bucket-policy.json');
    assert.deepEqual(iam.labels, []);
  });

  it('offers only KMS in a key policy, and the trust actions in a trust policy', () => {
    assert.deepEqual(complete('{"Statement": [{"Action": "|"}]}', 'k.key-policy.json').labels, ['kms']);
    assert.deepEqual(complete('{"Statement": [{"Action": "sts:|"}]}', 'r.trust-policy.json').labels, [
      'sts:AssumeRole',
      'sts:AssumeRoleWithSAML',
      'sts:AssumeRoleWithWebIdentity',
      'sts:TagSession',
      'sts:SetSourceIdentity',
      'sts:SetContext',
    ]);
  });

  it('completes an item of an Action list', () => {
    const c = complete('{"Statement": [{"Action": ["s3:GetObject", "s3:PutObj|"]}]}');
    assert.equal(c.labels[0], 's3:PutObject');
    assert.equal(c.apply('s3:PutObject'), '{"Statement": [{"Action": ["s3:GetObject", "s3:PutObject"]}]}');
  });

  it('closes an unterminated string, and quotes a bare value', () => {
    assert.equal(
      complete('{"Statement": [{"Action": "s3:GetObj|\n}]}').apply('s3:GetObject'),
      '{"Statement": [{"Action": "s3:GetObject"\n}]}',
    );
    assert.equal(
      complete('{"Statement": [{"Action": s3:GetObj|}]}').apply('s3:GetObject'),
      '{"Statement": [{"Action": "s3:GetObject"}]}',
    );
  });

  it('caps a long list and says it is incomplete', () => {
    const c = complete('{"Statement": [{"Action": "ec2:|"}]}');
    assert.equal(c.list.isIncomplete, true);
    assert.equal(c.labels.filter((l) => !l.endsWith('*')).length, 200);
    assert.ok(c.labels.length <= 300);
    assert.ok(c.labels.includes('ec2:Describe*'));
  });

  it('completes actions in YAML: plain, in a block list, in a flow list', () => {
    const base = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
    ];
    const plain = [...base, '                Action: s3:GetObj|'].join('\n');
    assert.equal(complete(plain, 'template.yaml').apply('s3:GetObject'), plain.replace('GetObj|', 'GetObject'));
    const block = [...base, '                Action:', '                  - s3:|'].join('\n');
    const blockCompletion = complete(block, 'template.yaml');
    assert.equal(blockCompletion.labels[0], 's3:AbortMultipartUpload');
    assert.equal(blockCompletion.apply('s3:ListBucket'), block.replace('s3:|', 's3:ListBucket'));
    const flow = [...base, '                Action: [s3:GetObject, s3:Put|]'].join('\n');
    assert.equal(complete(flow, 'template.yaml').apply('s3:PutObject'), flow.replace('s3:Put|', 's3:PutObject'));
  });

  it('writes a service prefix unquoted in YAML, so that typing goes on', () => {
    const text = [
      'Resources:',
      '  Policy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['s3', 's3express']);
    assert.equal(c.apply('s3'), text.replace('|', 's3:'));
  });
});

describe('completion: resources', () => {
  it("offers the ARN formats of the statement's actions as snippets, then *", () => {
    const c = complete('{"Statement": [{"Action": "s3:GetObject", "Resource": "|"}]}');
    assert.deepEqual(c.labels, [
      'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}',
      'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
      '*',
    ]);
    const item = c.item('arn:${Partition}:s3:::${BucketName}/${ObjectName}');
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(item.textEdit!.newText, 'arn:${1:aws}:s3:::${2:BucketName}/${3:ObjectName}');
    assert.equal(
      c.apply('arn:${Partition}:s3:::${BucketName}/${ObjectName}'),
      '{"Statement": [{"Action": "s3:GetObject", "Resource": "arn:aws:s3:::BucketName/ObjectName"}]}',
    );
  });

  it('offers * first in a key policy', () => {
    const c = complete('{"Statement": [{"Action": "kms:Decrypt", "Resource": "|"}]}', 'k.key-policy.json');
    assert.equal(c.labels[0], '*');
    assert.equal(c.item('*').detail, 'This key');
  });

  it("offers a service's ARN formats once an ARN with its service is typed", () => {
    const c = complete('{"Statement": [{"Resource": "arn:aws:sqs:|"}]}');
    assert.deepEqual(c.labels, ['arn:${Partition}:sqs:${Region}:${Account}:${QueueName}', '*']);
    assert.equal(
      c.item('arn:${Partition}:sqs:${Region}:${Account}:${QueueName}').textEdit!.newText,
      'arn:${1:aws}:sqs:${2:Region}:${3:Account}:${4:QueueName}',
    );
  });

  const yamlPolicy = (resource: string) =>
    [
      'Resources:',
      '  MyBucket:',
      '    Type: AWS::S3::Bucket',
      '  MyQueue:',
      '    Type: AWS::SQS::Queue',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: [s3:GetObject, s3:ListBucket]',
      `                Resource: ${resource}`,
    ].join('\n');

  it("offers the template's resources whose ARN fits, as !GetAtt and !Sub", () => {
    const c = complete(yamlPolicy('|'), 'template.yaml');
    assert.deepEqual(c.labels.slice(0, 2), ['!GetAtt MyBucket.Arn', "!Sub '${MyBucket.Arn}/*'"]);
    assert.equal(c.item('!GetAtt MyBucket.Arn').detail, 'AWS::S3::Bucket · bucket');
    assert.equal(c.item("!Sub '${MyBucket.Arn}/*'").detail, 'AWS::S3::Bucket · object');
    assert.ok(!c.labels.some((l) => l.includes('MyQueue')));
    assert.equal(c.apply("!Sub '${MyBucket.Arn}/*'"), yamlPolicy("!Sub '${MyBucket.Arn}/*'"));
    assert.equal(c.apply('!GetAtt MyBucket.Arn'), yamlPolicy('!GetAtt MyBucket.Arn'));
    assert.ok(c.labels.includes('arn:${Partition}:s3:::${BucketName}'));
    assert.ok(c.labels.includes('!Ref'));
  });

  it('escapes the pseudo parameters of a !Sub ARN snippet', () => {
    const c = complete(yamlPolicy('|'), 'template.yaml');
    const item = c.item('!Sub arn:${AWS::Partition}:s3:::${BucketName}');
    assert.equal(item.textEdit!.newText, "!Sub 'arn:\\${AWS::Partition\\}:s3:::${1:BucketName}'");
    assert.equal(
      c.apply('!Sub arn:${AWS::Partition}:s3:::${BucketName}'),
      yamlPolicy("!Sub 'arn:${AWS::Partition}:s3:::BucketName'"),
    );
  });

  it('replaces a quoted YAML value by the whole !GetAtt', () => {
    const c = complete(yamlPolicy("'|'"), 'template.yaml');
    assert.equal(c.apply('!GetAtt MyBucket.Arn'), yamlPolicy('!GetAtt MyBucket.Arn'));
  });

  it('writes the long forms in a JSON template, in place of the string', () => {
    const text =
      '{"Resources": {"MyBucket": {"Type": "AWS::S3::Bucket"}, "P": {"Type": "AWS::S3::BucketPolicy", "Properties": ' +
      '{"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "|"}]}}}}}';
    const c = complete(text, 'template.json');
    assert.equal(c.labels[0], '{"Fn::Sub": "${MyBucket.Arn}/*"}');
    assert.equal(c.apply('{"Fn::Sub": "${MyBucket.Arn}/*"}'), text.replace('"|"', '{"Fn::Sub": "${MyBucket.Arn}/*"}'));
  });
});

describe('completion: conditions', () => {
  const statement = (condition: string, action = 's3:PutObject') =>
    `{"Statement": [{"Effect": "Allow", "Action": "${action}", "Resource": "*", "Condition": ${condition}}]}`;

  it('offers the operators, plain first, then IfExists, then the set operators', () => {
    const c = complete(statement('{"|"}'));
    assert.deepEqual(c.labels.slice(0, 6), [
      'StringEquals',
      'StringNotEquals',
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
      'StringLike',
      'StringNotLike',
    ]);
    assert.equal(c.labels[27], 'StringEqualsIfExists');
    for (const name of ['Null', 'ForAnyValue:StringLike', 'ForAllValues:StringEqualsIfExists', 'ArnLikeIfExists']) {
      assert.ok(c.labels.includes(name), name);
    }
    assert.ok(!c.labels.includes('NullIfExists'));
    assert.equal(c.labels.length, 159);
    assert.equal(c.item('Bool').detail, 'Bool operator');
    assert.equal(c.apply('StringEquals'), statement('{"StringEquals": {}}'));
  });

  it('leaves out the operators already there', () => {
    const c = complete(statement('{"Bool": {"aws:SecureTransport": "true"}, "|"}'));
    assert.ok(!c.labels.includes('Bool'));
    assert.equal(c.labels[0], 'StringEquals');
  });

  it("offers the keys of the statement's actions and the global keys, with their types", () => {
    const c = complete(statement('{"StringEquals": {"|"}}'));
    assert.equal(c.item('s3:x-amz-server-side-encryption').detail, 'String · s3');
    assert.equal(c.item('aws:SourceIp').detail, 'IPAddress · global');
    assert.ok(!c.labels.includes('ec2:Region'));
    assert.ok(c.labels.indexOf('s3:x-amz-acl') < c.labels.indexOf('aws:PrincipalAccount'));
    assert.equal(
      c.apply('s3:x-amz-server-side-encryption'),
      statement('{"StringEquals": {"s3:x-amz-server-side-encryption": ""}}'),
    );
  });

  it('offers the keys that suit the operator first', () => {
    const c = complete(statement('{"Bool": {"|"}}'));
    assert.deepEqual(c.labels.slice(0, 3), ['s3:ObjectCreationOperation', 'aws:AssumedRoot', 'aws:IsMcpServiceAction']);
    assert.equal(c.item('aws:SecureTransport').detail, 'Bool · global');
  });

  it('writes a key with a variable part as a snippet', () => {
    const c = complete(statement('{"StringEquals": {"aws:RequestTag|"}}'));
    assert.deepEqual(c.labels, ['aws:RequestTag/${TagKey}']);
    assert.equal(c.item('aws:RequestTag/${TagKey}').textEdit!.newText, 'aws:RequestTag/${1:TagKey}": "$0"');
  });

  it('offers the values of enumerable keys', () => {
    const secure = complete(statement('{"Bool": {"aws:SecureTransport": "|"}}', 's3:*'));
    assert.deepEqual(secure.labels, ['true', 'false']);
    assert.equal(secure.apply('false'), statement('{"Bool": {"aws:SecureTransport": "false"}}', 's3:*'));
    const sse = complete(statement('{"StringNotEquals": {"s3:x-amz-server-side-encryption": "|"}}'));
    assert.deepEqual(sse.labels, ['AES256', 'aws:kms', 'aws:kms:dsse']);
    const regions = complete(statement('{"StringEquals": {"aws:RequestedRegion": ["eu-west-1", "|"]}}'));
    assert.equal(regions.labels.length, KNOWN_REGIONS.length);
    assert.equal(regions.labels[0], 'us-east-1');
    assert.equal(
      regions.apply('eu-central-1'),
      statement('{"StringEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}}'),
    );
    const passed = complete(statement('{"StringEquals": {"iam:PassedToService": "|"}}', 'iam:PassRole'));
    assert.equal(passed.labels[0], 'lambda.amazonaws.com');
    assert.deepEqual(complete(statement('{"Null": {"aws:TokenIssueTime": "|"}}')).labels, ['true', 'false']);
  });

  it('writes a Boolean value bare in YAML', () => {
    const text = [
      'Resources:',
      '  Policy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Deny',
      "            Principal: '*'",
      '            Action: s3:*',
      '            Condition:',
      '              Bool:',
      '                aws:SecureTransport: |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['true', 'false']);
    assert.equal(c.apply('false'), text.replace('|', 'false'));
  });

  it('completes an operator and a key on new YAML lines', () => {
    const text = [
      'Resources:',
      '  Policy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Deny',
      '            Action: s3:PutObject',
      '            Condition:',
      '              |',
    ].join('\n');
    const operators = complete(text, 'template.yaml');
    assert.equal(operators.labels[0], 'StringEquals');
    assert.equal(operators.apply('StringNotEquals'), text.replace('|', 'StringNotEquals:\n                '));
    const keys = complete(
      text.replace('|', 'StringNotEquals:\n                s3:x-amz-server-side-en|'),
      'template.yaml',
    );
    assert.equal(keys.labels[0], 's3:x-amz-server-side-encryption');
    assert.ok(
      keys
        .apply('s3:x-amz-server-side-encryption')
        .endsWith('StringNotEquals:\n                s3:x-amz-server-side-encryption: '),
    );
  });
});

describe('completion: principals', () => {
  it('offers the principal keys, and no CanonicalUser in a trust policy', () => {
    const bucket = complete('{"Statement": [{"Effect": "Allow", "Principal": {"|"}}]}', 'b.bucket-policy.json');
    assert.deepEqual(bucket.labels, ['AWS', 'Service', 'Federated', 'CanonicalUser']);
    assert.equal(bucket.apply('Service'), '{"Statement": [{"Effect": "Allow", "Principal": {"Service": ""}}]}');
    const trust = complete(
      '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*", "|"}}]}',
      'r.trust-policy.json',
    );
    assert.deepEqual(trust.labels, ['Service', 'Federated']);
  });

  it('offers service principals', () => {
    const c = complete('{"Statement": [{"Principal": {"Service": "lam|"}}]}', 'r.trust-policy.json');
    assert.equal(c.labels[0], 'lambda.amazonaws.com');
    assert.equal(c.item('lambda.amazonaws.com').detail, 'AWS Lambda');
    assert.equal(
      c.apply('lambda.amazonaws.com'),
      '{"Statement": [{"Principal": {"Service": "lambda.amazonaws.com"}}]}',
    );
  });

  it('offers service principals in a YAML trust policy', () => {
    const text = [
      'Resources:',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal:',
      '              Service: |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels.slice(0, 3), ['lambda.amazonaws.com', 'ec2.amazonaws.com', 'ecs-tasks.amazonaws.com']);
    assert.equal(c.apply('ecs-tasks.amazonaws.com'), text.replace('|', 'ecs-tasks.amazonaws.com'));
    const flow = text.replace('Principal:\n              Service: |', 'Principal: {Service: sta|}');
    assert.equal(
      complete(flow, 'template.yaml').apply('states.amazonaws.com'),
      flow.replace('sta|', 'states.amazonaws.com'),
    );
  });

  it('offers account ARNs as snippets, and the stack account in a template', () => {
    const c = complete('{"Statement": [{"Principal": {"AWS": "|"}}]}', 'b.bucket-policy.json');
    assert.equal(c.labels[0], 'arn:aws:iam::123456789012:root');
    assert.equal(
      c.item('arn:aws:iam::123456789012:root').textEdit!.newText,
      'arn:${2:aws}:iam::${1:123456789012}:root',
    );
    const text = [
      'Resources:',
      '  Other:',
      '    Type: AWS::IAM::Role',
      '  Key:',
      '    Type: AWS::KMS::Key',
      '    Properties:',
      '      KeyPolicy:',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal:',
      '              AWS: |',
    ].join('\n');
    const yaml = complete(text, 'template.yaml');
    assert.deepEqual(yaml.labels.slice(0, 2), [
      "!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'",
      '!GetAtt Other.Arn',
    ]);
    assert.equal(yaml.apply('!GetAtt Other.Arn'), text.replace('|', '!GetAtt Other.Arn'));
  });

  it('offers * for a Principal string, quoted in YAML', () => {
    assert.deepEqual(complete('{"Statement": [{"Principal": "|"}]}', 'b.bucket-policy.json').labels, ['*']);
    const text = [
      'Resources:',
      '  Policy:',
      '    Type: AWS::SQS::QueuePolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Principal: |',
    ].join('\n');
    assert.equal(complete(text, 'template.yaml').apply('*'), text.replace('|', "'*'"));
  });
});

describe('completion: CloudFormation', () => {
  it('offers resource types after Type, with their documentation', () => {
    const text = 'Resources:\n  MyBucket:\n    Type: AWS::S3::Buck|\n';
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy']);
    assert.equal(docOf(c.item('AWS::S3::Bucket')), spec.resourceType('AWS::S3::Bucket')!.doc);
    assert.equal(c.apply('AWS::S3::Bucket'), 'Resources:\n  MyBucket:\n    Type: AWS::S3::Bucket\n');
    const json = complete('{"Resources": {"MyBucket": {"Type": "AWS::SQS::Q|"}}}', 'template.json');
    assert.deepEqual(json.labels, ['AWS::SQS::Queue', 'AWS::SQS::QueueInlinePolicy', 'AWS::SQS::QueuePolicy']);
  });

  it('offers the namespaces while nothing narrows the types', () => {
    const c = complete('Resources:\n  MyBucket:\n    Type: |\n', 'template.yaml');
    assert.equal(c.list.isIncomplete, true);
    assert.ok(c.labels.every((l) => l.endsWith('::')));
    assert.equal(c.apply('AWS::S3::'), 'Resources:\n  MyBucket:\n    Type: AWS::S3::\n');
    assert.equal(c.item('AWS::S3::').command?.command, 'editor.action.triggerSuggest');
  });

  it('offers the properties of the type, required first, those present left out', () => {
    const text = 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      |\n';
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, [
      'AssumeRolePolicyDocument',
      'Description',
      'ManagedPolicyArns',
      'MaxSessionDuration',
      'Path',
      'PermissionsBoundary',
      'Policies',
      'RoleName',
      'Tags',
    ]);
    assert.equal(c.item('AssumeRolePolicyDocument').detail, 'Required · Json | String');
    assert.equal(c.apply('AssumeRolePolicyDocument'), text.replace('|', 'AssumeRolePolicyDocument:\n        '));
    assert.equal(c.apply('Policies'), text.replace('|', 'Policies:\n        - '));
    assert.equal(c.apply('RoleName'), text.replace('|', 'RoleName: '));
    const present = complete(text.replace('|', 'RoleName: r\n      |'), 'template.yaml');
    assert.ok(!present.labels.includes('RoleName'));
    assert.equal(present.labels[0], 'AssumeRolePolicyDocument');
  });

  it('reads a key typed below Properties, which YAML reads as its value', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketN|\n';
    const c = complete(text, 'template.yaml');
    assert.ok(c.labels.includes('BucketName'));
    assert.equal(c.apply('BucketName'), text.replace('BucketN|', 'BucketName: '));
  });

  it('completes property keys in JSON', () => {
    const text = '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "b", "|"}}}}';
    const c = complete(text, 'template.json');
    assert.ok(!c.labels.includes('BucketName'));
    assert.equal(c.apply('Tags'), text.replace('"|"', '"Tags": [{}]'));
    assert.equal(c.apply('VersioningConfiguration'), text.replace('"|"', '"VersioningConfiguration": {}'));
  });

  it('offers the properties of a nested type by the path below Properties', () => {
    const nested = complete(
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        |\n',
      'template.yaml',
    );
    assert.equal(nested.labels[0], 'ServerSideEncryptionConfiguration');
    assert.equal(
      nested.item('ServerSideEncryptionConfiguration').detail,
      'Required · List of ServerSideEncryptionRule',
    );
    const tags = complete(
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - |\n',
      'template.yaml',
    );
    assert.deepEqual(tags.labels.slice(0, 2), ['Key', 'Value']);
    const policy = complete(
      'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      Policies:\n        - |\n',
      'template.yaml',
    );
    assert.deepEqual(policy.labels.slice(0, 2), ['PolicyDocument', 'PolicyName']);
  });

  it('offers the values of an enumerated or Boolean property', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: |\n';
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels.slice(0, 8), [
      'AuthenticatedRead',
      'AwsExecRead',
      'BucketOwnerFullControl',
      'BucketOwnerRead',
      'LogDeliveryWrite',
      'Private',
      'PublicRead',
      'PublicReadWrite',
    ]);
    assert.equal(c.labels[8], '!Ref');
    assert.equal(c.apply('Private'), text.replace('|', 'Private'));
    const bool = complete(text.replace('AccessControl', 'ObjectLockEnabled'), 'template.yaml');
    assert.deepEqual(bool.labels.slice(0, 2), ['true', 'false']);
    assert.equal(bool.apply('true'), text.replace('AccessControl: |', 'ObjectLockEnabled: true'));
  });

  it('offers the attributes after !GetAtt Name.', () => {
    const text = [
      'Resources:',
      '  MyBucket:',
      '    Type: AWS::S3::Bucket',
      '  Q:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: !GetAtt MyBucket.|',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels.slice(0, 5), [
      'Arn',
      'DomainName',
      'DualStackDomainName',
      'RegionalDomainName',
      'WebsiteURL',
    ]);
    assert.equal(c.apply('DomainName'), text.replace('MyBucket.|', 'MyBucket.DomainName'));
    const names = complete(text.replace('MyBucket.|', '|'), 'template.yaml');
    assert.deepEqual(names.labels, ['MyBucket']);
    assert.equal(names.apply('MyBucket'), text.replace('MyBucket.|', 'MyBucket.'));
    const list = complete(text.replace('!GetAtt MyBucket.|', '\n        Fn::GetAtt: [MyBucket, |]'), 'template.yaml');
    assert.equal(list.labels[0], 'Arn');
    const json = complete(
      '{"Resources": {"MyBucket": {"Type": "AWS::S3::Bucket"}, "Q": {"Type": "AWS::SQS::Queue", "Properties": ' +
        '{"QueueName": {"Fn::GetAtt": ["MyBucket", "|"]}}}}}',
      'template.json',
    );
    assert.equal(json.labels[1], 'DomainName');
  });

  it('offers parameters, other resources and pseudo parameters after !Ref', () => {
    const text = [
      'Parameters:',
      '  Env:',
      '    Type: String',
      'Resources:',
      '  MyBucket:',
      '    Type: AWS::S3::Bucket',
      '  MyQueue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: !Ref |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels.slice(0, 3), ['Env', 'MyBucket', 'AWS::AccountId']);
    assert.ok(!c.labels.includes('MyQueue'));
    assert.equal(c.item('Env').detail, 'Parameter · String');
    assert.equal(c.apply('AWS::Region'), text.replace('|', 'AWS::Region'));
    const json = complete(
      '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Ref": "AWS::R|"}}}}}',
      'template.json',
    );
    assert.deepEqual(json.labels, ['AWS::Region']);
  });

  it('offers ${} targets inside !Sub, attributes after a dot, and closes the brace', () => {
    const text = [
      'Resources:',
      '  MyBucket:',
      '    Type: AWS::S3::Bucket',
      '  MyQueue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      "      QueueName: !Sub '${|}-queue'",
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels.slice(0, 4), ['MyBucket', 'MyBucket.Arn', 'MyQueue', 'MyQueue.Arn']);
    assert.equal(c.apply('AWS::StackName'), text.replace('|', 'AWS::StackName'));
    const attributes = complete(text.replace('${|}', '${MyBucket.D|}'), 'template.yaml');
    assert.deepEqual(attributes.labels.slice(0, 2), ['MyBucket.Arn', 'MyBucket.DomainName']);
    const open = complete(text.replace("'${|}-queue'", "'${MyB|'"), 'template.yaml');
    assert.equal(open.apply('MyBucket'), text.replace("'${|}-queue'", "'${MyBucket}'"));
    assert.deepEqual(complete(text.replace("'${|}-queue'", "'x-|'"), 'template.yaml').labels, []);
  });

  it('offers the intrinsic functions: tags in YAML, long forms in JSON', () => {
    const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Su|\n';
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['!Sub']);
    assert.equal(c.apply('!Sub'), text.replace('!Su|', "!Sub ''"));
    const json = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"|"}}}}}';
    const keys = complete(json, 'template.json');
    assert.deepEqual(keys.labels.slice(0, 3), ['Ref', 'Fn::Sub', 'Fn::GetAtt']);
    assert.equal(keys.apply('Fn::Join'), json.replace('"|"', '"Fn::Join": ["", []]'));
    const bare = complete(json.replace('{"|"}', '|'), 'template.json');
    assert.equal(bare.apply('Fn::Sub'), json.replace('{"|"}', '{"Fn::Sub": ""}'));
  });

  it('offers condition names where a condition goes', () => {
    const text = [
      'Conditions:',
      '  IsProd: !Equals [!Ref Env, prod]',
      '  IsDev: !Not [!Condition IsProd]',
      'Resources:',
      '  Q:',
      '    Type: AWS::SQS::Queue',
      '    Condition: |',
    ].join('\n');
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, ['IsProd', 'IsDev']);
    const inIf = text.replace('Condition: |', 'Properties:\n      QueueName: !If [IsD|, a, b]');
    assert.equal(complete(inIf, 'template.yaml').apply('IsDev'), inIf.replace('IsD|', 'IsDev'));
    const conditions = complete('Conditions:\n  IsProd: !E|\nResources: {}\n', 'template.yaml');
    assert.deepEqual(conditions.labels, ['!Equals']);
  });

  it('offers the sections at the top level, those present left out', () => {
    const c = complete('AWSTemplateFormatVersion: "2010-09-09"\nRes|\n', 'template.yaml');
    assert.deepEqual(c.labels, [
      'Description',
      'Metadata',
      'Parameters',
      'Rules',
      'Mappings',
      'Conditions',
      'Transform',
      'Resources',
      'Outputs',
    ]);
    assert.equal(c.apply('Resources'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  \n');
    const json = complete('{"Resources": {}, "|"}', 'template.json');
    assert.equal(json.labels[0], 'AWSTemplateFormatVersion');
    assert.equal(json.apply('AWSTemplateFormatVersion'), '{"Resources": {}, "AWSTemplateFormatVersion": "2010-09-09"}');
  });

  it('offers the attributes of a resource, and their values', () => {
    const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    |\n  T:\n    Type: AWS::SNS::Topic\n';
    const c = complete(text, 'template.yaml');
    assert.deepEqual(c.labels, [
      'Properties',
      'DependsOn',
      'Condition',
      'DeletionPolicy',
      'UpdateReplacePolicy',
      'Metadata',
      'CreationPolicy',
      'UpdatePolicy',
    ]);
    assert.equal(c.apply('Properties'), text.replace('|', 'Properties:\n      '));
    assert.deepEqual(complete(text.replace('|', 'DependsOn: |'), 'template.yaml').labels, ['T']);
    assert.deepEqual(complete(text.replace('|', 'DeletionPolicy: |'), 'template.yaml').labels, [
      'Delete',
      'Retain',
      'RetainExceptOnCreate',
      'Snapshot',
    ]);
  });

  it('offers the names and keys of a mapping in !FindInMap', () => {
    const text = [
      'Mappings:',
      '  Regions:',
      '    us-east-1:',
      '      Ami: ami-1',
      'Resources:',
      '  B:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketName: !FindInMap [|]',
    ].join('\n');
    assert.deepEqual(complete(text, 'template.yaml').labels, ['Regions']);
    assert.deepEqual(complete(text.replace('[|]', '[Regions, |]'), 'template.yaml').labels, ['us-east-1']);
    assert.deepEqual(complete(text.replace('[|]', '[Regions, us-east-1, |]'), 'template.yaml').labels, ['Ami']);
  });

  it('completes the functions in Outputs', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\nOutputs:\n  Out:\n    Value: !GetAtt B.|\n';
    assert.equal(complete(text, 'template.yaml').apply('Arn'), text.replace('B.|', 'B.Arn'));
    const value = complete(text.replace('!GetAtt B.|', '|'), 'template.yaml');
    assert.deepEqual(value.labels.slice(0, 3), ['!Ref', '!Sub', '!GetAtt']);
    assert.equal(value.apply('!GetAtt'), text.replace('!GetAtt B.|', '!GetAtt '));
  });

  it('offers parameter and output keys', () => {
    const params = complete('Parameters:\n  Env:\n    Type: String\n    |\nResources: {}\n', 'template.yaml');
    assert.deepEqual(params.labels.slice(0, 3), ['Description', 'Default', 'AllowedValues']);
    assert.ok(!params.labels.includes('Type'));
    const types = complete('Parameters:\n  Env:\n    Type: |\nResources: {}\n', 'template.yaml');
    assert.deepEqual(types.labels.slice(0, 4), ['String', 'Number', 'List<Number>', 'CommaDelimitedList']);
    const outputs = complete('Resources: {}\nOutputs:\n  Out:\n    |\n', 'template.yaml');
    assert.deepEqual(outputs.labels, ['Description', 'Value', 'Export', 'Condition']);
  });
});

describe('completion: what it leaves alone', () => {
  it('offers nothing in JSON and YAML that is no policy or template', () => {
    assert.deepEqual(complete('{"name": "x", "|"}', 'package.json').labels, []);
    assert.deepEqual(complete('{"|"}', 'tsconfig.json').labels, []);
    assert.deepEqual(complete('apiVersion: v1\nkind: Pod\n|', 'pod.yaml').labels, []);
  });

  it('offers nothing in a comment, a block scalar, or after a whole value', () => {
    const code =
      'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        ZipFile: |\n          imp¦\n';
    assert.deepEqual(complete(code, 'template.yaml', '¦').labels, []);
    assert.deepEqual(complete('Resources:\n  B:\n    Type: AWS::S3::Bucket # a buck|\n', 'template.yaml').labels, []);
    assert.deepEqual(complete('Resources:\n  B:\n    # Typ|\n    Type: AWS::S3::Bucket\n', 'template.yaml').labels, []);
    assert.deepEqual(complete('{"Statement": [{"Effect": "Allow" |}]}').labels, []);
  });

  it('completes at every offset of policies and templates without a defect, and never throws', () => {
    assert.deepEqual(completionsAt(undefined, catalog, spec), []);
    const yamlTemplate = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters:',
      '  Env: {Type: String, AllowedValues: [dev, prod]}',
      'Conditions:',
      '  IsProd: !Equals [!Ref Env, prod]',
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '    DeletionPolicy: Retain',
      '    Properties:',
      "      BucketName: !Sub '${Env}-${AWS::AccountId}'",
      '      Tags:',
      '        - {Key: env, Value: !If [IsProd, p, d]}',
      '  Policy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref Bucket',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Deny',
      "            Principal: '*'",
      '            Action: [s3:GetObject, "s3:PutObject"]',
      '            Resource:',
      '              - !GetAtt Bucket.Arn',
      "              - !Sub '${Bucket.Arn}/*'",
      '            Condition:',
      '              Bool: {aws:SecureTransport: false}',
      '      # a comment',
      'Outputs:',
      '  Name:',
      '    Value: !GetAtt [Bucket, Arn]',
      '',
    ].join('\n');
    const jsonPolicy = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'A',
            Effect: 'Allow',
            Principal: { AWS: ['arn:aws:iam::123456789012:root'], Service: 'lambda.amazonaws.com' },
            Action: ['s3:Get*', 'kms:Decrypt'],
            Resource: ['arn:aws:s3:::b/*', '*'],
            Condition: {
              StringEquals: { 'aws:RequestedRegion': ['eu-west-1'] },
              Null: { 'aws:TokenIssueTime': 'true' },
            },
          },
        ],
      },
      null,
      2,
    );
    const documents: [string, string][] = [
      ['template.yaml', yamlTemplate],
      ['app.policy.json', jsonPolicy],
      ['app.policy.json', jsonPolicy.slice(0, 300)],
      ['template.yaml', yamlTemplate.slice(0, 500)],
      ['template.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [{"Key": "a", "Va'],
      ['odd.yaml', 'Resources:\n  - - x\n  ? k\n  : v\n- !\n: : :\n\u0000\uffff\n'],
    ];
    let items = 0;
    for (const [name, text] of documents) {
      const document = TextDocument.create(`file:///w/${name}`, name.endsWith('yaml') ? 'yaml' : 'json', 1, text);
      for (let offset = 0; offset <= text.length; offset++) {
        const list = computeCompletions(cursorAt(document, offset, settings), catalog, spec);
        const cursor = document.positionAt(offset);
        for (const item of list.items) {
          // What the editor requires of an edit: on the cursor's line, holding the cursor.
          const { range } = item.textEdit as TextEdit;
          const where = `${name} at ${offset}: ${item.label}`;
          assert.equal(range.start.line, cursor.line, where);
          assert.equal(range.end.line, cursor.line, where);
          assert.ok(range.start.character <= cursor.character && cursor.character <= range.end.character, where);
          assert.equal(typeof item.sortText, 'string', where);
        }
        items += list.items.length;
      }
    }
    assert.ok(items > 1000);
    // As if typed from the start: the cursor at the end of each prefix, the rest not written yet.
    for (const [name, text] of documents.slice(0, 2)) {
      for (let offset = 0; offset <= text.length; offset += 2) {
        const document = TextDocument.create(
          `file:///w/${name}`,
          name.endsWith('yaml') ? 'yaml' : 'json',
          1,
          text.slice(0, offset),
        );
        const list = computeCompletions(cursorAt(document, offset, settings), catalog, spec);
        for (const item of list.items) {
          const { range } = item.textEdit as TextEdit;
          assert.equal(range.start.line, range.end.line, `${name} typed to ${offset}: ${item.label}`);
        }
      }
    }
  });
});

describe('completion: snippet text', () => {
  it('escapes $, } and backslash in literal text, and writes stops and choices', () => {
    assert.equal(
      snippetOf(['a$b}c\\', { stop: 1, text: 'x}' }, { stop: 2, choices: ['p,q', 'r'] }, { final: true }]),
      'a\\$b\\}c\\\\${1:x\\}}${2|p\\,q,r|}$0',
    );
  });
});

describe('completion: speed on a large template', () => {
  it('answers in a few milliseconds in a 1 MB template, once analysed', () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (let i = 0; lines.length < 40_000; i++) {
      lines.push(
        `  Bucket${i}:`,
        '    Type: AWS::S3::Bucket',
        `  Role${i}:`,
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      Policies:',
        '        - PolicyName: p',
        '          PolicyDocument:',
        '            Statement:',
        '              - Effect: Allow',
        '                Action: [s3:GetObject, s3:PutObject]',
        `                Resource: !Sub '\${Bucket${i}.Arn}/*'`,
      );
    }
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 900_000);
    const document = TextDocument.create('file:///w/big.yaml', 'yaml', 1, text);
    cursorAt(document, 0, settings);
    const offset = text.lastIndexOf('s3:GetObject') + 5;
    const started = performance.now();
    let list: CompletionList | undefined;
    for (let i = 0; i < 10; i++) list = completionListAt(cursorAt(document, offset, settings), catalog, spec);
    const each = (performance.now() - started) / 10;
    assert.ok(list!.items.some((i) => i.label === 's3:GetObject'));
    assert.ok(each < 50, `${each.toFixed(1)} ms per completion`);
  });
});
