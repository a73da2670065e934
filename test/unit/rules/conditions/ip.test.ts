import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCidr, hasHostBits, isPrivate, networkOf, parseCidr } from '../../../../server/src/rules/conditions/ip';

const cidr = (text: string) => {
  const parsed = parseCidr(text);
  assert.ok(parsed, text);
  return parsed;
};

describe('IP ranges in conditions', () => {
  it('reads IPv4 and IPv6 addresses with and without a prefix', () => {
    assert.deepEqual(cidr('203.0.113.0/24'), { version: 4, bytes: [203, 0, 113, 0], prefix: 24, explicitPrefix: true });
    assert.equal(cidr('2001:DB8::1').prefix, 128);
    assert.equal(formatCidr(cidr('::ffff:203.0.113.1')), '::ffff:cb00:7101');
  });
  it('refuses what is not an address', () => {
    for (const text of [
      '203.0.113',
      '203.0.113.256',
      '203.0.113.0/',
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      'fe80::1%eth0',
      '10.0.0.0/8 ',
      '',
    ]) {
      assert.equal(parseCidr(text), undefined, text);
    }
  });
  it('clears host bits and writes IPv6 in its compressed form', () => {
    assert.equal(formatCidr(networkOf(cidr('203.0.113.77/20'))), '203.0.112.0/20');
    assert.equal(formatCidr(networkOf(cidr('2001:db8:0:0:1:0:0:1/64'))), '2001:db8::/64');
    assert.equal(formatCidr(cidr('2001:db8:0:1:0:0:0:1')), '2001:db8:0:1::1');
    assert.equal(hasHostBits(cidr('10.0.0.0/8')), false);
    assert.equal(hasHostBits(cidr('10.0.0.1/8')), true);
  });
  it('knows private space from public space', () => {
    assert.equal(isPrivate(cidr('10.10.0.0/16')), true);
    assert.equal(isPrivate(cidr('172.31.255.255')), true);
    assert.equal(isPrivate(cidr('fd12:3456::/48')), true);
    assert.equal(isPrivate(cidr('172.32.0.0/16')), false);
    assert.equal(isPrivate(cidr('10.0.0.0/7')), false);
    assert.equal(isPrivate(cidr('2001:db8::/32')), false);
  });
});
