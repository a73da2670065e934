// Completion, hover and the outline of a standalone JSON policy through the protocol, in process and over stdio
// (run `node scripts/build.mjs` first for the latter). Templates have their own in templates.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CompletionList,
  CompletionRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RunningServer, startInProcess, startOverStdio } from './servers';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReports",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "sqs:Rece"],
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    }
  ]
}`;

function scenario(start: () => RunningServer): void {
  let server: RunningServer;
  before(async () => {
    server = start();
    const result = await server.session.initialize({ debounceMs: 0 });
    assert.equal(result.capabilities.hoverProvider, true);
    assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, ['"', ':', '!', '.', '$', '{', ' ']);
  });
  after(() => server.stop());

  it('completes an action being typed, and hovers an action and an ARN', async () => {
    const uri = 'file:///lsp/editing/read.policy.json';
    await server.session.open(uri, POLICY, 'json');
    await server.session.nextDiagnostics(uri);
    const document = TextDocument.create(uri, 'json', 1, POLICY);
    const typed = document.positionAt(POLICY.indexOf('sqs:Rece') + 'sqs:Rece'.length);
    const list = (await server.session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: typed,
    })) as CompletionList;
    const item = list.items.find((i) => i.label === 'sqs:ReceiveMessage');
    assert.ok(item, list.items.map((i) => i.label).join(', '));
    assert.equal(
      TextDocument.applyEdits(document, [item.textEdit as TextEdit]),
      POLICY.replace('sqs:Rece"', 'sqs:ReceiveMessage"'),
    );

    const action = await server.session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: document.positionAt(POLICY.indexOf('s3:GetObject') + 3),
    });
    assert.equal((action!.contents as MarkupContent).value.split('\n')[0], '**s3:GetObject** — Amazon S3');
    const arn = await server.session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: document.positionAt(POLICY.indexOf('amzn-s3-demo-bucket')),
    });
    assert.match((arn!.contents as MarkupContent).value, /^\*\*ARN\*\* — Amazon S3 `object`/);
  });

  it('outlines the policy by statement', async () => {
    const uri = 'file:///lsp/editing/outline.policy.json';
    await server.session.open(uri, POLICY, 'json');
    await server.session.nextDiagnostics(uri);
    const symbols = (await server.session.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => `${s.name} | ${s.detail}`),
      ['Version | 2012-10-17', 'ReadReports | Allow · 2 actions · 1 resource'],
    );
  });
}

describe('editing a policy through the server in process', () => scenario(startInProcess));
describe('editing a policy through the bundled server over stdio', () => scenario(startOverStdio));
