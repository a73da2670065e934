// The same server in this process, over a pair of in-memory streams: quick to start, and debuggable.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import * as server from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/features/startServer';
import { RunningServer, serverScenario } from './scenario';
import { Session } from './session';

function startInProcess(): RunningServer {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(
    ProposedFeatures.all,
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

describe('the server in process', () => {
  serverScenario(async () => startInProcess());
});

describe('a client that cannot answer workspace/configuration', () => {
  it('applies the settings it pushes with didChangeConfiguration to every document', async () => {
    const { session, stop } = startInProcess();
    try {
      await session.initialize({ configuration: false, debounceMs: 0 });
      const uri = 'file:///pushed/read.json';
      await session.open(
        uri,
        '{"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}}',
      );
      const codes = async () => (await session.nextDiagnostics(uri)).diagnostics.map((d) => d.code);
      assert.ok((await codes()).includes('invalid-version'));
      await session.changeConfiguration({ policyLens: { rules: { 'invalid-version': 'off' } } });
      assert.ok(!(await codes()).includes('invalid-version'));
      assert.deepEqual(session.configurationScopes, []);
    } finally {
      await stop();
    }
  });
});
