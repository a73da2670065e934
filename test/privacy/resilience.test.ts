// The server keeps serving when a piece of its work fails: the failure is logged with the document it concerned, the
// request is answered with an empty result, and every other document is served as before.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import * as server from 'vscode-languageserver/node';
import {
  CodeLens,
  CodeLensRequest,
  createProtocolConnection,
  MessageType,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { formatError, runSafe } from '../../server/src/features/runSafe';
import { startServer } from '../../server/src/features/startServer';
import { Session } from '../lsp/session';

const BAD_VERSION =
  '{"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}';

function errors(): { lines: string[]; error(message: string): void } {
  const lines: string[] = [];
  return { lines, error: (message) => lines.push(message) };
}

describe('runSafe with whatever a handler throws', () => {
  it('logs what failed, where, and the thrown text, and answers the empty fallback', async () => {
    const log = errors();
    const answer = await runSafe(log, 'Hover at file:///a.json:3:7 failed', [], () => {
      throw 'not an Error';
    });
    assert.deepEqual(answer, []);
    assert.deepEqual(log.lines, ['Hover at file:///a.json:3:7 failed: not an Error']);
  });

  it('still answers when the thrown value cannot even be printed', async () => {
    const log = errors();
    const answer = await runSafe(log, 'Completion at file:///b.json:0:1 failed', null, () => {
      throw Object.create(null);
    });
    assert.equal(answer, null);
    assert.deepEqual(log.lines, ['Completion at file:///b.json:0:1 failed: a value that cannot be printed was thrown']);
  });

  it('formats an error whose message getter throws without throwing itself', () => {
    const error = new Error('hidden');
    Object.defineProperty(error, 'message', {
      get() {
        throw new Error('no message');
      },
    });
    assert.equal(
      formatError('Validating x failed', error),
      'Validating x failed: a value that cannot be printed was thrown',
    );
  });
});

function startInProcess(): { session: Session; stop(): Promise<void> } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = server.createConnection(
    server.ProposedFeatures.all,
    new server.StreamMessageReader(toServer),
    new server.StreamMessageWriter(toClient),
  );
  startServer(connection);
  const session = new Session(
    createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)),
  );
  return {
    session,
    async stop() {
      await session.connection.sendRequest('shutdown');
      session.connection.dispose();
      connection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}

describe('a server whose work fails for one document', () => {
  let running: ReturnType<typeof startInProcess>;
  let session: Session;
  before(async () => {
    running = startInProcess();
    session = running.session;
    await session.initialize({ debounceMs: 0 });
  });
  after(async () => running?.stop());

  const errorLines = () => session.logs.filter((l) => l.type === MessageType.Error).map((l) => l.message);
  const codes = async (uri: string) => (await session.nextDiagnostics(uri)).diagnostics.map((d) => d.code);
  const lenses = (uri: string) =>
    session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as Promise<CodeLens[] | null>;

  it('lints with the default settings when the client fails to answer the configuration, and logs why', async () => {
    const failing = 'file:///resilience/no-settings.json';
    const other = 'file:///resilience/with-settings.json';
    session.configuration = (scope) => {
      if (scope === failing) throw new Error('the settings are unavailable');
      return { rules: { 'invalid-version': 'off' } };
    };
    try {
      await session.open(failing, BAD_VERSION);
      assert.ok((await codes(failing)).includes('invalid-version'), 'the default severity applies');
      assert.ok(
        errorLines().some((line) => line.startsWith(`Reading the settings of ${failing} failed; using the defaults:`)),
        errorLines().join('\n'),
      );
      await session.open(other, BAD_VERSION);
      assert.ok(!(await codes(other)).includes('invalid-version'), 'the other document keeps its own settings');
      assert.equal((await lenses(failing))?.length, 1, 'the code lens still answers, with the default kind');
    } finally {
      session.configuration = () => ({});
    }
  });

  it('answers and keeps serving other documents when a setting breaks the analysis of one', async () => {
    const broken = 'file:///resilience/huge-glob.json';
    const healthy = 'file:///resilience/healthy.json';
    // A glob longer than the glob library accepts: nothing a user writes by hand, but settings can hold anything.
    session.configuration = (scope) => (scope === broken ? { policyKinds: { ['a'.repeat(70_000)]: 'key' } } : {});
    try {
      const before = errorLines().length;
      await session.open(broken, BAD_VERSION);
      const answer = await lenses(broken);
      assert.ok(Array.isArray(answer), 'the code lens request is answered, not failed');
      await session.open(healthy, BAD_VERSION);
      assert.ok((await codes(healthy)).includes('invalid-version'));
      for (const line of errorLines().slice(before)) assert.ok(line.includes(broken), line);
    } finally {
      session.configuration = () => ({});
    }
  });
});
