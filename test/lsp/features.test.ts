import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, DiagnosticTag, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsOf, MAX_ANALYSED_LENGTH, toDiagnostic } from '../../server/src/features/diagnostics';
import { analysisTarget, pathOf } from '../../server/src/features/documentFilter';
import { readServerOptions } from '../../server/src/features/options';
import { runSafe } from '../../server/src/features/runSafe';
import { readDocumentSettings, SettingsStore } from '../../server/src/features/settings';

const BAD_VERSION =
  '{"Version": "2012-10-18", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';

function errors(): { lines: string[]; error(message: string): void } {
  const lines: string[] = [];
  return { lines, error: (message) => lines.push(message) };
}

describe('runSafe', () => {
  it('answers the fallback and logs what failed when the work throws', async () => {
    const log = errors();
    const answer = await runSafe(log, 'Hover in file:///a.json failed', 'fallback', () => {
      throw new Error('boom');
    });
    assert.equal(answer, 'fallback');
    assert.equal(log.lines.length, 1);
    assert.match(log.lines[0], /^Hover in file:\/\/\/a\.json failed: boom\n/);
  });

  it('answers the cancellation error for a request cancelled before it ran', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const answer = await runSafe(errors(), 'work', [], () => ['never'], source.token);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
  });

  it('still answers the fallback when logging itself fails', async () => {
    const broken = {
      error() {
        throw new Error('connection disposed');
      },
    };
    assert.equal(await runSafe(broken, 'work', 0, () => Promise.reject(new Error('boom'))), 0);
  });
});

describe('analysisTarget', () => {
  it('takes JSON and JSONC documents, with their decoded path', () => {
    assert.deepEqual(analysisTarget('file:///work/my%20policies/read.json', 'json'), {
      fileName: '/work/my policies/read.json',
      languageId: 'json',
    });
    assert.deepEqual(analysisTarget('untitled:Untitled-1', 'jsonc'), { fileName: 'Untitled-1', languageId: 'jsonc' });
  });

  it('takes a file named as a policy in any language, as JSONC when the name ends in c', () => {
    assert.deepEqual(analysisTarget('file:///k/app.key-policy.jsonc', 'plaintext'), {
      fileName: '/k/app.key-policy.jsonc',
      languageId: 'jsonc',
    });
    assert.equal(analysisTarget('file:///k/app.key-policy.json', 'plaintext')?.languageId, 'json');
  });

  it('takes YAML documents, whose content tells a template, and leaves other documents alone', () => {
    assert.deepEqual(analysisTarget('file:///t/template.yaml', 'yaml'), {
      fileName: '/t/template.yaml',
      languageId: 'yaml',
    });
    assert.deepEqual(analysisTarget('file:///t/stack.template', 'cloudformation'), {
      fileName: '/t/stack.template',
      languageId: 'yaml',
    });
    assert.equal(analysisTarget('file:///t/notes.txt', 'plaintext'), undefined);
  });

  it('keeps a URI it cannot decode as it is', () => {
    assert.equal(pathOf('file:///a/%E0%A4%A.json'), 'file:///a/%E0%A4%A.json');
  });
});

describe('diagnosticsOf', () => {
  const enabled = readDocumentSettings({});
  const document = (text: string, uri = 'file:///p/read.json') => TextDocument.create(uri, 'json', 1, text);

  it('maps a finding to a diagnostic with the rule as code', () => {
    const [diagnostic] = diagnosticsOf(document(BAD_VERSION), enabled).filter((d) => d.code === 'invalid-version');
    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 23 } });
    assert.equal(diagnostic.severity, 1);
  });

  it('maps configured severities', () => {
    const settings = readDocumentSettings({ rules: { 'invalid-version': 'hint' } });
    const [diagnostic] = diagnosticsOf(document(BAD_VERSION), settings).filter((d) => d.code === 'invalid-version');
    assert.equal(diagnostic.severity, 4);
  });

  it('gives nothing when Policy Lens is disabled for the document', () => {
    assert.deepEqual(diagnosticsOf(document(BAD_VERSION), readDocumentSettings({ enable: false })), []);
  });

  it('says once that a policy too long to analyse was skipped, instead of its findings', () => {
    const padded = BAD_VERSION + ' '.repeat(MAX_ANALYSED_LENGTH);
    const diagnostics = diagnosticsOf(document(padded), enabled);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start, d.range.end]),
      [['document-too-large', 3, { line: 0, character: 0 }, { line: 0, character: 1 }]],
    );
  });

  it('marks findings about code without effect as unnecessary and keeps their fix data', () => {
    const diagnostic = toDiagnostic(document('{"a": 1}'), {
      ruleId: 'redundant-action',
      severity: 'hint',
      offset: 6,
      length: 1,
      message: 'Redundant.',
      unnecessary: true,
      data: { replacement: '' },
    });
    assert.deepEqual(diagnostic.tags, [DiagnosticTag.Unnecessary]);
    assert.deepEqual(diagnostic.data, { replacement: '' });
    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } });
  });

  it('leaves tags and data out when the finding has none', () => {
    const diagnostic = toDiagnostic(document('{}'), {
      ruleId: 'x',
      severity: 'error',
      offset: 0,
      length: 1,
      message: 'm',
    });
    assert.equal('tags' in diagnostic, false);
    assert.equal('data' in diagnostic, false);
  });
});

describe('SettingsStore', () => {
  it('asks the client once per document until the configuration changes', async () => {
    const asked: string[] = [];
    const store = new SettingsStore(
      async (uri) => {
        asked.push(uri);
        return { rules: { 'invalid-version': 'off' } };
      },
      () => assert.fail('no error expected'),
    );
    await store.get('file:///a.json');
    const settings = await store.get('file:///a.json');
    assert.deepEqual(settings.analysis.rules, { 'invalid-version': 'off' });
    store.reset(null);
    await store.get('file:///a.json');
    assert.deepEqual(asked, ['file:///a.json', 'file:///a.json']);
  });

  it('uses the defaults and reports the error when the client fails to answer', async () => {
    const failures: string[] = [];
    const store = new SettingsStore(
      () => Promise.reject(new Error('no configuration')),
      (uri) => failures.push(uri),
    );
    assert.deepEqual(await store.get('file:///b.json'), readDocumentSettings(undefined));
    assert.deepEqual(failures, ['file:///b.json']);
  });

  it('applies pushed settings to every document when the client cannot be asked', async () => {
    const store = new SettingsStore(undefined, () => undefined);
    store.reset({ policyLens: { enable: false } });
    assert.equal((await store.get('file:///c.json')).enable, false);
    store.reset(null);
    assert.equal((await store.get('file:///c.json')).enable, false, 'a notification without settings keeps them');
  });
});

describe('readServerOptions', () => {
  it('reads the debounce delay and keeps the default for nonsense', () => {
    assert.equal(readServerOptions({ debounceMs: 0 }).debounceMs, 0);
    assert.equal(readServerOptions({ debounceMs: -1 }).debounceMs, 150);
    assert.equal(readServerOptions({ debounceMs: '10' }).debounceMs, 150);
    assert.equal(readServerOptions(null).debounceMs, 150);
  });
});
