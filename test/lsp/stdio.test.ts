// The bundled server, spawned as an editor other than VS Code would: `node dist/server.js --stdio`.
// It needs the build: run `node scripts/build.mjs` first (or name another bundle in POLICY_LENS_SERVER).
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { serverScenario } from './scenario';
import { Session } from './session';

const SERVER = process.env.POLICY_LENS_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');

function spawnServer(): { child: ChildProcess; session: Session; stderr: () => string } {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run node scripts/build.mjs first`);
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', (code, signal) => {
    if (code === 0 || signal) return;
    // Fail the waiting test now, with the server's own words, rather than leaving it pending.
    console.error(`the server exited with code ${code}:\n${stderr}`);
    connection.dispose();
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  return { child, session: new Session(connection), stderr: () => stderr };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill();
  await exited;
}

describe('the server over stdio', () => {
  serverScenario(async () => {
    const { child, session } = spawnServer();
    return {
      session,
      async stop() {
        session.connection.dispose();
        await stopChild(child);
      },
    };
  });
});

describe('the server process', () => {
  it('exits with code 0 after shutdown and exit', async () => {
    const { child, session, stderr } = spawnServer();
    try {
      const exited = once(child, 'exit');
      await session.initialize();
      await session.shutdown();
      const [code] = await exited;
      assert.equal(code, 0, stderr());
      assert.equal(stderr(), '');
    } finally {
      session.connection.dispose();
      await stopChild(child);
    }
  });
});
