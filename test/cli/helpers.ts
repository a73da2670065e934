import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

/** The built CLI; the tests run it as users do, as a separate process. */
export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

/** What one run of the CLI gave. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in a folder. */
export function cli(cwd: string, ...args: string[]): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs before the CLI tests.`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding the given files (path → content), removed after the test file's tests. */
export function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A policy that every rule accepts: the shape of AWS's documentation examples. */
export const VALID = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example-bucket' }],
});

/** The same policy with a Version IAM rejects: one invalid-version error, on line 1 at columns 13 to 23 (1-based). */
export const BAD_VERSION = VALID.replace('2012-10-17', '2012-10-18');

/** The same policy without a Version: one old-version warning, at the "Statement" key (columns 2 to 13). */
export const NO_VERSION = VALID.replace('"Version":"2012-10-17",', '');

/** JSON that is not a policy. */
export const NOT_POLICY = '{"name": "my-app", "private": true}\n';

/** The message invalid-version gives for 2012-10-18. */
export const BAD_VERSION_MESSAGE = '"2012-10-18" is not a policy language version: use 2012-10-17.';

/** The message old-version gives for a missing Version. */
export const NO_VERSION_MESSAGE =
  'The policy has no Version: add "Version": "2012-10-17" so that policy variables work.';
