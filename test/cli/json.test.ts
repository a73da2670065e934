import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  BAD_VERSION,
  BAD_VERSION_MESSAGE,
  cli,
  NO_VERSION,
  NO_VERSION_MESSAGE,
  NOT_POLICY,
  VALID,
  workspace,
} from './helpers';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
const catalog = JSON.parse(readFileSync(join(__dirname, '..', '..', 'generated', 'catalog.json'), 'utf8')) as {
  source: { package: string; version: string };
};

describe('policy-lens lint --format json', () => {
  const dir = workspace({
    'bad.json': BAD_VERSION,
    'notes.txt': NOT_POLICY,
    'policies/no-version.json': NO_VERSION,
    'policies/valid.json': VALID,
    'policies/package.json': NOT_POLICY,
    'multi.json': `{\r\n  "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::example-bucket"}]\r\n}`,
  });

  it('writes the whole report as one JSON document with 0-based LSP ranges and UTF-16 offsets', () => {
    const run = cli(dir, 'lint', '--format', 'json', 'bad.json', 'notes.txt', 'policies');
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(JSON.parse(run.stdout), {
      version: pkg.version,
      catalog: { package: catalog.source.package, version: catalog.source.version },
      files: [
        {
          path: 'bad.json',
          kind: 'identity',
          findings: [
            {
              ruleId: 'invalid-version',
              severity: 'error',
              message: BAD_VERSION_MESSAGE,
              range: { start: { line: 0, character: 12 }, end: { line: 0, character: 22 } },
              offset: 12,
              length: 10,
              replacement: '2012-10-17',
            },
          ],
        },
        {
          path: 'policies/no-version.json',
          kind: 'identity',
          findings: [
            {
              ruleId: 'old-version',
              severity: 'warning',
              message: NO_VERSION_MESSAGE,
              range: { start: { line: 0, character: 1 }, end: { line: 0, character: 12 } },
              offset: 1,
              length: 11,
            },
          ],
        },
        { path: 'policies/valid.json', kind: 'identity', findings: [] },
      ],
      skipped: [
        { path: 'notes.txt', reason: 'not-a-policy', message: 'not an IAM policy or CloudFormation template, skipped' },
      ],
      notes: [],
      problems: [],
      summary: { files: 3, skipped: 2, errors: 1, warnings: 1, infos: 0, hints: 0 },
    });
  });

  it('gives ranges on later lines of a CRLF file as line and character', () => {
    const run = cli(dir, 'lint', '--format=json', 'multi.json');
    const [finding] = JSON.parse(run.stdout).files[0].findings;
    assert.deepEqual(finding.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 13 } });
    assert.equal(finding.offset, 5);
  });

  it('says which kind each file was linted as, following --kind', () => {
    const run = cli(
      dir,
      'lint',
      '--format',
      'json',
      '--kind',
      'policies/*.json=bucket',
      'bad.json',
      'policies/valid.json',
    );
    assert.deepEqual(
      JSON.parse(run.stdout).files.map((f: { path: string; kind: string }) => [f.path, f.kind]),
      [
        ['bad.json', 'identity'],
        ['policies/valid.json', 'bucket'],
      ],
    );
  });

  it('keeps only errors with --quiet', () => {
    const output = JSON.parse(cli(dir, 'lint', '--format', 'json', '--quiet', 'policies').stdout);
    assert.deepEqual(output.files[0].findings, []);
    assert.equal(output.summary.warnings, 0);
  });

  it('lists the problems behind exit code 2 while still reporting what it could lint', () => {
    const run = cli(dir, 'lint', '--format', 'json', 'bad.json', 'missing.json');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: cannot read missing.json: no such file or folder\n');
    const output = JSON.parse(run.stdout);
    assert.deepEqual(output.problems, ['cannot read missing.json: no such file or folder']);
    assert.equal(output.files[0].path, 'bad.json');
  });
});
