import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { knownEntries } from './entries';
import { formatCidr, hasHostBits, networkOf, parseCidr } from './ip';

/** A CIDR range with bits set after its prefix: `10.0.0.1/16`. */
export const ipRangeHostBits: Rule = {
  id: 'ip-range-host-bits',
  name: 'IP range with host bits set',
  summary: 'A CIDR range has bits set after its prefix, which IAM ignores.',
  description: [
    'In `203.0.113.5/24` only the first 24 bits count: the range is `203.0.113.0/24`. IAM ignores the rest, so',
    'the policy works, but the value reads as if it named one host. This is a hint, with the range as IAM reads',
    'it as the fix.',
  ].join(' '),
  severity: 'hint',
  accessAnalyzer: ['IMPROVE_IP_RANGE'],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.info.family !== 'IpAddress') continue;
      for (const value of entry.values) {
        if (value.type !== 'string') continue;
        const cidr = parseCidr(value.value);
        if (!cidr?.explicitPrefix || !hasHostBits(cidr)) continue;
        const replacement = formatCidr(networkOf(cidr));
        report(
          valueSpan(value),
          `Only the first ${cidr.prefix} bits of "${value.value}" count: the range is ${replacement}.`,
          {
            data: { replacement },
          },
        );
      }
    }
  },
};
