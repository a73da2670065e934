import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_FILE_SIZE, parseArgs } from '../../server/src/cli/args';
import { UsageError } from '../../server/src/cli/exitCodes';

function lintOptions(...argv: string[]) {
  const command = parseArgs(['lint', ...argv]);
  assert.equal(command.name, 'lint');
  return command.options;
}

describe('command-line arguments', () => {
  it('defaults to text output, no overrides and a 5 MiB limit', () => {
    assert.deepEqual(lintOptions('a.json'), {
      inputs: ['a.json'],
      format: 'text',
      rules: {},
      policyKinds: {},
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      quiet: false,
    });
  });

  it('reads options before, between and after inputs, with a space or an equals sign', () => {
    const options = lintOptions(
      '-f',
      'sarif',
      'a.json',
      '--rule=old-version=off',
      'b',
      '--rule',
      'invalid-version=hint',
      '-q',
    );
    assert.deepEqual(options.inputs, ['a.json', 'b']);
    assert.equal(options.format, 'sarif');
    assert.deepEqual(options.rules, { 'old-version': 'off', 'invalid-version': 'hint' });
    assert.equal(options.quiet, true);
  });

  it('splits --kind at the last equals sign, since globs may hold one', () => {
    assert.deepEqual(lintOptions('--kind', 'a=b/*.json=trust', 'x').policyKinds, { 'a=b/*.json': 'trust' });
  });

  it('reads sizes in bytes, KB and MB', () => {
    assert.equal(lintOptions('--max-file-size', '1000', 'x').maxFileSize, 1000);
    assert.equal(lintOptions('--max-file-size', '512KB', 'x').maxFileSize, 512 * 1024);
    assert.equal(lintOptions('--max-file-size=2mb', 'x').maxFileSize, 2 * 1024 * 1024);
    assert.throws(() => lintOptions('--max-file-size', '0', 'x'), UsageError);
  });

  it('takes everything after -- as inputs, even when it looks like an option', () => {
    assert.deepEqual(lintOptions('--', '--quiet', '-f').inputs, ['--quiet', '-f']);
  });

  it('answers --help and --version wherever they stand', () => {
    assert.deepEqual(parseArgs(['lint', 'a.json', '--help']), { name: 'help' });
    assert.deepEqual(parseArgs(['--version']), { name: 'version' });
  });
});
