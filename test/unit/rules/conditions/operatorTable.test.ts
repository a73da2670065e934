import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allOperatorNames,
  operatorFit,
  operatorInfo,
  typedCounterpart,
} from '../../../../server/src/catalog/operators';

describe('the table of condition operators', () => {
  it('knows operators by their exact, case-sensitive name', () => {
    assert.equal(operatorInfo('IpAddress')?.family, 'IpAddress');
    assert.equal(operatorInfo('IPAddress'), undefined);
    assert.equal(operatorInfo('ArnEquals')?.wildcards, true);
    assert.equal(operatorInfo('StringNotLike')?.negated, true);
  });
  it('lists every full name once, without NullIfExists', () => {
    const names = allOperatorNames();
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.includes('ForAnyValue:StringLikeIfExists'));
    assert.ok(!names.includes('NullIfExists'));
    assert.equal(names.length, 3 * (26 * 2 + 1));
  });
  it('tells fitting, usable and mismatched pairs of operator and key type apart', () => {
    assert.equal(operatorFit('Arn', 'ARN', 'aws:SourceArn'), 'ok');
    assert.equal(operatorFit('Numeric', 'Date', 'aws:EpochTime'), 'ok');
    assert.equal(operatorFit('String', 'ARN', 'aws:SourceArn'), 'usable');
    assert.equal(operatorFit('Arn', 'String', 'aws:SourceAccount'), 'usable');
    assert.equal(operatorFit('Arn', 'String', 'kms:EncryptionContext:aws:logs:arn'), 'ok');
    assert.equal(operatorFit('String', 'IPAddress', 'aws:SourceIp'), 'mismatch');
    assert.equal(operatorFit('Numeric', 'Bool', 'aws:SecureTransport'), 'mismatch');
    assert.equal(operatorFit('Null', 'Binary', 'x:y'), 'ok');
  });
  it('gives the typed counterpart of a String operator', () => {
    assert.equal(typedCounterpart('StringLike', 'ARN'), 'ArnLike');
    assert.equal(typedCounterpart('StringEquals', 'Bool'), 'Bool');
    assert.equal(typedCounterpart('StringLike', 'Numeric'), undefined);
  });
});
