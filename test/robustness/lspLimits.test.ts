// The server's document length limit, seen from the client: a long policy is told it was skipped, other long JSON
// gets nothing, and the limit comes from initializationOptions.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_ANALYSED_LENGTH, TOO_LARGE_CODE } from '../../server/src/features/diagnostics';
import { readServerOptions } from '../../server/src/features/options';
import { startTestServer, TestServer } from './inProcessServer';

const DOCS = 'https://github.com/policy-lens/policy-lens/blob/main/docs/robustness.md#document-length';

/** A minified policy-like document of about `length` characters: many statements on one line. */
function minifiedPolicy(length: number): string {
  const statement = JSON.stringify({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' });
  const count = Math.ceil(length / (statement.length + 1));
  return `{"Version":"2012-10-17","Statement":[${Array(count).fill(statement).join(',')}]}`;
}

/** A log-like JSON array that holds no policy. */
function dataFile(length: number): string {
  const record = JSON.stringify({ time: '2026-11-22T05:00:00Z', level: 'info', message: 'request served' });
  return `[${Array(Math.ceil(length / (record.length + 1)))
    .fill(record)
    .join(',')}]`;
}

function tooLarge(length: number, limit: number) {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: 3,
    code: TOO_LARGE_CODE,
    codeDescription: { href: DOCS },
    source: 'policy-lens',
    message: `Policy Lens did not analyse this document: it has ${length.toLocaleString('en-US')} characters, more than the limit of ${limit.toLocaleString('en-US')}. No IAM policy or CloudFormation template is that long; lint it with the policy-lens CLI if it is one.`,
  };
}

describe('the document length limit through the server', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ debounceMs: 0 });
  });
  after(async () => server?.stop());

  it('publishes one information diagnostic for a minified 5 MB policy, at once', async () => {
    const uri = 'file:///big/minified.json';
    const text = minifiedPolicy(5_000_000);
    const start = performance.now();
    await server.session.open(uri, text);
    const published = await server.session.nextDiagnostics(uri);
    const ms = performance.now() - start;
    console.log(`5 MB minified policy: skipped with one diagnostic in ${ms.toFixed(0)} ms`);
    assert.deepEqual(published.diagnostics, [tooLarge(text.length, MAX_ANALYSED_LENGTH)]);
    await server.session.close(uri);
  });

  it('publishes one information diagnostic for a 50 MB file named as a policy', async () => {
    const uri = 'file:///big/huge.policy.json';
    const text = dataFile(50 * 1024 * 1024);
    const start = performance.now();
    await server.session.open(uri, text);
    const published = await server.session.nextDiagnostics(uri);
    console.log(`50 MB policy file: skipped with one diagnostic in ${(performance.now() - start).toFixed(0)} ms`);
    assert.deepEqual(published.diagnostics, [tooLarge(text.length, MAX_ANALYSED_LENGTH)]);
    await server.session.close(uri);
  });

  it('publishes nothing for a long JSON file that holds no policy', async () => {
    const uri = 'file:///big/requests.json';
    await server.session.open(uri, dataFile(3_000_000));
    assert.deepEqual((await server.session.nextDiagnostics(uri)).diagnostics, []);
    await server.session.close(uri);
  });

  it('analyses a document at the limit as usual', async () => {
    const uri = 'file:///big/at-limit.json';
    const policy =
      '{"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}';
    await server.session.open(uri, policy + ' '.repeat(MAX_ANALYSED_LENGTH - policy.length));
    const codes = (await server.session.nextDiagnostics(uri)).diagnostics.map((d) => d.code);
    assert.deepEqual(codes, ['invalid-version']);
    await server.session.close(uri);
  });
});

describe('maxDocumentLength in initializationOptions', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ debounceMs: 0, maxDocumentLength: 1000 });
  });
  after(async () => server?.stop());

  it('skips a policy longer than the configured limit, saying so', async () => {
    const uri = 'file:///small-limit/long.json';
    const text = minifiedPolicy(1200);
    await server.session.open(uri, text);
    assert.deepEqual((await server.session.nextDiagnostics(uri)).diagnostics, [tooLarge(text.length, 1000)]);
  });

  it('analyses a policy within the configured limit, and again once an edit shortens a long one', async () => {
    const uri = 'file:///small-limit/short.json';
    const text = minifiedPolicy(900).replace('2012-10-17', '2012-10-18');
    assert.ok(text.length <= 1000);
    await server.session.open(uri, text + ' '.repeat(1001 - text.length));
    assert.deepEqual(
      (await server.session.nextDiagnostics(uri)).diagnostics.map((d) => d.code),
      [TOO_LARGE_CODE],
    );
    await server.session.change(uri, 2, { text });
    assert.deepEqual(
      (await server.session.nextDiagnostics(uri)).diagnostics.map((d) => d.code),
      ['invalid-version'],
    );
  });

  it('reads the limit, keeping the default for a missing or absurd value', () => {
    assert.equal(readServerOptions({ maxDocumentLength: 5_000_000 }).maxDocumentLength, 5_000_000);
    for (const bad of [undefined, 0, -1, '100', Infinity, NaN, 1e12]) {
      assert.equal(readServerOptions({ maxDocumentLength: bad }).maxDocumentLength, MAX_ANALYSED_LENGTH, String(bad));
    }
  });
});
