import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const rule = 'action-case';

function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('action-case', () => {
  it('hints at the documented spelling of an action name', () => {
    const [finding] = expectFindings(policy(allow('"s3:«getobject»"')), rule, [
      '"s3:getobject" is documented as s3:GetObject: IAM ignores case here, but the documented spelling is easier to read and search for.',
    ]);
    assert.equal(finding.severity, 'hint');
    assert.deepEqual(finding.data, { replacement: 'GetObject' });
  });

  it('marks only the prefix when only the prefix differs', () => {
    const [finding] = expectFindings(policy(allow('"«S3»:GetObject"')), rule, [
      /^"S3:GetObject" is documented as s3:GetObject/,
    ]);
    assert.deepEqual(finding.data, { replacement: 's3' });
  });

  it('marks the whole value when both parts differ', () => {
    const [finding] = expectFindings(policy(allow('"«IAM:passrole»"')), rule, [
      /^"IAM:passrole" is documented as iam:PassRole/,
    ]);
    assert.deepEqual(finding.data, { replacement: 'iam:PassRole' });
  });

  it('checks NotAction too', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": ["kms:«decrypt»"], "Resource": "*"}'), rule, [
      /^"kms:decrypt" is documented as kms:Decrypt/,
    ]);
  });

  it('accepts documented spellings, wildcards in any case and unknown actions', () => {
    expectNone(policy(allow('["s3:GetObject", "s3:get*", "S3:*", "s3:GetObjekt", "*", "s4:getobject"]')), rule);
  });
});
