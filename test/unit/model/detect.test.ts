import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPolicy } from '../../../server/src/model/detect';
import { parseJson } from '../../../server/src/parsing/json';
import { PObject } from '../../../server/src/parsing/tree';

function kindOf(policy: object, fileName?: string, kindGlobs?: Record<string, string>) {
  const root = parseJson(JSON.stringify(policy)).root as PObject;
  const detected = detectPolicy(root, { fileName, kindGlobs });
  return `${detected.kind}: ${detected.kindReason}`;
}

const identity = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
const bucket = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
};
const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const key = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
  ],
};

describe('policy kind detection', () => {
  it('takes the kind from a file-name convention first', () => {
    assert.equal(kindOf(identity, '/p/logs.bucket-policy.json'), 'bucket: file name ends in .bucket-policy.json');
    assert.equal(kindOf(bucket, 'C:\\p\\admin.scp.json'), 'scp: file name ends in .scp.json');
    assert.equal(kindOf(bucket, '/p/readers.policy.json'), 'identity: file name ends in .policy.json');
  });
  it('then from the policyKinds setting', () => {
    assert.equal(
      kindOf(identity, '/w/keys/app.json', { '**/keys/*.json': 'key' }),
      'key: setting policyLens.policyKinds: **/keys/*.json',
    );
    assert.equal(
      kindOf(identity, '/w/keys/app.json', { '**/keys/*.json': 'nonsense' }),
      'identity: no statement has a Principal',
    );
  });
  it('then from the content', () => {
    assert.equal(kindOf(identity), 'identity: no statement has a Principal');
    assert.equal(kindOf(bucket), 'bucket: only s3 actions on S3 ARNs, with a Principal');
    assert.equal(kindOf(trust), 'trust: only sts actions, a Principal and no Resource');
    assert.equal(kindOf(key), 'key: only kms actions on Resource "*", with a Principal');
  });
});
