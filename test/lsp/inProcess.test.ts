// The same server in this process, over a pair of in-memory streams: quick to start, and debuggable.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serverScenario } from './scenario';
import { startInProcess } from './servers';

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
