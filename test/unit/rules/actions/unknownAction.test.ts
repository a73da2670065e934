import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const rule = 'unknown-action';

function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('unknown-action', () => {
  it('reports a misspelt action on its name, with the nearest action as the fix', () => {
    const [finding] = expectFindings(policy(allow('"s3:«GetObjekt»"')), rule, [
      '"s3:GetObjekt" is not an action. Did you mean s3:GetObject?',
    ]);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.data, { replacement: 'GetObject' });
  });

  it('suggests a wildcard for a name that only starts several actions', () => {
    const [list, describeFinding] = expectFindings(policy(allow('["s3:«List»", "ec2:«Describe»"]')), rule, [
      '"s3:List" is not an action, only the start of 18 action names. Did you mean s3:List* to match them all?',
      /^"ec2:Describe" is not an action, only the start of \d+ action names\. Did you mean ec2:Describe\* to match them all\?$/,
    ]);
    assert.deepEqual(list.data, { replacement: 'List*' });
    assert.deepEqual(describeFinding.data, { replacement: 'Describe*' });
  });

  it('prefers a one-letter slip over the wildcard, and names both', () => {
    const [finding] = expectFindings(policy(allow('"s3:«GetObjec»"')), rule, [
      /^"s3:GetObjec" is not an action\. Did you mean s3:GetObject, or s3:GetObjec\* \(\d+ actions\)\?$/,
    ]);
    assert.deepEqual(finding.data, { replacement: 'GetObject' });
  });

  it('completes a name that starts a single action', () => {
    const [finding] = expectFindings(policy(allow('"s3:«GetBucketPolicyStat»"')), rule, [
      '"s3:GetBucketPolicyStat" is not an action. Did you mean s3:GetBucketPolicyStatus?',
    ]);
    assert.deepEqual(finding.data, { replacement: 'GetBucketPolicyStatus' });
  });

  it('names the services that have the action when the prefix is the mistake', () => {
    const [iam] = expectFindings(policy(allow('["iam:«AssumeRole»", "s3:«GetItem»"]')), rule, [
      '"iam:AssumeRole" is not an action of AWS Identity and Access Management (IAM), but sts:AssumeRole is: check the service prefix.',
      '"s3:GetItem" is not an action of Amazon S3, but dax:GetItem and dynamodb:GetItem are: check the service prefix.',
    ]);
    assert.equal(iam.data, undefined);
  });

  it('reports a name with nothing near', () => {
    expectFindings(policy(allow('"s3:«Frobnicate»"')), rule, [
      '"s3:Frobnicate" is not an action of Amazon S3: check the name in the service\'s list of actions.',
    ]);
  });

  it('checks NotAction and every kind of policy', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": "kms:«Decrpyt»", "Resource": "*"}'), rule, [
      '"kms:Decrpyt" is not an action. Did you mean kms:Decrypt?',
    ]);
  });

  it('replaces the whole token when the string has escapes', () => {
    const [finding] = expectFindings(policy(allow('«"s3:Get\\u004fbjekt"»')), rule, [
      '"s3:GetObjekt" is not an action. Did you mean s3:GetObject?',
    ]);
    assert.deepEqual(finding.data, { replacement: '"s3:GetObject"' });
  });

  it('accepts real actions in any case', () => {
    expectNone(
      policy(
        allow(
          '["s3:GetObject", "s3:getobject", "S3:GETOBJECT", "iam:PassRole", "sts:AssumeRole", "execute-api:Invoke"]',
        ),
      ),
      rule,
    );
  });

  it('leaves wildcards, unknown services and malformed values to other rules', () => {
    expectNone(
      policy(
        allow('["s3:Git*", "s3:Get?bject", "s4:GetObjekt", "*", "s3GetObjekt", "s3:Get Objekt", "s3:${aws:username}"]'),
      ),
      rule,
    );
  });
});
