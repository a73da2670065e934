// A thin starter for a server in this process, over in-memory streams, with the initialization options a test
// chooses (test/lsp/session.ts's initialize only passes the debounce).
import { PassThrough } from 'node:stream';
import * as server from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/features/startServer';
import { Session } from '../lsp/session';

/** A running server, the client session talking to it, and how to stop both. */
export interface TestServer {
  session: Session;
  stop(): Promise<void>;
}

/** Starts and initializes a server with these `initializationOptions`. */
export async function startTestServer(initializationOptions: Record<string, unknown>): Promise<TestServer> {
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
  await session.connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    workspaceFolders: null,
    initializationOptions,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: {} },
      textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
    },
  });
  await session.connection.sendNotification(InitializedNotification.type, {});
  return {
    session,
    async stop() {
      // No exit notification: in this process it would end the test run.
      await session.connection.sendRequest('shutdown');
      session.connection.dispose();
      connection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
}
