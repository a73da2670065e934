import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Diagnostic, HoverRequest, Range } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseMarked } from '../helpers/marked';
import { RunningServer } from './servers';
import { Session } from './session';

const DOCS = 'https://github.com/policy-lens/policy-lens/blob/main/docs/rules.md';

/** A policy from the AWS documentation's shape, with a marked place to break it. */
function policy(version: string, resourceTail = ''): string {
  return [
    '{',
    `  "Version": "${version}",`,
    '  "Statement": [',
    '    {',
    '      "Sid": "ReadObjects",',
    '      "Effect": "Allow",',
    '      "Action": "s3:GetObject",',
    `      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"${resourceTail}`,
    '    }',
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** The ranges marked «» in a text, as LSP ranges of the text without the marks. */
function rangesOf(marked: string): { text: string; ranges: Range[] } {
  const { text, spans } = parseMarked(marked);
  const document = TextDocument.create('file:///marked.json', 'json', 1, text);
  const ranges = spans.map((s) => ({
    start: document.positionAt(s.offset),
    end: document.positionAt(s.offset + s.length),
  }));
  return { text, ranges };
}

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

let documents = 0;
/** A URI no other test uses, so tests sharing a server do not see each other's diagnostics. */
function uniqueUri(name: string): string {
  return `file:///workspace/${++documents}/${name}`;
}

/** The end-to-end behaviour every way of running the server must show. */
export function serverScenario(start: () => Promise<RunningServer>): void {
  let server: RunningServer;
  let session: Session;
  before(async () => {
    server = await start();
    session = server.session;
    await session.initialize();
  });
  after(async () => server?.stop());

  describe('diagnostics', () => {
    it('lints a file named *.bucket-policy.json by the rules of bucket policies', async () => {
      const uri = uniqueUri('site.bucket-policy.json');
      const marked = [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Principal": "*",',
        '      "Action": "«ec2»:RunInstances",',
        '      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n');
      const { text, ranges } = rangesOf(marked);
      await session.open(uri, text);
      const published = await session.nextDiagnostics(uri);
      const found = withCode(published.diagnostics, 'bucket-action-not-s3');
      assert.deepEqual(
        found.map((d) => [d.range, d.severity]),
        [[ranges[0], 1]],
      );
      assert.match(String(found[0].message), /ec2:RunInstances/);
    });

    it('lints the same statement in a file named *.policy.json as an identity policy', async () => {
      const uri = uniqueUri('site.policy.json');
      const text = policy('2012-10-17').replace('"Sid": "ReadObjects",', '"Sid": "ReadObjects", "Principal": "*",');
      await session.open(uri, text);
      const published = await session.nextDiagnostics(uri);
      assert.deepEqual(
        published.diagnostics.map((d) => `${d.code} ${d.severity}`),
        ['principal-not-supported 1'],
      );
    });

    it('publishes an unknown Version as an error at the value, with its rule and docs link', async () => {
      const uri = uniqueUri('read.json');
      const { text, ranges } = rangesOf(policy('«2012-10-18»'));
      await session.open(uri, text);
      const published = await session.nextDiagnostics(uri);
      assert.equal(published.version, 1);
      assert.deepEqual(withCode(published.diagnostics, 'invalid-version'), [
        {
          range: ranges[0],
          severity: 1,
          code: 'invalid-version',
          codeDescription: { href: `${DOCS}#invalid-version` },
          source: 'policy-lens',
          message: '"2012-10-18" is not a policy language version: use 2012-10-17.',
          data: { replacement: '2012-10-17' },
        },
      ]);
    });

    it('publishes a trailing comma as a json-syntax error at the comma', async () => {
      const uri = uniqueUri('comma.json');
      const { text, ranges } = rangesOf(policy('2012-10-17', '«,»'));
      await session.open(uri, text);
      const { diagnostics } = await session.nextDiagnostics(uri);
      assert.deepEqual(withCode(diagnostics, 'json-syntax'), [
        {
          range: ranges[0],
          severity: 1,
          code: 'json-syntax',
          codeDescription: { href: `${DOCS}#json-syntax` },
          source: 'policy-lens',
          message: "Trailing comma before '}' is not allowed in JSON.",
        },
      ]);
    });

    it('publishes an empty list once an incremental edit fixes the only error', async () => {
      const uri = uniqueUri('fixed.json');
      const { text, ranges } = rangesOf(policy('2012-10-1«8»'));
      await session.open(uri, text);
      assert.equal(withCode((await session.nextDiagnostics(uri)).diagnostics, 'invalid-version').length, 1);
      await session.change(uri, 2, { range: ranges[0], text: '7' });
      assert.deepEqual(await session.nextDiagnostics(uri), { uri, version: 2, diagnostics: [] });
    });

    it('lints a burst of edits once, for the latest version', async () => {
      const uri = uniqueUri('burst.json');
      const { text, ranges } = rangesOf(policy('2012-10-1«7»'));
      await session.open(uri, text);
      assert.deepEqual((await session.nextDiagnostics(uri)).diagnostics, []);
      const at = ranges[0].start;
      await session.change(uri, 2, { range: ranges[0], text: '8' });
      await session.change(uri, 3, { range: { start: at, end: { ...at, character: at.character + 1 } }, text: '9' });
      await session.change(uri, 4, { range: { start: at, end: { ...at, character: at.character + 1 } }, text: '7' });
      assert.deepEqual(await session.nextDiagnostics(uri), { uri, version: 4, diagnostics: [] });
    });

    it('publishes an empty list for JSON that is not a policy', async () => {
      const uri = uniqueUri('package.json');
      await session.open(uri, '{\n  "name": "demo",\n  "version": "2012-10-18",\n  "private": true,\n}\n');
      assert.deepEqual(await session.nextDiagnostics(uri), { uri, version: 1, diagnostics: [] });
    });

    it('publishes an empty list for a YAML document that is no template, even with a Statement', async () => {
      const uri = uniqueUri('template.yaml');
      await session.open(uri, 'Statement:\n  - Effect: Allow\n', 'yaml');
      assert.deepEqual(await session.nextDiagnostics(uri), { uri, version: 1, diagnostics: [] });
    });

    it('lints a file named as a policy whatever language the editor gave it', async () => {
      const uri = uniqueUri('deploy.trust-policy.json');
      const { text, ranges } = rangesOf(policy('«2012-10-18»'));
      await session.open(uri, text, 'plaintext');
      const { diagnostics } = await session.nextDiagnostics(uri);
      assert.deepEqual(
        withCode(diagnostics, 'invalid-version').map((d) => d.range),
        ranges,
      );
    });

    it('clears the diagnostics of a document when it is closed', async () => {
      const uri = uniqueUri('closed.json');
      await session.open(uri, policy('2012-10-18'));
      assert.notDeepEqual((await session.nextDiagnostics(uri)).diagnostics, []);
      await session.close(uri);
      assert.deepEqual(await session.nextDiagnostics(uri), { uri, diagnostics: [] });
    });
  });

  describe('settings', () => {
    it('asks the settings once per document, with the document as scope', async () => {
      const uri = uniqueUri('scoped.json');
      const { text, ranges } = rangesOf(policy('2012-10-1«8»'));
      await session.open(uri, text);
      await session.nextDiagnostics(uri);
      await session.change(uri, 2, { range: ranges[0], text: '7' });
      await session.nextDiagnostics(uri);
      assert.deepEqual(
        session.configurationScopes.filter((scope) => scope === uri),
        [uri],
      );
    });

    it('turns a rule off as the settings say, re-linting open documents when they change', async () => {
      const uri = uniqueUri('configured.json');
      await session.open(uri, policy('2012-10-18'));
      assert.equal(withCode((await session.nextDiagnostics(uri)).diagnostics, 'invalid-version').length, 1);
      session.configuration = (scope) => (scope === uri ? { rules: { 'invalid-version': 'off' } } : {});
      try {
        await session.changeConfiguration();
        assert.deepEqual(withCode((await session.nextDiagnostics(uri)).diagnostics, 'invalid-version'), []);
      } finally {
        session.configuration = () => ({});
        await session.changeConfiguration();
      }
      assert.equal(withCode((await session.nextDiagnostics(uri)).diagnostics, 'invalid-version').length, 1);
    });

    it('publishes an empty list for a document whose folder disables Policy Lens', async () => {
      const uri = uniqueUri('disabled.json');
      session.configuration = (scope) => (scope === uri ? { enable: false } : {});
      try {
        await session.open(uri, policy('2012-10-18'));
        assert.deepEqual(await session.nextDiagnostics(uri), { uri, version: 1, diagnostics: [] });
      } finally {
        session.configuration = () => ({});
      }
    });

    it('lints with the defaults when the settings are malformed', async () => {
      const uri = uniqueUri('malformed-settings.json');
      session.configuration = (scope) => (scope === uri ? { enable: 'yes', rules: ['off'], policyKinds: 7 } : {});
      try {
        await session.open(uri, policy('2012-10-18'));
        assert.equal(withCode((await session.nextDiagnostics(uri)).diagnostics, 'invalid-version').length, 1);
      } finally {
        session.configuration = () => ({});
      }
    });
  });

  describe('robustness', () => {
    it('keeps serving after events and requests about documents it does not know', async () => {
      const unknown = uniqueUri('never-opened.json');
      await session.change(unknown, 2, { text: '{}' });
      await session.close(unknown);
      assert.equal(
        await session.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri: unknown },
          position: { line: 0, character: 0 },
        }),
        null,
      );
      const uri = uniqueUri('after-unknown.json');
      await session.open(uri, policy('2012-10-18'));
      assert.equal(withCode((await session.nextDiagnostics(uri)).diagnostics, 'invalid-version').length, 1);
    });

    it('reports where a truncated policy ends', async () => {
      const uri = uniqueUri('truncated.policy.json');
      const { text, ranges } = rangesOf('{"Statement": «[»');
      await session.open(uri, text);
      const { diagnostics } = await session.nextDiagnostics(uri);
      assert.deepEqual(
        withCode(diagnostics, 'json-syntax').map((d) => [d.range, d.message]),
        [[ranges[0], "The document ends before it is complete: ']}' expected."]],
      );
    });

    it('survives absurd nesting and odd shapes', async () => {
      const deep = uniqueUri('deep.policy.json');
      await session.open(deep, `{"Statement": ${'['.repeat(100_000)}`);
      assert.equal(withCode((await session.nextDiagnostics(deep)).diagnostics, 'json-syntax').length, 1);
      const odd = uniqueUri('odd.json');
      await session.open(
        odd,
        '{"Version": 2012, "Statement": [null, 7, [[]], {"Effect": {"Allow": true}, "Action": [1, []]}, ""]}',
      );
      const { diagnostics } = await session.nextDiagnostics(odd);
      assert.ok(Array.isArray(diagnostics));
      assert.deepEqual(
        session.logs.filter((log) => log.type === 1),
        [],
        'no handler failed',
      );
    });
  });
}
