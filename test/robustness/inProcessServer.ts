// A server in this process (test/lsp/servers.ts), initialized with the options a test chooses
// (test/lsp/session.ts's initialize only passes the debounce).
import { InitializedNotification, InitializeRequest } from 'vscode-languageserver-protocol/node';
import { RunningServer, startInProcess } from '../lsp/servers';

/** A running server, the client session talking to it, and how to stop both. */
export type TestServer = RunningServer;

/** Starts and initializes a server with these `initializationOptions`. */
export async function startTestServer(initializationOptions: Record<string, unknown>): Promise<TestServer> {
  const running = startInProcess();
  const { session } = running;
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
  return running;
}
