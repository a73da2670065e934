// Random edit sequences through the language server: it must keep answering, publish diagnostics that lie inside
// the text of the version they are for, and end with the same diagnostics a full analysis of the final text gives.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  Diagnostic,
  DocumentSymbolRequest,
  HoverRequest,
  PublishDiagnosticsParams,
  Range,
  ReferencesRequest,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { readDocumentSettings } from '../../server/src/features/settings';
import { WILDCARD_VALUES } from './mutators';
import { seedDocuments } from './properties';
import { fuzzSeed, Random } from './random';
import { startTestServer, TestServer } from './inProcessServer';

const EDITS = 200;
const INSERTS = [
  '',
  '',
  'a',
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\n',
  '\r\n',
  ' ',
  '\\',
  '*',
  's3:Get*',
  '"Action": "*",',
  '{"Effect": "Deny"}',
  '\u{1F600}',
  'e\u0301',
  '\u202E',
  '\u0000',
  '\uFEFF',
  '// note\n',
  '!Ref ',
  '${',
  '# ',
  '  - ',
  ...WILDCARD_VALUES,
];

/** A random edit of the document: a range (sometimes reaching past the end) replaced by a random text. */
function randomEdit(document: TextDocument, random: Random): TextDocumentContentChangeEvent {
  const length = document.getText().length;
  const start = random.int(0, length);
  const end = Math.min(length, start + random.pick([0, 0, 1, 2, 5, 30]));
  const range: Range = { start: document.positionAt(start), end: document.positionAt(end) };
  // Editors may send a position past the end of a line or of the document; the server must clamp it as we do.
  if (random.chance(0.02)) range.end = { line: range.end.line + 3, character: 1000 };
  return { range, text: random.pick(INSERTS) };
}

/** Each range lies inside the text: on one of its lines, at most at that line's end. */
function assertInside(diagnostics: Diagnostic[], document: TextDocument, what: string): void {
  for (const d of diagnostics) assertRangeInside(d.range, document, `${what}: ${d.code}`);
}

/** A range names real positions of the document: converting them to offsets and back changes nothing. */
function assertRangeInside(range: Range, document: TextDocument, what: string): void {
  for (const p of [range.start, range.end]) {
    const offset = document.offsetAt(p);
    assert.deepEqual(document.positionAt(offset), p, `${what} at ${JSON.stringify(p)} is outside the text`);
    assert.ok(offset <= document.getText().length);
  }
}

describe('random edits through the language server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ debounceMs: 0 });
  });
  after(async () => server?.stop());

  const templates = join(__dirname, '..', 'fixtures', 'templates');
  const seeds = [
    ...seedDocuments()
      .filter((_, i) => i % 12 === 0)
      .map((s) => ({ ...s, languageId: 'json' })),
    ...['app.yaml', 'app.json'].map((f) => ({
      name: `templates/${f}`,
      text: readFileSync(join(templates, f), 'utf8'),
      languageId: f.endsWith('.yaml') ? 'yaml' : 'json',
    })),
  ];
  for (const [n, source] of seeds.entries()) {
    it(`keeps answering through ${EDITS} random edits of ${source.name}`, async () => {
      const seed = fuzzSeed() + n;
      const random = new Random(seed);
      const { session } = server;
      const uri = `file:///fuzz/${n}/${source.name.replace(/.*\//, '')}`;
      const versions = new Map<number, TextDocument>();
      let document = TextDocument.create(uri, source.languageId, 1, source.text);
      versions.set(1, document);
      /** Checks every publication up to the one for `version`, and returns that one. */
      const drainUntil = async (version: number): Promise<PublishDiagnosticsParams> => {
        let published: PublishDiagnosticsParams;
        do {
          published = await session.nextDiagnostics(uri);
          const at = versions.get(published.version ?? -1);
          assert.ok(at, `diagnostics for an unknown version ${published.version} (seed ${seed})`);
          assertInside(published.diagnostics, at, `version ${published.version} (seed ${seed})`);
          publications++;
        } while (published.version !== version);
        return published;
      };
      let publications = 0;
      await session.open(uri, source.text, source.languageId);
      for (let version = 2; version < EDITS + 2; version++) {
        const change = randomEdit(document, random);
        document = TextDocument.update(
          TextDocument.create(uri, source.languageId, version, document.getText()),
          [change],
          version,
        );
        versions.set(version, document);
        await session.change(uri, version, change);
        // Now and then wait for the server to catch up, so that analyses also run between edits.
        if (version % 40 === 0) await drainUntil(version);
      }
      const published = await drainUntil(EDITS + 1);
      assert.deepEqual(
        published.diagnostics,
        diagnosticsOf(document, readDocumentSettings({})),
        `the diagnostics of the last edit differ from a full analysis of the final text (seed ${seed})`,
      );
      const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(lenses), 'code lenses answer after the edits');
      for (let n = 0; n < 20; n++) {
        const at = random.int(0, document.getText().length);
        const range = { start: document.positionAt(at), end: document.positionAt(at + random.int(0, 10)) };
        const context = { diagnostics: published.diagnostics };
        const actions = await session.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range,
          context,
        });
        assert.ok(Array.isArray(actions), `code actions answer at ${JSON.stringify(range)} (seed ${seed})`);
        const position = range.start;
        const where = `at ${JSON.stringify(position)} (seed ${seed})`;
        const textDocument = { uri };
        const completion = (await session.connection.sendRequest(CompletionRequest.type, {
          textDocument,
          position,
        })) as CompletionList;
        assert.ok(completion && Array.isArray(completion.items), `completion answers ${where}`);
        for (const item of completion.items) {
          const edit = item.textEdit as TextEdit | undefined;
          if (edit) assertRangeInside(edit.range, document, `completion "${item.label}" ${where}`);
        }
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument, position });
        if (hover?.range) assertRangeInside(hover.range, document, `hover ${where}`);
        await session.connection.sendRequest(DefinitionRequest.type, { textDocument, position });
        const references = await session.connection.sendRequest(ReferencesRequest.type, {
          textDocument,
          position,
          context: { includeDeclaration: true },
        });
        assert.ok(Array.isArray(references), `references answer ${where}`);
      }
      const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(symbols), 'document symbols answer after the edits');
      assert.deepEqual(
        session.logs.filter((log) => log.type === 1).map((log) => log.message),
        [],
        'no handler failed',
      );
      await session.close(uri);
      console.log(`lsp edits: ${source.name}: ${EDITS} edits, ${publications} publications checked (seed ${seed})`);
    });
  }
});
