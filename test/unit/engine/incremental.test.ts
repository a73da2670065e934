// The differential test of the hot path: after every edit of long random sequences, the incremental analysis of a
// template (a resource parsed again, policies' findings reused) must equal a full analysis of the same text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/engine/analyze';
import { changedRange, DocumentAnalyzer } from '../../../server/src/engine/incremental';
import { Random, fuzzSeed } from '../../robustness/random';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'templates');
const EDITS = Number(process.env.POLICY_LENS_DIFFERENTIAL_EDITS) || 400;

/** Text a user types or pastes: characters that matter to JSON, YAML and policies. */
const PIECES = [
  'a',
  'S',
  '3',
  ':',
  '*',
  '"',
  "'",
  ',',
  ' ',
  '\n',
  '  ',
  '{',
  '}',
  '[',
  ']',
  '-',
  '!Ref ',
  '${',
  '}',
  's3:GetObject',
  'Arn',
  '#',
  'Effect: Deny',
  '"Action": "s3:*",',
];

function edit(text: string, random: Random): string {
  // Most edits fall in the Resources section, where the incremental path works; some anywhere.
  const resources = text.indexOf('Resources');
  const from = random.int(0, 9) < 8 && resources >= 0 ? resources : 0;
  const at = random.int(from, text.length);
  switch (random.int(0, 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + random.int(1, 3));
    case 1:
      return text.slice(0, at) + random.pick(PIECES) + text.slice(at);
    case 2: {
      const end = Math.min(text.length, at + random.int(1, 12));
      return text.slice(0, at) + random.pick(PIECES) + text.slice(end);
    }
    default: {
      // Type into a word, the common case: next to a letter, so that the structure stays as it is.
      let near = at;
      while (near < text.length && !/[A-Za-z]/.test(text[near])) near++;
      return text.slice(0, near) + random.pick(['x', 'Q', '1', 'e']) + text.slice(near);
    }
  }
}

function shown(findings: { ruleId: string; offset: number; length: number; message: string; severity: string }[]) {
  return findings.map((f) => `${f.offset}+${f.length} ${f.severity} ${f.ruleId}: ${f.message}`);
}

describe('incremental analysis equals full analysis', () => {
  for (const [file, languageId] of [
    ['app.yaml', 'yaml'],
    ['app.json', 'json'],
    ['defects.yaml', 'yaml'],
    ['defects.json', 'json'],
  ] as const) {
    it(`after each of ${EDITS} random edits of ${file}`, () => {
      const seed = fuzzSeed();
      const random = new Random((seed ^ (file.length * 7919)) >>> 0);
      const analyzer = new DocumentAnalyzer();
      const original = readFileSync(join(FIXTURES, file), 'utf8');
      let text = original;
      let units = 0;
      for (let i = 0; i < EDITS; i++) {
        // Now and then start again from the valid text, so that edits keep landing in a parseable template.
        text = i % 25 === 0 ? original : edit(text, random);
        const input = { text, fileName: file, languageId };
        const incremental = analyzer.analyze(input);
        if (analyzer.stats.parse === 'unit') units++;
        const full = analyze(input);
        assert.deepEqual(
          shown(incremental.findings),
          shown(full.findings),
          `edit ${i} (seed ${seed}) of ${file} gave other findings incrementally; text:\n${text}`,
        );
      }
      console.log(`${file}: ${EDITS} edits, ${units} analysed through the resource alone`);
      assert.ok(units > EDITS / 10, `only ${units} edits took the incremental path`);
    });
  }

  it('analyses the same text again under new settings, with their findings', () => {
    const text = readFileSync(join(FIXTURES, 'defects.yaml'), 'utf8');
    const analyzer = new DocumentAnalyzer();
    const input = { text, fileName: 'defects.yaml', languageId: 'yaml' };
    const all = analyzer.analyze(input).findings.map((f) => f.ruleId);
    const quiet = { ...input, settings: { rules: { 'cfn-unused-parameter': 'off' as const }, policyKinds: {} } };
    const fewer = analyzer.analyze(quiet).findings.map((f) => f.ruleId);
    assert.ok(all.includes('cfn-unused-parameter'));
    assert.deepEqual(
      fewer,
      all.filter((r) => r !== 'cfn-unused-parameter'),
    );
    assert.deepEqual(shown(analyzer.analyze(input).findings), shown(analyze(input).findings));
  });

  describe('a resource whose node an edit left alone', () => {
    const template = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Resources:',
      '  Reports:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketName: reports',
      '  Reader:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Effect: Allow',
      '            Action: s3:GetObject',
      '            Resource: !GetAtt Reports.Arn',
      '  Other:',
      '    Type: AWS::SQS::Queue',
      '',
    ].join('\n');
    const input = (text: string) => ({ text, fileName: 't.yaml', languageId: 'yaml' });
    const mismatch = (text: string) =>
      analyze(input(text))
        .findings.filter((f) => f.ruleId === 'resource-mismatch')
        .map((f) => f.message);

    it("keeps its policies' findings without resolving them again", () => {
      const analyzer = new DocumentAnalyzer();
      analyzer.analyze(input(template));
      const edited = template.replace('AWS::SQS::Queue', 'AWS::SQSx::Queue');
      const incremental = analyzer.analyze(input(edited));
      assert.deepEqual(analyzer.stats, { parse: 'unit', reused: 1, analysed: 0 });
      assert.deepEqual(shown(incremental.findings), shown(analyze(input(edited)).findings));
    });

    it('is analysed again when a resource its intrinsics name changes', () => {
      const analyzer = new DocumentAnalyzer();
      analyzer.analyze(input(template));
      // !GetAtt Reports.Arn was a bucket ARN, and is now a queue's: the finding on it changes.
      const edited = template.replace('AWS::S3::Bucket', 'AWS::SQS::Queue');
      assert.notDeepEqual(mismatch(edited), mismatch(template));
      const incremental = analyzer.analyze(input(edited));
      assert.equal(analyzer.stats.parse, 'unit');
      assert.equal(analyzer.stats.reused, 0);
      assert.deepEqual(shown(incremental.findings), shown(analyze(input(edited)).findings));
    });

    it('keeps the offsets of its findings right when an edit before it moves it', () => {
      const analyzer = new DocumentAnalyzer();
      analyzer.analyze(input(template));
      const edited = template.replace('BucketName: reports', 'BucketName: rep-and-more-orts');
      const incremental = analyzer.analyze(input(edited));
      assert.equal(analyzer.stats.parse, 'unit');
      assert.deepEqual(shown(incremental.findings), shown(analyze(input(edited)).findings));
      const [finding] = incremental.findings.filter((f) => f.ruleId === 'resource-mismatch');
      assert.equal(edited.slice(finding.offset, finding.offset + finding.length), '!GetAtt Reports.Arn');
    });
  });

  it('finds the changed range of two texts', () => {
    assert.deepEqual(changedRange('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changedRange('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedRange('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(changedRange('abc', ''), { start: 0, oldEnd: 3, newEnd: 0 });
  });
});
