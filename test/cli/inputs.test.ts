import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BAD_VERSION, BAD_VERSION_MESSAGE, cli, NO_VERSION, NOT_POLICY, VALID, workspace } from './helpers';

const isRoot = process.getuid?.() === 0;
const isWindows = process.platform === 'win32';

describe('policy-lens lint, inputs', () => {
  const dir = workspace({
    'repo/policies/admin.json': BAD_VERSION,
    'repo/policies/nested/deep/read.jsonc': `// read-only\n${NO_VERSION}`,
    'repo/policies/README.md': '# Policies\n',
    'repo/policies/diagram.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'repo/policies/tsconfig.json': NOT_POLICY,
    'repo/node_modules/pkg/policy.json': BAD_VERSION,
    'repo/.git/hooks/policy.json': BAD_VERSION,
    'repo/dist/policy.json': BAD_VERSION,
    'repo/config/settings.json': NOT_POLICY,
    'repo/docs/guide.md': '# Guide\n',
    'repo/logo.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'commented.json': `// not allowed in IAM\n${VALID}`,
    'big.json': `${VALID}${' '.repeat(2000)}`,
  });
  const repo = join(dir, 'repo');

  it('searches a folder for .json and .jsonc files, passing over node_modules, .git and dist', () => {
    const run = cli(repo, 'lint', 'policies');
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      [
        `policies/admin.json:1:13: error invalid-version: ${BAD_VERSION_MESSAGE}`,
        '',
        'policies/nested/deep/read.jsonc:2:2: warning old-version: The policy has no Version: add "Version": "2012-10-17" so that policy variables work.',
        '',
        '1 error, 1 warning, 0 infos in 2 files (1 skipped)',
        '',
      ].join('\n'),
    );
  });

  it('passes over node_modules, .git and dist even when the folder given is their parent', () => {
    const run = cli(repo, 'lint', '.', '--rule', 'invalid-version=off');
    assert.doesNotMatch(run.stdout, /node_modules|\.git|dist/);
  });

  it('says so when a folder holds no policy, and exits 0', () => {
    assert.deepEqual(cli(repo, 'lint', 'config', 'docs'), {
      code: 0,
      stdout: [
        'config: no IAM policy or CloudFormation template found (1 JSON or YAML file looked at)',
        'docs: no IAM policy or CloudFormation template found (no .json, .jsonc, .yaml, .yml or .template file in it)',
        '',
        '0 errors, 0 warnings, 0 infos in 0 files (1 skipped)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('expands a quoted glob itself, with ** reaching any depth', () => {
    const run = cli(repo, 'lint', 'policies/**/*.json*');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^policies\/admin\.json:1:13: error invalid-version: /m);
    assert.match(run.stdout, /^policies\/nested\/deep\/read\.jsonc:2:2: warning old-version: /m);
    assert.match(run.stdout, /in 2 files \(1 skipped\)\n$/);
  });

  it('matches a glob without ** in one folder only', () => {
    const run = cli(repo, 'lint', 'policies/*.jsonc');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: no files match policies/*.jsonc\n');
    assert.equal(run.stdout, '');
  });

  it('passes silently over files a glob matches that are not policies, binary ones not named .json included', () => {
    const run = cli(repo, 'lint', 'policies/*');
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^1 error, 0 warnings, 0 infos in 1 file \(3 skipped\)\n$/m);
  });

  it('lints a file given twice, or given and found in a folder, once', () => {
    const run = cli(repo, 'lint', 'policies/admin.json', 'policies', './policies/admin.json');
    assert.equal(run.stdout.split(BAD_VERSION_MESSAGE).length - 1, 1);
  });

  it('notes a file given by name that is not a policy', () => {
    assert.deepEqual(cli(repo, 'lint', 'config/settings.json'), {
      code: 0,
      stdout:
        'config/settings.json: not an IAM policy or CloudFormation template, skipped\n\n0 errors, 0 warnings, 0 infos in 0 files (1 skipped)\n',
      stderr: '',
    });
  });

  it('accepts comments in .jsonc files but reports them in .json files, as IAM rejects them', () => {
    assert.doesNotMatch(cli(repo, 'lint', 'policies/nested/deep/read.jsonc').stdout, /json-syntax/);
    const run = cli(dir, 'lint', 'commented.json');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^commented\.json:1:1: error json-syntax: /);
  });

  it('exits 2 with one line on stderr for a file that does not exist, and lints the rest', () => {
    const run = cli(repo, 'lint', 'policies/admin.json', 'policies/missing.json');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: cannot read policies/missing.json: no such file or folder\n');
    assert.match(run.stdout, /^policies\/admin\.json:1:13: error invalid-version: /);
  });

  it('exits 2 for a binary file given by name', () => {
    const run = cli(repo, 'lint', 'logo.json');
    assert.deepEqual(run, {
      code: 2,
      stdout: '0 errors, 0 warnings, 0 infos in 0 files (1 skipped)\n',
      stderr: 'policy-lens: cannot lint logo.json: it is a binary file, not text\n',
    });
  });

  it('exits 2 for a broken symbolic link found in a folder', { skip: isWindows }, () => {
    const linked = workspace({ 'folder/ok.json': VALID });
    symlinkSync(join(linked, 'nowhere.json'), join(linked, 'folder', 'broken.json'));
    const run = cli(linked, 'lint', 'folder');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: cannot read folder/broken.json: it is a broken symbolic link\n');
    assert.equal(run.stdout, '0 errors, 0 warnings, 0 infos in 1 file (1 skipped)\n');
  });

  it('follows a link to a folder once, so a link back to a parent does not loop', { skip: isWindows }, () => {
    const looped = workspace({ 'folder/sub/bad.json': BAD_VERSION });
    symlinkSync(join(looped, 'folder'), join(looped, 'folder', 'sub', 'back'));
    const run = cli(looped, 'lint', 'folder');
    assert.equal(run.code, 1);
    assert.equal(run.stdout.split(BAD_VERSION_MESSAGE).length - 1, 1);
  });

  it('exits 2 for a named pipe instead of waiting on it', { skip: isWindows }, () => {
    const piped = workspace({});
    spawnSync('mkfifo', [join(piped, 'pipe.json')]);
    const run = cli(piped, 'lint', 'pipe.json');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: cannot read pipe.json: it is not a regular file\n');
  });

  it('exits 2 for a file it may not read', { skip: isRoot || isWindows ? 'root reads every file' : false }, () => {
    const locked = workspace({ 'locked.json': VALID });
    chmodSync(join(locked, 'locked.json'), 0o000);
    const run = cli(locked, 'lint', 'locked.json');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: cannot read locked.json: permission denied\n');
  });

  it('exits 2 for a folder it may not read', { skip: isRoot || isWindows ? 'root reads every folder' : false }, () => {
    const locked = workspace({ 'locked/a.json': VALID });
    chmodSync(join(locked, 'locked'), 0o000);
    const run = cli(locked, 'lint', 'locked');
    chmodSync(join(locked, 'locked'), 0o755);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'policy-lens: cannot read folder locked: permission denied\n');
  });

  it('reports and skips a file over --max-file-size, without failing', () => {
    const run = cli(dir, 'lint', '--max-file-size', '1KB', 'big.json');
    assert.deepEqual(run, {
      code: 0,
      stdout:
        'big.json: skipped: 2.1 KB is over the --max-file-size limit of 1 KB\n\n0 errors, 0 warnings, 0 infos in 0 files (1 skipped)\n',
      stderr: '',
    });
    assert.equal(
      cli(dir, 'lint', '--max-file-size', '3000', 'big.json').stdout,
      '0 errors, 0 warnings, 0 infos in 1 file\n',
    );
  });
});
