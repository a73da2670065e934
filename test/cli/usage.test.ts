import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, VALID, workspace } from './helpers';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
const catalog = JSON.parse(readFileSync(join(__dirname, '..', '..', 'generated', 'catalog.json'), 'utf8')) as {
  source: { package: string; version: string };
};

describe('policy-lens usage', () => {
  const dir = workspace({ 'valid.json': VALID });

  const mistakes: [string[], string][] = [
    [[], 'missing command: run policy-lens lint <files|folders|globs>... (see policy-lens --help)'],
    [['valid.json'], "unknown command 'valid.json': did you mean policy-lens lint valid.json?"],
    [['check', 'valid.json'], "unknown command 'check': the command is policy-lens lint <files|folders|globs>..."],
    [['lint'], 'no input given: policy-lens lint <files|folders|globs>...'],
    [
      ['lint', '--fromat', 'json', 'valid.json'],
      'unknown option --fromat (did you mean --format?); see policy-lens --help',
    ],
    [['lint', 'valid.json', '--format'], 'option --format needs a value: text, json or sarif'],
    [['lint', '--format', 'xml', 'valid.json'], "unknown format 'xml': use text, json or sarif"],
    [
      ['lint', '--rule', 'old-versoin=off', 'valid.json'],
      "--rule old-versoin=off: there is no rule 'old-versoin'; did you mean old-version?",
    ],
    [
      ['lint', '--rule', 'old-version', 'valid.json'],
      '--rule old-version: write id=level, e.g. --rule old-version=off',
    ],
    [
      ['lint', '--rule', 'old-version=fatal', 'valid.json'],
      "--rule old-version=fatal: 'fatal' is not a level; use error, warning, information, hint, off",
    ],
    [
      ['lint', '--kind', '*.json=bukket', 'valid.json'],
      "--kind *.json=bukket: 'bukket' is not a policy kind; use identity, resource, bucket, key, trust, scp, rcp, boundary",
    ],
    [
      ['lint', '--max-file-size', 'lots', 'valid.json'],
      '--max-file-size lots: give a size in bytes, e.g. 1000000, 512KB or 5MB',
    ],
    [['lint', '--quiet=yes', 'valid.json'], 'option --quiet takes no value'],
    [['lint', 'nothing.json'], 'cannot read nothing.json: no such file or folder'],
    [['lint', 'nothing/**/*.json'], 'no files match nothing/**/*.json'],
  ];
  for (const [args, message] of mistakes) {
    it(`exits 2 with one line on stderr for: policy-lens ${args.join(' ')}`, () => {
      assert.deepEqual(cli(dir, ...args), { code: 2, stdout: '', stderr: `policy-lens: ${message}\n` });
    });
  }

  it('prints help documenting the formats, the JSON ranges and the exit codes, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = cli(dir, 'lint', flag);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: policy-lens lint <files\|folders\|globs>\.\.\. \[options\]\n/);
      assert.match(run.stdout, /line and character are 0-based/);
      assert.match(run.stdout, /2 {2}a usage mistake, an input that matched nothing, or a file that could not be read/);
    }
  });

  it('prints its version and the catalog source package and version', () => {
    const run = cli(dir, '--version');
    assert.equal(run.code, 0);
    assert.match(
      run.stdout,
      new RegExp(
        `^policy-lens ${pkg.version.replace(/\./g, '\\.')}\ncatalog: ${catalog.source.package} ${catalog.source.version}`,
      ),
    );
  });
});
