import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awsDoc, awsDocFiles, docFindings, expectNoDocFinding } from '../../../helpers/awsDocs';
import { bucketRules } from '../../../../server/src/rules/bucket';
import { lint } from '../../../helpers/marked';

const BUCKET_RULES = new Set(bucketRules.map((r) => r.id));
const bucketPolicies = awsDocFiles().filter((f) => f.endsWith('.bucket-policy.json'));
const TLS = 'bucket-tls-not-enforced';
const PUBLIC = 'bucket-public-access';

describe('bucket rules on the bucket policies of the AWS documentation', () => {
  for (const file of bucketPolicies) {
    it(`finds nothing wrong in ${file}`, () => {
      const expected = new Set(
        [...BUCKET_RULES].filter((id) => id !== TLS && !(file === 'public-read.bucket-policy.json' && id === PUBLIC)),
      );
      expectNoDocFinding(file, expected);
      expectNoDocFinding(file, expected, { compact: true });
    });
  }
  it('gets no error or warning from any rule on the deny-insecure-transport, VPC endpoint, organization, SSE and CloudFront examples', () => {
    for (const file of [
      'tls-only',
      'vpc-endpoint-only',
      'organization-only',
      'require-sse',
      'cloudfront-oac',
      'elb-access-logs',
      'cross-account',
    ]) {
      const text = awsDoc(`${file}.bucket-policy.json`);
      const serious = lint(text, { fileName: `${file}.bucket-policy.json` }).filter(
        (f) => f.severity === 'error' || f.severity === 'warning',
      );
      assert.deepEqual(
        serious.map((f) => `${file}: ${f.ruleId} ${f.message}`),
        [],
      );
    }
  });
  it('reports the public read example as public, and suggests TLS wherever it is not enforced', () => {
    assert.deepEqual(
      docFindings('public-read.bucket-policy.json', new Set([PUBLIC])).map((f) => f.covered),
      ['*'],
    );
    assert.deepEqual(docFindings('tls-only.bucket-policy.json', new Set([TLS])), []);
    assert.equal(docFindings('cloudfront-oac.bucket-policy.json', new Set([TLS])).length, 1);
  });
});
