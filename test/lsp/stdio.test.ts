// The bundled server, spawned as an editor other than VS Code would: `node dist/server.js --stdio`.
// It needs the build: run `node scripts/build.mjs` first (or name another bundle in POLICY_LENS_SERVER).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { serverScenario } from './scenario';
import { spawnServer, startOverStdio, stopChild } from './servers';

describe('the server over stdio', () => {
  serverScenario(async () => startOverStdio());
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
