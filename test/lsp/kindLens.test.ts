// The code lens that says which kind a policy is read as, asked through the LSP of the server in process and of the
// bundled server over stdio (run `node scripts/build.mjs` first for the latter).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeLens,
  CodeLensRefreshRequest,
  CodeLensRequest,
  InitializedNotification,
  InitializeRequest,
} from 'vscode-languageserver-protocol/node';
import { RunningServer, startInProcess, startOverStdio } from './servers';
import { Session } from './session';

const KINDS = [
  { kind: 'identity', name: 'identity policy' },
  { kind: 'resource', name: 'resource-based policy' },
  { kind: 'bucket', name: 'S3 bucket policy' },
  { kind: 'key', name: 'KMS key policy' },
  { kind: 'trust', name: 'role trust policy' },
  { kind: 'scp', name: 'service control policy' },
  { kind: 'rcp', name: 'resource control policy' },
  { kind: 'boundary', name: 'permissions boundary' },
];

const BUCKET_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowReadFromTheAccount",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    }
  ]
}
`;

const IDENTITY_POLICY = `// Lets the build read its artifacts.
{
  "Version": "2012-10-17",
  "Statement": { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" }
}
`;

let documents = 0;
function uniqueFolder(): string {
  return `file:///workspace/lens-${++documents}`;
}

/** Opens a document and returns its lenses once the server has linted it (so the document is surely known). */
async function lensesOf(session: Session, uri: string, text: string, languageId = 'json'): Promise<CodeLens[] | null> {
  await session.open(uri, text, languageId);
  await session.nextDiagnostics(uri);
  return session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
}

function lensScenario(start: () => RunningServer): void {
  let running: RunningServer;
  let session: Session;
  before(async () => {
    running = start();
    session = running.session;
    const result = await session.initialize();
    assert.deepEqual(result.capabilities.codeLensProvider, { resolveProvider: false });
  });
  after(async () => running?.stop());

  it('shows the kind a file name decides above the policy, with a command that knows the name decides', async () => {
    const uri = `${uniqueFolder()}/app.bucket-policy.json`;
    assert.deepEqual(await lensesOf(session, uri, BUCKET_POLICY), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: {
          title: 'Policy Lens: S3 bucket policy (file name ends in .bucket-policy.json)',
          tooltip: 'The file name decides the kind: rename the file to change it.',
          command: 'policyLens.changePolicyKind',
          arguments: [uri, { current: 'bucket', kinds: KINDS, fixedBySuffix: '.bucket-policy.json' }],
        },
      },
    ]);
  });

  it('shows an inferred kind and why, on the line of the opening brace after a comment', async () => {
    const uri = `${uniqueFolder()}/read.jsonc`;
    assert.deepEqual(await lensesOf(session, uri, IDENTITY_POLICY, 'jsonc'), [
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        command: {
          title: 'Policy Lens: identity policy (inferred: no statement has a Principal)',
          tooltip: 'Choose the kind of policy this file holds.',
          command: 'policyLens.changePolicyKind',
          arguments: [uri, { current: 'identity', kinds: KINDS }],
        },
      },
    ]);
  });

  it('shows the kind the folder setting gives a file, under the path the change command writes', async () => {
    const uri = `${uniqueFolder()}/pinned.json`;
    session.configuration = (scope) => (scope === uri ? { policyKinds: { 'pinned.json': 'key' } } : {});
    try {
      const [lens] = (await lensesOf(session, uri, IDENTITY_POLICY.replace(/^\/\/.*\n/, ''))) ?? [];
      assert.equal(lens.command?.title, 'Policy Lens: KMS key policy (setting policyLens.policyKinds: pinned.json)');
      assert.deepEqual(lens.command?.arguments, [uri, { current: 'key', kinds: KINDS }]);
    } finally {
      session.configuration = () => ({});
    }
  });

  it('shows the kind the folder setting gives a file in a subfolder, under its folder-relative path', async () => {
    const uri = `${uniqueFolder()}/keys/app.json`;
    session.configuration = (scope) => (scope === uri ? { policyKinds: { 'keys/app.json': 'key' } } : {});
    try {
      const [lens] = (await lensesOf(session, uri, BUCKET_POLICY)) ?? [];
      assert.equal(lens.command?.title, 'Policy Lens: KMS key policy (setting policyLens.policyKinds: keys/app.json)');
    } finally {
      session.configuration = () => ({});
    }
  });

  it('keeps the kind of the file name when the setting names another', async () => {
    const uri = `${uniqueFolder()}/app.bucket-policy.json`;
    session.configuration = (scope) => (scope === uri ? { policyKinds: { '*.json': 'key' } } : {});
    try {
      const [lens] = (await lensesOf(session, uri, BUCKET_POLICY)) ?? [];
      assert.equal(lens.command?.title, 'Policy Lens: S3 bucket policy (file name ends in .bucket-policy.json)');
    } finally {
      session.configuration = () => ({});
    }
  });

  it('shows no lens on JSON that is not a policy, on YAML, or where Policy Lens is disabled', async () => {
    const folder = uniqueFolder();
    assert.deepEqual(await lensesOf(session, `${folder}/package.json`, '{ "name": "demo", "private": true }\n'), []);
    assert.deepEqual(await lensesOf(session, `${folder}/template.yaml`, 'Statement:\n  - Effect: Allow\n', 'yaml'), []);
    const disabled = `${folder}/disabled.json`;
    session.configuration = (scope) => (scope === disabled ? { enable: false } : {});
    try {
      assert.deepEqual(await lensesOf(session, disabled, BUCKET_POLICY), []);
    } finally {
      session.configuration = () => ({});
    }
  });

  it('answers no lens, and logs no failure, for a document it does not know or a broken one', async () => {
    const unknown = await session.connection.sendRequest(CodeLensRequest.type, {
      textDocument: { uri: `${uniqueFolder()}/never-opened.json` },
    });
    assert.deepEqual(unknown, []);
    const broken = `${uniqueFolder()}/broken.policy.json`;
    assert.deepEqual(await lensesOf(session, broken, '{"Statement": [[[{"Effect": 7}'), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: {
          title: 'Policy Lens: identity policy (file name ends in .policy.json)',
          tooltip: 'The file name decides the kind: rename the file to change it.',
          command: 'policyLens.changePolicyKind',
          arguments: [broken, { current: 'identity', kinds: KINDS, fixedBySuffix: '.policy.json' }],
        },
      },
    ]);
    assert.deepEqual(
      session.logs.filter((log) => log.type === 1),
      [],
    );
  });
}

describe('the kind lens, in process', () => lensScenario(startInProcess));

describe('the kind lens, over stdio', () => lensScenario(startOverStdio));

describe('the kind lens after a settings change', () => {
  it('asks a client that can refresh code lenses to refresh them', { timeout: 5000 }, async () => {
    const { session, stop } = startInProcess();
    try {
      let refreshed!: () => void;
      const refresh = new Promise<void>((resolve) => (refreshed = resolve));
      session.connection.onRequest(CodeLensRefreshRequest.type, () => refreshed());
      await session.connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true } } },
      });
      await session.connection.sendNotification(InitializedNotification.type, {});
      await session.changeConfiguration();
      await refresh;
    } finally {
      await stop();
    }
  });
});
