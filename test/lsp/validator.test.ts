import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Validator, ValidatorHost } from '../../server/src/features/validator';

interface Published {
  uri: string;
  diagnostics: Diagnostic[];
  version?: number;
}

const URI = 'file:///v/read.json';
const FOUND: Diagnostic = {
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
  message: 'found',
};

/** A host whose analysis waits until the test releases it, so runs can be made to overlap. */
function slowHost() {
  let document = TextDocument.create(URI, 'json', 1, '{}');
  const published: Published[] = [];
  const logged: string[] = [];
  const releases: (() => void)[] = [];
  let onPublish: (() => void) | undefined;
  const host: ValidatorHost = {
    document: (uri) => (uri === URI ? document : undefined),
    diagnose: (doc) =>
      new Promise((resolve) => releases.push(() => resolve([{ ...FOUND, message: `version ${doc.version}` }]))),
    publish: async (uri, diagnostics, version) => {
      published.push({ uri, diagnostics, version });
      onPublish?.();
    },
    log: { error: (message) => logged.push(message) },
  };
  return {
    host,
    published,
    logged,
    /** Waits until the validator has started analysing `count` times. */
    async started(count: number) {
      while (releases.length < count) await new Promise(setImmediate);
    },
    release: (index: number) => releases[index](),
    published1: () => new Promise<void>((resolve) => (onPublish = resolve)),
    edit(version: number) {
      document = TextDocument.update(document, [{ text: `{"v": ${version}}` }], version);
    },
  };
}

/** Lets pending promise callbacks and immediate timers run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise(setImmediate);
}

describe('Validator', () => {
  it('drops the result of an older version that finishes after a newer one', async () => {
    const fake = slowHost();
    const validator = new Validator(fake.host, 0);
    validator.schedule(URI);
    await fake.started(1);
    fake.edit(2);
    validator.schedule(URI);
    await fake.started(2);
    const published = fake.published1();
    fake.release(1);
    await published;
    fake.release(0);
    await settle();
    assert.deepEqual(fake.published, [{ uri: URI, diagnostics: [{ ...FOUND, message: 'version 2' }], version: 2 }]);
  });

  it('publishes an empty list at close and drops work still under way', async () => {
    const fake = slowHost();
    const validator = new Validator(fake.host, 0);
    validator.schedule(URI);
    await fake.started(1);
    validator.close(URI);
    fake.release(0);
    await settle();
    assert.deepEqual(fake.published, [{ uri: URI, diagnostics: [], version: undefined }]);
  });

  it('publishes an empty list and logs the URI when the analysis fails', async () => {
    const published: Published[] = [];
    const logged: string[] = [];
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const validator = new Validator(
      {
        document: () => TextDocument.create(URI, 'json', 3, '{}'),
        diagnose: () => {
          throw new Error('rule crashed');
        },
        publish: async (uri, diagnostics, version) => {
          published.push({ uri, diagnostics, version });
          done();
        },
        log: { error: (message) => logged.push(message) },
      },
      0,
    );
    validator.schedule(URI);
    await finished;
    assert.deepEqual(published, [{ uri: URI, diagnostics: [], version: 3 }]);
    assert.match(logged[0], /^Validating file:\/\/\/v\/read\.json failed: rule crashed/);
  });

  it('publishes nothing for a document that is no longer open', async () => {
    const fake = slowHost();
    const validator = new Validator({ ...fake.host, document: () => undefined }, 0);
    validator.schedule(URI);
    await settle();
    assert.deepEqual(fake.published, []);
    validator.dispose();
  });
});
