// Templates built to hurt, and thousands of mutated templates: the analysis keeps its properties (properties.ts)
// on YAML and JSON templates as on policies. Replay a fuzz failure with POLICY_LENS_FUZZ_SEED.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CFN_LINT, CORPUS } from '../corpus/corpus';
import { analyze } from '../../server/src/engine/analyze';
import { diagnosticsOf } from '../../server/src/features/diagnostics';
import { readDocumentSettings } from '../../server/src/features/settings';
import { mutate } from './mutators';
import { checkAnalysis, excerpt, GROSS_TIME_LIMIT_MS } from './properties';
import { fuzzSeed, Random } from './random';

const DOCUMENTS = Number(process.env.POLICY_LENS_TEMPLATE_FUZZ_COUNT) || 2_000;

/** Seeds: the realistic fixtures and the corpus templates under 8 KB (larger ones only slow the run down). */
function seedTemplates(): { name: string; text: string; languageId: string }[] {
  const fixtures = join(__dirname, '..', 'fixtures', 'templates');
  const own = ['app.yaml', 'app.json'].map((f) => ({
    name: `templates/${f}`,
    text: readFileSync(join(fixtures, f), 'utf8'),
    languageId: f.endsWith('.json') ? 'json' : 'yaml',
  }));
  const corpus = Object.keys(CFN_LINT)
    .sort()
    .filter((p) => statSync(join(CORPUS, p)).size < 8_000)
    .map((p) => ({
      name: `cfn-corpus/${p}`,
      text: readFileSync(join(CORPUS, p), 'utf8'),
      languageId: /\.ya?ml$/.test(p) ? 'yaml' : 'json',
    }));
  return [...own, ...corpus];
}

/** YAML's own ways to go wrong, on top of the general mutations. */
function yamlMutation(text: string, random: Random): { text: string; name: string } {
  const lines = text.split('\n');
  const at = random.int(0, lines.length - 1);
  switch (random.int(0, 4)) {
    case 0:
      lines[at] = ' ' + lines[at];
      return { text: lines.join('\n'), name: 'indent a line' };
    case 1:
      lines[at] = lines[at].replace(/^(\s*)/, '$1!' + random.pick(['Ref', 'Sub', 'GetAtt', 'If', 'Foo', 'Join']) + ' ');
      return { text: lines.join('\n'), name: 'insert a tag' };
    case 2:
      lines[at] = lines[at].replace(/: (.+)$/, ': &a $1');
      lines.splice(random.int(0, lines.length - 1), 0, `${' '.repeat(random.int(0, 7))}x: *a`);
      return { text: lines.join('\n'), name: 'anchor and alias' };
    case 3:
      return { text: lines.map((l) => l.replace(/^(\s*)- /, '$1-')).join('\n'), name: 'break sequence dashes' };
    default:
      lines.splice(at, 0, random.pick(['---', '? complex', '|', '{', '[', '%YAML 1.1', '"unterminated']));
      return { text: lines.join('\n'), name: 'insert YAML syntax' };
  }
}

describe('pathological templates', () => {
  it('refuses a YAML alias bomb without expanding it, with one error at the alias that crosses the limit', () => {
    const lines = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('Resources:', '  Bomb:', '    Type: AWS::SNS::Topic', '    Metadata: *a9');
    const text = lines.join('\n') + '\n';
    const { ms, findings } = checkAnalysis(text, 'bomb.yaml', 'yaml');
    assert.ok(ms < GROSS_TIME_LIMIT_MS, `${ms} ms`);
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}: ${f.message}`),
      ['yaml-syntax: Aliases expand this document past 1,000,000 nodes; it was not analysed.'],
    );
  });

  it('refuses YAML nested 10,000 deep, in blocks and in flow, without overflowing', () => {
    const flow = `AWSTemplateFormatVersion: "2010-09-09"\nResources: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const block =
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n' +
      Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 2)}- a:`).join('\n') +
      '\n';
    for (const text of [flow, block]) {
      const { findings } = checkAnalysis(text, 'deep.yaml', 'yaml');
      assert.deepEqual(
        findings.map((f) => `${f.ruleId}: ${f.message}`),
        ['yaml-syntax: Nesting deeper than 500 levels; the document was not analysed.'],
      );
    }
  });

  it('analyses a template of 500 resources and about 1 MB, and says once when one is too long to analyse', () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) {
      resources[`Role${i}`] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'read',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: Array.from({ length: 12 }, (_, j) => ({
                  Effect: 'Allow',
                  Action: ['s3:GetObject', 's3:PutObject'],
                  Resource: { 'Fn::Sub': `arn:\${AWS::Partition}:s3:::bucket-${i}-${j}/*` },
                })),
              },
            },
          ],
        },
      };
    }
    const text = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources });
    assert.ok(text.length > 900_000 && text.length < 1_000_000, `${text.length}`);
    const { ms, findings } = checkAnalysis(text, 'big.json', 'json');
    console.log(`a ${text.length.toLocaleString('en-US')}-character template of 500 roles: ${ms.toFixed(0)} ms`);
    assert.ok(ms < GROSS_TIME_LIMIT_MS, `${ms} ms`);
    assert.deepEqual(findings, []);
    // Minified past the server's limit (5 MB): one information diagnostic instead of a frozen editor.
    const huge = text.replace(
      '{"AWSTemplateFormatVersion"',
      `{"Description": "${'x'.repeat(4_200_000)}", "AWSTemplateFormatVersion"`,
    );
    const document = TextDocument.create('file:///t/huge.json', 'json', 1, huge);
    const diagnostics = diagnosticsOf(document, readDocumentSettings({}));
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['document-too-large'],
    );
  });

  it('reads YAML suppression comments', () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters:',
      '  # policy-lens-disable-next-line cfn-unused-parameter -- kept for the next release',
      '  Unused:',
      '    Type: String',
      'Resources:',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '',
    ].join('\n');
    assert.deepEqual(analyze({ text, fileName: 't.yaml', languageId: 'yaml' }).findings, []);
    const without = text.replace(/ *# policy-lens.*\n/, '');
    assert.deepEqual(
      analyze({ text: without, fileName: 't.yaml', languageId: 'yaml' }).findings.map((f) => f.ruleId),
      ['cfn-unused-parameter'],
    );
  });
});

describe('fuzzing templates', () => {
  it(`keeps every property on ${DOCUMENTS} mutated templates, in YAML and JSON`, () => {
    const seed = fuzzSeed();
    const seeds = seedTemplates();
    const failures: string[] = [];
    let slowest = { ms: 0, where: '' };
    checkAnalysis(seeds[0].text, 'warm.yaml', 'yaml');
    const started = performance.now();
    for (let index = 0; index < DOCUMENTS && failures.length < 10; index++) {
      const random = new Random((seed + Math.imul(index + 1, 0x85ebca6b)) >>> 0);
      const source = random.pick(seeds);
      let { text, applied } = mutate(source.text, random);
      if (source.languageId === 'yaml' && random.int(0, 1) === 0) {
        const extra = yamlMutation(text, random);
        text = extra.text;
        applied = [...applied, extra.name];
      }
      const fileName = source.languageId === 'yaml' ? 'fuzz.yaml' : 'fuzz.json';
      const where = `template #${index} (seed ${seed}; ${source.name}; ${applied.join(', ')})`;
      try {
        const first = checkAnalysis(text, fileName, source.languageId);
        if (first.ms > slowest.ms) slowest = { ms: first.ms, where };
        const again = checkAnalysis(text, fileName, source.languageId);
        assert.deepEqual(again.findings, first.findings, 'the same text analysed twice gave other findings');
      } catch (error) {
        failures.push(`${where}: ${error instanceof Error ? error.message : String(error)}\n  text: ${excerpt(text)}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `template fuzz: ${DOCUMENTS} templates in ${seconds.toFixed(1)} s (seed ${seed}); slowest analysis ${slowest.ms.toFixed(1)} ms: ${slowest.where}`,
    );
    assert.deepEqual(failures, [], `fuzzing failed (replay with POLICY_LENS_FUZZ_SEED=${seed})`);
  });
});
