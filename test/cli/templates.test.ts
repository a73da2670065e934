import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, workspace } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'templates');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('policy-lens lint on CloudFormation templates', () => {
  const dir = workspace({
    'infra/app.yaml': fixture('app.yaml'),
    'infra/app.json': fixture('app.json'),
    'infra/legacy.template': fixture('app.yaml').replace("AliasName: !Sub 'alias/", "AliasName: !Sub 'alias/legacy-"),
    'infra/broken.yml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Topic:\n    Type: AWS::SNS::Topik\n",
    '.github/workflows/ci.yml': 'on: push\njobs: {test: {runs-on: ubuntu-latest}}\n',
  });

  it('lints YAML, JSON and .template files in a folder, passing over YAML that is no template', () => {
    const run = cli(dir, 'lint', '.');
    assert.deepEqual(run, {
      code: 1,
      stdout: [
        'infra/broken.yml:4:11: error cfn-unknown-resource-type: Unknown resource type "AWS::SNS::Topik". Did you mean "AWS::SNS::Topic"?',
        '',
        '1 error, 0 warnings, 0 infos in 4 files (1 skipped)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('gives the findings of a template in SARIF with the template rule described', () => {
    const run = cli(dir, 'lint', 'infra/broken.yml', '--format', 'sarif');
    const sarif = JSON.parse(run.stdout);
    const [result] = sarif.runs[0].results;
    assert.equal(result.ruleId, 'cfn-unknown-resource-type');
    assert.deepEqual(result.locations[0].physicalLocation.region, {
      startLine: 4,
      startColumn: 11,
      endLine: 4,
      endColumn: 26,
    });
    const rule = sarif.runs[0].tool.driver.rules[result.ruleIndex];
    assert.equal(rule.id, 'cfn-unknown-resource-type');
  });
});
