import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, nearest } from '../../../server/src/catalog/suggest';

describe('closest', () => {
  it('finds the nearest candidate ignoring case', () => {
    assert.equal(closest('GetObjekt', ['GetObject', 'PutObject', 'GetBucketAcl']), 'GetObject');
    assert.equal(closest('grnatIsForAWSResource', ['GrantIsForAWSResource', 'CallerAccount']), 'GrantIsForAWSResource');
  });
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(closest('GetObejct', ['GetObject', 'GetBucket']), 'GetObject');
  });
  it('gives nothing when no candidate is close', () => {
    assert.equal(closest('Completely', ['GetObject', 'PutObject']), undefined);
  });
  it('orders several suggestions by distance', () => {
    assert.deepEqual(nearest('Stringequals', ['StringEquals', 'StringNotEquals', 'NumericEquals'], 2), [
      'StringEquals',
      'StringNotEquals',
    ]);
  });
});
