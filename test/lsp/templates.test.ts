// CloudFormation templates through the LSP: a YAML template with short-form tags and a JSON template, linted by
// the server in process and by the bundled server over stdio (run `node scripts/build.mjs` first for the latter).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  DefinitionRequest,
  Diagnostic,
  DocumentSymbol,
  DocumentSymbolRequest,
  CompletionList,
  CompletionRequest,
  HoverRequest,
  TextEdit,
  Location,
  MarkupContent,
  ReferencesRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RunningServer, startInProcess, startOverStdio } from './servers';
import { Session } from './session';

const FIXTURES = join(__dirname, '..', 'fixtures', 'templates');

const YAML_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Stage:
    Type: String
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "logs-\${AWS::AccountId}-\${Stage}"
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {Service: logging.s3.amazonaws.com}
            Action: s3:PutObjekt
            Resource: !Sub "\${Logs.Arn}/*"
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
  Reader:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {Service: !Sub "ec2.\${AWS::URLSuffix}"}
            Action: sts:AssumeRole
      Policies:
        - PolicyName: read
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: s3:ListBucket
                Resource: !Sub "\${Logs.Arn}/*"
Outputs:
  Arn:
    Value: !GetAtt Logs.Arnn
`;

/** A diagnostic as the test compares it: line:character, code and message. */
function shown(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;
}

function scenario(start: () => RunningServer): void {
  let running: RunningServer;
  let session: Session;
  before(async () => {
    running = start();
    session = running.session;
    await session.initialize({ debounceMs: 0 });
  });
  after(async () => running?.stop());

  it('lints a YAML template with short-form tags: template and policy findings in one list, at their places', async () => {
    const uri = 'file:///workspace/templates/logs.yaml';
    await session.open(uri, YAML_TEMPLATE, 'yaml');
    const { diagnostics } = await session.nextDiagnostics(uri);
    assert.deepEqual(diagnostics.map(shown), [
      '15:8-15:17 bucket-tls-not-enforced Nothing in this policy denies requests made without TLS: add a Deny for aws:SecureTransport "false" so that the bucket is only reached over HTTPS.',
      '18:23-18:32 bucket-unknown-action S3 has no action "s3:PutObjekt" and rejects the policy: did you mean s3:PutObject?',
      '39:26-39:46 resource-mismatch s3:ListBucket applies to buckets (arn:${Partition}:s3:::${BucketName}), not to this object ARN.',
      '42:24-42:28 cfn-invalid-getatt AWS::S3::Bucket has no attribute "Arnn" (it has Arn, DomainName, DualStackDomainName, RegionalDomainName, WebsiteURL and 9 nested ones). Did you mean "Arn"?',
    ]);
    assert.ok(diagnostics.every((d) => d.source === 'policy-lens'));
  });

  it('updates the diagnostics of a template after an edit', async () => {
    const uri = 'file:///workspace/templates/edited.yaml';
    await session.open(uri, YAML_TEMPLATE, 'yaml');
    await session.nextDiagnostics(uri);
    const line = YAML_TEMPLATE.split('\n').findIndex((l) => l.includes('s3:PutObjekt'));
    const character = YAML_TEMPLATE.split('\n')[line].indexOf('PutObjekt') + 'PutObje'.length;
    await session.change(uri, 2, {
      range: { start: { line, character }, end: { line, character: character + 1 } },
      text: 'c',
    });
    const { diagnostics } = await session.nextDiagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['bucket-tls-not-enforced', 'resource-mismatch', 'cfn-invalid-getatt'],
    );
  });

  it('finds nothing in the realistic templates, in YAML and in JSON', async () => {
    for (const [file, languageId] of [
      ['app.yaml', 'yaml'],
      ['app.json', 'json'],
    ]) {
      const uri = `file:///workspace/templates/${file}`;
      await session.open(uri, readFileSync(join(FIXTURES, file), 'utf8'), languageId);
      const { diagnostics } = await session.nextDiagnostics(uri);
      assert.deepEqual(diagnostics.map(shown), [], file);
    }
  });

  it('fixes a misspelt action of a YAML template from the published diagnostic, and the finding goes', async () => {
    const uri = 'file:///workspace/templates/fix.yaml';
    await session.open(uri, YAML_TEMPLATE, 'yaml');
    const { diagnostics } = await session.nextDiagnostics(uri);
    const typo = diagnostics.filter((d) => d.code === 'bucket-unknown-action');
    const answer = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: typo[0].range,
      context: { diagnostics: typo },
    })) as CodeAction[];
    assert.deepEqual(
      answer.map((a) => a.title),
      [
        'Change to s3:PutObject',
        'Disable bucket-unknown-action for this line',
        'Disable bucket-unknown-action for this file',
        'Show the documentation of bucket-unknown-action',
      ],
    );
    const fixed = TextDocument.applyEdits(
      TextDocument.create(uri, 'yaml', 1, YAML_TEMPLATE),
      answer[0].edit!.changes![uri],
    );
    assert.equal(fixed, YAML_TEMPLATE.replace('s3:PutObjekt', 's3:PutObject'));
    await session.change(uri, 2, { text: fixed });
    const after = await session.nextDiagnostics(uri);
    assert.deepEqual(
      after.diagnostics.filter((d) => d.code === 'bucket-unknown-action'),
      [],
    );
  });

  it('outlines a template: sections, resources with their types, embedded policies and their statements', async () => {
    const uri = 'file:///workspace/templates/outline.yaml';
    await session.open(uri, YAML_TEMPLATE, 'yaml');
    await session.nextDiagnostics(uri);
    const symbols = (await session.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[] | undefined, depth = 0): string[] =>
      (list ?? []).flatMap((s) => [
        `${'  '.repeat(depth)}${s.name} | ${s.detail ?? ''}`,
        ...outline(s.children, depth + 1),
      ]);
    const lines = outline(symbols);
    assert.deepEqual(
      lines.filter((l) => !l.startsWith('        ')),
      [
        'AWSTemplateFormatVersion | 2010-09-09',
        'Parameters | 1 parameter',
        '  Stage | String',
        'Resources | 3 resources',
        '  Logs | AWS::S3::Bucket',
        '  LogsPolicy | AWS::S3::BucketPolicy',
        '    PolicyDocument | S3 bucket policy · 1 statement',
        '      Statement 1 | Allow · 1 principal · 1 action · 1 resource · 1 condition',
        '  Reader | AWS::IAM::Role',
        '    AssumeRolePolicyDocument | role trust policy · 1 statement',
        '      Statement 1 | Allow · 1 principal · 1 action',
        '    Policies[0] read | identity policy · 1 statement',
        '      Statement 1 | Allow · 1 action · 1 resource',
        'Outputs | 1 output',
        '  Arn | !GetAtt Logs.Arnn',
      ],
    );
  });

  it('goes from a Ref, a GetAtt and a ${…} to the resource, and finds every use of it', async () => {
    const uri = 'file:///workspace/templates/navigate.yaml';
    await session.open(uri, YAML_TEMPLATE, 'yaml');
    await session.nextDiagnostics(uri);
    const lines = YAML_TEMPLATE.split('\n');
    const at = (needle: string, shift = 0) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return { line, character: lines[line].indexOf(needle) + shift };
    };
    const definition = { uri, range: { start: { line: 5, character: 2 }, end: { line: 5, character: 6 } } };
    for (const position of [at('!Ref Logs', 6), at('${Logs.Arn}', 3), at('!GetAtt Logs.Arnn', 9)]) {
      const found = (await session.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri },
        position,
      })) as Location;
      assert.deepEqual(found, definition, JSON.stringify(position));
    }
    const references = (await session.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: { line: 5, character: 3 },
      context: { includeDeclaration: false },
    })) as Location[];
    assert.deepEqual(
      references.map((r) => `${r.range.start.line}:${r.range.start.character}`),
      ['12:19', '19:30', '39:34', '42:19'],
    );
  });

  it('hovers an action of an embedded policy and a resource type, with the markdown and the range of the token', async () => {
    const uri = 'file:///workspace/templates/hover.yaml';
    await session.open(uri, YAML_TEMPLATE, 'yaml');
    await session.nextDiagnostics(uri);
    const lines = YAML_TEMPLATE.split('\n');
    const line = lines.findIndex((l) => l.includes('s3:ListBucket'));
    const character = lines[line].indexOf('s3:ListBucket') + 4;
    const hover = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character },
    });
    assert.ok(hover);
    assert.deepEqual(hover.range, {
      start: { line, character: character - 4 },
      end: { line, character: character - 4 + 's3:ListBucket'.length },
    });
    const markdown = (hover.contents as MarkupContent).value;
    assert.equal(markdown.split('\n')[0], '**s3:ListBucket** — Amazon S3');
    assert.match(markdown, /- Access level: List/);
    const type = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 6, character: 12 },
    });
    assert.match((type!.contents as MarkupContent).value, /^\*\*AWS::S3::Bucket\*\*/);
    const nothing = await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 6, character: 1 },
    });
    assert.equal(nothing, null);
  });

  it('completes the actions of a service inside a YAML template policy, and the chosen one fits the text', async () => {
    const text = YAML_TEMPLATE.replace('Action: s3:ListBucket', 'Action: s3:ListB');
    const uri = 'file:///workspace/templates/complete.yaml';
    await session.open(uri, text, 'yaml');
    await session.nextDiagnostics(uri);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('s3:ListB'));
    const character = lines[line].indexOf('s3:ListB') + 's3:ListB'.length;
    const list = (await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character },
    })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('s3:ListBucket'), labels.join(', '));
    assert.ok(!labels.some((l) => !l.toLowerCase().startsWith('s3:listb')), labels.join(', '));
    const item = list.items.find((i) => i.label === 's3:ListBucket')!;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), [item.textEdit as TextEdit]);
    assert.equal(fixed, YAML_TEMPLATE);
  });

  it('completes the attributes after !GetAtt Logs.', async () => {
    const text = YAML_TEMPLATE.replace('Value: !GetAtt Logs.Arnn', 'Value: !GetAtt Logs.');
    const uri = 'file:///workspace/templates/attributes.yaml';
    await session.open(uri, text, 'yaml');
    await session.nextDiagnostics(uri);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('!GetAtt Logs.'));
    const list = (await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: lines[line].length },
    })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    for (const attribute of ['Arn', 'DomainName', 'RegionalDomainName', 'WebsiteURL']) {
      assert.ok(labels.includes(attribute), `${attribute} in ${labels.join(', ')}`);
    }
  });

  it('leaves YAML that is no template alone', async () => {
    const uri = 'file:///workspace/.github/workflows/ci.yaml';
    await session.open(
      uri,
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{run: !Ref x}]\n',
      'yaml',
    );
    const { diagnostics } = await session.nextDiagnostics(uri);
    assert.deepEqual(diagnostics, []);
  });
}

describe('templates through the server in process', () => scenario(startInProcess));
describe('templates through the bundled server over stdio', () => scenario(startOverStdio));
