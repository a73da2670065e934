import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, policy } from '../../../helpers/marked';
import { conditionsRules } from '../../../../server/src/rules/conditions';

const IDS = new Set(conditionsRules.map((r) => r.id));
const conditionFindings = (text: string) => lint(text).filter((f) => IDS.has(f.ruleId));
const withCondition = (condition: string) =>
  policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": ${condition}}`);

describe('condition rules on unexpected input', () => {
  it('do not crash on any shape where a condition is expected', () => {
    const shapes = [
      '"StringEquals"',
      '[]',
      '[{"StringEquals": {"aws:username": "a"}}]',
      'null',
      '42',
      '{}',
      '{"StringEquals": null}',
      '{"StringEquals": []}',
      '{"StringEquals": "x"}',
      '{"StringEquals": {"aws:username": null}}',
      '{"StringEquals": {"aws:username": {"a": 1}}}',
      '{"IpAddress": {"aws:SourceIp": [[["10.0.0.0/8"]]]}}',
      '{"Null": {"": ""}}',
      '{"": {"": []}}',
      '{"Bool": {"aws:SecureTransport": [true, false, null]}}',
      '{"DateLessThan": {"aws:CurrentTime": [1e400, -1, 0.5]}}',
      '{"NumericEquals": {"s3:max-keys": "\\u0031"}}',
      '{"String\\u0045quals": {"aws:u\\u0073ername": "a"}}',
    ];
    for (const shape of shapes) assert.doesNotThrow(() => conditionFindings(withCondition(shape)), shape);
  });
  it('report within the escaped token when a key is written with escapes', () => {
    const text = withCondition('{"StringEquals": {"aws:u\\u0073ernam": "a"}}');
    const [finding] = conditionFindings(text).filter((f) => f.ruleId === 'unknown-condition-key');
    assert.equal(text.substr(finding.offset, finding.length), '"aws:u\\u0073ernam"');
  });
  it('stay fast on huge and wildcard-heavy names and values', () => {
    const huge = 'a:'.padEnd(100_000, 'b/');
    const wild = '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b';
    const text = withCondition(
      `{"${huge}": {"${huge}": "${huge}"}, "StringEquals": {"${huge}": "${wild}", "aws:${wild}": "x", "s3:prefix${'/x'.repeat(50_000)}": "x"},
        "IpAddress": {"aws:SourceIp": "${'1.'.repeat(50_000)}"}, "NumericEquals": {"s3:max-keys": "\${${'x'.repeat(50_000)}"}}`,
    );
    const start = Date.now();
    const findings = conditionFindings(text);
    assert.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
    assert.ok(
      findings.every((f) => f.message.length < 400),
      'messages stay short',
    );
  });
});
