import assert from 'node:assert/strict';
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

// The Version value starts on line 3, column 15.
const MULTI_LINE = [
  '{',
  '  "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::example-bucket"}],',
  '  "Version": "2012-10-18"',
  '}',
  '',
].join('\n');

// "€" is one UTF-16 code unit and "😀" two: the Version value starts at code unit 116, so column 117
// (counting code points would give 116).
const WIDE =
  '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::example-bucket/€😀/*"}],' +
  '"Version":"2012-10-18"}';

describe('policy-lens lint, text output', () => {
  const dir = workspace({
    'valid.json': VALID,
    'bad.json': BAD_VERSION,
    'no-version.json': NO_VERSION,
    'package.json': NOT_POLICY,
    'crlf.json': MULTI_LINE.replace(/\n/g, '\r\n'),
    'cr.json': MULTI_LINE.replace(/\n/g, '\r'),
    'bom.json': `\uFEFF${BAD_VERSION}`,
    'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD_VERSION, 'utf16le')]),
    'wide.json': WIDE,
  });

  it('prints only the summary and exits 0 for a valid policy', () => {
    assert.deepEqual(cli(dir, 'lint', 'valid.json'), {
      code: 0,
      stdout: '0 errors, 0 warnings, 0 infos in 1 file\n',
      stderr: '',
    });
  });

  it('reports an error with its 1-based line and column and exits 1', () => {
    assert.deepEqual(cli(dir, 'lint', 'bad.json'), {
      code: 1,
      stdout: `bad.json:1:13: error invalid-version: ${BAD_VERSION_MESSAGE}\n\n1 error, 0 warnings, 0 infos in 1 file\n`,
      stderr: '',
    });
  });

  it('exits 0 when there are only warnings', () => {
    const run = cli(dir, 'lint', 'no-version.json');
    assert.equal(run.code, 0);
    assert.equal(
      run.stdout,
      `no-version.json:1:2: warning old-version: ${NO_VERSION_MESSAGE}\n\n0 errors, 1 warning, 0 infos in 1 file\n`,
    );
  });

  it('groups findings by file in the order the files were given, and notes an explicit non-policy', () => {
    const run = cli(dir, 'lint', 'no-version.json', 'package.json', 'bad.json', 'valid.json');
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      [
        `no-version.json:1:2: warning old-version: ${NO_VERSION_MESSAGE}`,
        '',
        'package.json: not an IAM policy or CloudFormation template, skipped',
        '',
        `bad.json:1:13: error invalid-version: ${BAD_VERSION_MESSAGE}`,
        '',
        '1 error, 1 warning, 0 infos in 3 files (1 skipped)',
        '',
      ].join('\n'),
    );
  });

  it('counts lines ending in CRLF or a lone CR as editors do', () => {
    assert.match(cli(dir, 'lint', 'crlf.json').stdout, /^crlf\.json:3:15: error invalid-version: /);
    assert.match(cli(dir, 'lint', 'cr.json').stdout, /^cr\.json:3:15: error invalid-version: /);
  });

  it('ignores a byte-order mark, so columns match the editor and no syntax error is reported', () => {
    const run = cli(dir, 'lint', 'bom.json');
    assert.equal(
      run.stdout,
      `bom.json:1:13: error invalid-version: ${BAD_VERSION_MESSAGE}\n\n1 error, 0 warnings, 0 infos in 1 file\n`,
    );
  });

  it('reads UTF-16 files with a byte-order mark, as Windows PowerShell writes them', () => {
    assert.match(cli(dir, 'lint', 'utf16.json').stdout, /^utf16\.json:1:13: error invalid-version: /);
  });

  it('counts columns in UTF-16 code units, like the editor', () => {
    assert.equal(WIDE.indexOf('2012-10-18'), 116);
    assert.match(cli(dir, 'lint', 'wide.json').stdout, /^wide\.json:1:117: error invalid-version: /);
  });

  it('shows only errors with --quiet, and no notes', () => {
    const run = cli(dir, 'lint', '--quiet', 'no-version.json', 'package.json', 'bad.json');
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      `bad.json:1:13: error invalid-version: ${BAD_VERSION_MESSAGE}\n\n1 error in 2 files (1 skipped)\n`,
    );
  });

  it('turns a rule off with --rule id=off', () => {
    assert.deepEqual(cli(dir, 'lint', '--rule', 'invalid-version=off', 'bad.json'), {
      code: 0,
      stdout: '0 errors, 0 warnings, 0 infos in 1 file\n',
      stderr: '',
    });
  });

  it('raises a warning to an error with --rule id=error, which makes the exit code 1', () => {
    const run = cli(dir, 'lint', '--rule=old-version=error', 'no-version.json');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^no-version\.json:1:2: error old-version: /);
  });

  it('lowers an error to information with --rule, counted as an info', () => {
    const run = cli(dir, 'lint', '--rule', 'invalid-version=information', 'bad.json');
    assert.equal(run.code, 0);
    assert.equal(
      run.stdout,
      `bad.json:1:13: info invalid-version: ${BAD_VERSION_MESSAGE}\n\n0 errors, 0 warnings, 1 info in 1 file\n`,
    );
  });
});
