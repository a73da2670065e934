// The two ways the tests run a server: in this process over in-memory streams (quick, debuggable), and the bundle
// spawned as any editor would, `node dist/server.js --stdio` (run `node scripts/build.mjs` first, or name another
// bundle in POLICY_LENS_SERVER).
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import * as server from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/features/startServer';
import { Session } from './session';

/** A server under test and how to stop it. */
export interface RunningServer {
  session: Session;
  stop(): Promise<void>;
}

/** Starts the server in this process. */
export function startInProcess(): RunningServer {
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

/** The bundled server the stdio tests spawn. */
export const SERVER_BUNDLE = process.env.POLICY_LENS_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');

/** Spawns the bundled server over stdio, keeping its stderr; a crash fails the waiting test with the server's words. */
export function spawnServer(): { child: ChildProcess; session: Session; stderr: () => string } {
  assert.ok(existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run node scripts/build.mjs first`);
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', (code, signal) => {
    if (code === 0 || signal) return;
    console.error(`the server exited with code ${code}:\n${stderr}`);
    connection.dispose();
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  return { child, session: new Session(connection), stderr: () => stderr };
}

/** Stops a spawned server, waiting for it to exit. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill();
  await exited;
}

/** Starts the bundled server over stdio. */
export function startOverStdio(): RunningServer {
  const { child, session } = spawnServer();
  return {
    session,
    async stop() {
      session.connection.dispose();
      await stopChild(child);
    },
  };
}
