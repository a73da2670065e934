import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ruleDocUrl } from '../../server/src/rules/docsUrl';
import { oldVersion } from '../../server/src/rules/grammar/oldVersion';
import { BAD_VERSION, BAD_VERSION_MESSAGE, cli, NO_VERSION, NOT_POLICY, VALID, workspace } from './helpers';
import { assertSarifShape } from './sarifShape';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function sarif(dir: string, ...args: string[]): { code: number | null; log: any } {
  const run = cli(dir, 'lint', '--format', 'sarif', ...args);
  const log = JSON.parse(run.stdout);
  assertSarifShape(log);
  return { code: run.code, log };
}

describe('policy-lens lint --format sarif', () => {
  const dir = workspace({
    'my policies/bad version.json': BAD_VERSION,
    'no-version.json': NO_VERSION,
    'valid.json': VALID,
    'package.json': NOT_POLICY,
  });

  it('writes a SARIF 2.1.0 log whose tool is Policy Lens and describes every rule with its docs link', () => {
    const { code, log } = sarif(dir, 'valid.json');
    assert.equal(code, 0);
    const driver = log.runs[0].tool.driver;
    assert.equal(log.runs.length, 1);
    assert.equal(driver.name, 'Policy Lens');
    assert.equal(driver.version, pkg.version);
    assert.equal(driver.informationUri, 'https://github.com/policy-lens/policy-lens');
    const ids: string[] = driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ['json-syntax', 'invalid-version', 'old-version']) assert.ok(ids.includes(id), id);
    for (const r of driver.rules) assert.equal(r.helpUri, ruleDocUrl(r.id));
    const rule = driver.rules.find((r: { id: string }) => r.id === 'old-version');
    assert.deepEqual(
      { name: rule.name, helpUri: rule.helpUri, level: rule.defaultConfiguration.level },
      { name: 'OldVersion', helpUri: ruleDocUrl('old-version'), level: 'warning' },
    );
    assert.equal(rule.shortDescription.text, oldVersion.summary);
    assert.equal(rule.fullDescription.markdown, oldVersion.description);
    assert.deepEqual(log.runs[0].results, []);
  });

  it('locates a result by 1-based line and column, relative to the working folder with an encoded URI', () => {
    const { code, log } = sarif(dir, 'my policies/bad version.json');
    assert.equal(code, 1);
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir + '/').href } });
    const [result] = run.results;
    assert.equal(result.ruleId, 'invalid-version');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'invalid-version');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.message, { text: BAD_VERSION_MESSAGE });
    assert.deepEqual(result.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'my%20policies/bad%20version.json', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 23 },
        },
      },
    ]);
  });

  it('offers the suggested replacement as a SARIF fix for exactly the reported region', () => {
    const [result] = sarif(dir, 'my policies/bad version.json').log.runs[0].results;
    assert.deepEqual(result.fixes[0].artifactChanges[0].replacements, [
      {
        deletedRegion: { startLine: 1, startColumn: 13, endLine: 1, endColumn: 23 },
        insertedContent: { text: '2012-10-17' },
      },
    ]);
  });

  it('maps warnings to warning and information to note', () => {
    const warning = sarif(dir, 'no-version.json').log.runs[0].results[0];
    assert.equal(warning.level, 'warning');
    const info = sarif(dir, '--rule', 'old-version=information', 'no-version.json').log.runs[0].results[0];
    assert.equal(info.level, 'note');
  });

  it('reports skipped files and problems as notifications, marking the run unsuccessful on a problem', () => {
    const { code, log } = sarif(dir, 'package.json', 'valid.json', 'gone.json');
    assert.equal(code, 2);
    const [invocation] = log.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(
      invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => [
        n.level,
        n.message.text,
      ]),
      [
        ['error', 'cannot read gone.json: no such file or folder'],
        ['note', 'package.json: not an IAM policy or CloudFormation template, skipped'],
      ],
    );
  });
});

describe('the SARIF shape check used above', () => {
  const minimal = () => ({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'x', rules: [{ id: 'r' }] } },
        results: [
          {
            ruleId: 'r',
            ruleIndex: 0,
            message: { text: 'm' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'a.json' }, region: { startLine: 1, startColumn: 1 } } },
            ],
          },
        ],
      },
    ],
  });

  it('accepts a minimal valid log', () => {
    assert.doesNotThrow(() => assertSarifShape(minimal()));
  });

  it('rejects a log without a driver name, a 0 column, a result without a message, or an unencoded URI', () => {
    const noName = minimal();
    delete (noName.runs[0].tool.driver as { name?: string }).name;
    assert.throws(() => assertSarifShape(noName), /driver\.name/);
    const zeroColumn = minimal();
    zeroColumn.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    assert.throws(() => assertSarifShape(zeroColumn), /startColumn/);
    const noMessage = minimal();
    delete (noMessage.runs[0].results[0] as { message?: unknown }).message;
    assert.throws(() => assertSarifShape(noMessage), /message/);
    const spaced = minimal();
    spaced.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'my policies/a.json';
    assert.throws(() => assertSarifShape(spaced), /not a URI reference/);
  });
});
