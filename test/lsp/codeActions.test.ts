// Code actions through the protocol: the editor sends back the diagnostics the server published, and applies the
// chosen action's edit. Both the in-process server and the bundle over stdio (run `node scripts/build.mjs` first).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  Diagnostic,
  ExecuteCommandRequest,
  ShowDocumentParams,
  ShowDocumentRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RunningServer, startInProcess, startOverStdio } from './servers';

const TEXT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObjekt", "sqs:*Queue"],
      "Resource": "*"
    }
  ]
}`;

function scenario(start: () => RunningServer): void {
  let server: RunningServer;
  before(async () => {
    server = start();
    const result = await server.session.initialize({ debounceMs: 0 });
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
  });
  after(() => server.stop());

  async function published(
    uri: string,
    languageId: string,
  ): Promise<{ document: TextDocument; diagnostics: Diagnostic[] }> {
    await server.session.open(uri, TEXT, languageId);
    const { diagnostics } = await server.session.nextDiagnostics(uri);
    return { document: TextDocument.create(uri, languageId, 1, TEXT), diagnostics };
  }

  async function ask(uri: string, diagnostics: Diagnostic[], range = diagnostics[0].range): Promise<CodeAction[]> {
    const answer = await server.session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
    return (answer ?? []) as CodeAction[];
  }

  it('fixes a misspelt action from the published diagnostic, and offers disable comments in JSONC', async () => {
    const uri = 'file:///lsp/fix.jsonc';
    const { document, diagnostics } = await published(uri, 'jsonc');
    const unknown = diagnostics.filter((d) => d.code === 'unknown-action');
    const actions = await ask(uri, unknown);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Change to s3:GetObject', 'quickfix', true],
        ['Disable unknown-action for this line', 'quickfix', false],
        ['Disable unknown-action for this file', 'quickfix', false],
        ['Show the documentation of unknown-action', 'quickfix', false],
        ['Split this statement by service (2 statements: s3, sqs)', 'refactor.rewrite', false],
      ],
    );
    const text = TextDocument.applyEdits(document, actions[0].edit!.changes![uri]);
    assert.equal(text, TEXT.replace('s3:GetObjekt', 's3:GetObject'));
    await server.session.close(uri);
  });

  it("opens a rule's documentation in the browser through window/showDocument", async () => {
    const uri = 'file:///lsp/docs.json';
    const { diagnostics } = await published(uri, 'json');
    const unknown = diagnostics.filter((d) => d.code === 'unknown-action');
    const action = (await ask(uri, unknown)).find((a) => a.title === 'Show the documentation of unknown-action');
    assert.ok(action?.command);
    const shown: ShowDocumentParams[] = [];
    const handler = server.session.connection.onRequest(ShowDocumentRequest.type, (params) => {
      shown.push(params);
      return { success: true };
    });
    try {
      await server.session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: action.command.command,
        arguments: action.command.arguments,
      });
    } finally {
      handler.dispose();
    }
    assert.deepEqual(shown, [
      { uri: 'https://github.com/policy-lens/policy-lens/blob/main/docs/rules.md#unknown-action', external: true },
    ]);
    await server.session.close(uri);
  });

  it('offers the least-privilege rewrites on a wildcard action under the cursor', async () => {
    const uri = 'file:///lsp/narrow.json';
    const { document } = await published(uri, 'json');
    const position = document.positionAt(TEXT.indexOf('sqs:*Queue') + 2);
    const actions = await ask(uri, [], { start: position, end: position });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [
        ['Replace sqs:*Queue with the 5 actions it matches', 'refactor.rewrite'],
        ['Narrow sqs:*Queue to its Write actions (3 of 5)', 'refactor.rewrite'],
        ['Narrow sqs:*Queue to its Tagging actions (2 of 5)', 'refactor.rewrite'],
        ['Split this statement by service (2 statements: s3, sqs)', 'refactor.rewrite'],
      ],
    );
    const text = TextDocument.applyEdits(document, actions[2].edit!.changes![uri]);
    assert.equal(text, TEXT.replace('"sqs:*Queue"', '"sqs:TagQueue", "sqs:UntagQueue"'));
    await server.session.close(uri);
  });
}

describe('code actions in process', () => scenario(startInProcess));
describe('code actions over stdio', () => scenario(startOverStdio));
