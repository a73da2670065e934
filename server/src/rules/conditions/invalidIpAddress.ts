import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { knownEntries } from './entries';
import { parseCidr } from './ip';
import { quoted } from './words';

/** A value of IpAddress/NotIpAddress that is not an IP address or CIDR range. */
export const invalidIpAddress: Rule = {
  id: 'invalid-ip-address',
  name: 'Invalid IP address or range',
  summary: 'An IpAddress or NotIpAddress value is not an IPv4 or IPv6 address or CIDR range.',
  description: [
    '`IpAddress` and `NotIpAddress` take addresses and ranges in CIDR notation: `203.0.113.0/24`,',
    '`2001:DB8:1234:5678::/64`, or a single address (taken as `/32` or `/128`). Wildcards (`10.0.*`), ranges',
    'written with a dash, host names and numbers are not addresses. IAM Access Analyzer reports these as errors,',
    'so this is an error.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['TYPE_MISMATCH_IP_RANGE'],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.info.family !== 'IpAddress') continue;
      for (const value of entry.values) {
        if (value.type === 'string') {
          if (value.value.includes('${') || parseCidr(value.value)) continue;
          report(
            valueSpan(value),
            `${quoted(value.value)} is not an IP address or CIDR range: write one such as 203.0.113.0/24.`,
          );
        } else if (value.type === 'number' || value.type === 'boolean') {
          report(value, `${entry.parsed.base} takes IP addresses as strings, such as "203.0.113.0/24".`);
        }
      }
    }
  },
};
