import { PString, valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { knownEntries } from './entries';
import { Cidr, isPrivate, parseCidr } from './ip';

/** aws:SourceIp compared only with private addresses, which it never holds. */
export const privateSourceIp: Rule = {
  id: 'private-source-ip',
  name: 'aws:SourceIp with private addresses only',
  summary: 'aws:SourceIp is compared only with private IP ranges, which it never holds.',
  description: [
    '`aws:SourceIp` is the public address a request comes from. Requests through a VPC endpoint carry no',
    '`aws:SourceIp` at all, and requests from the internet never come from private space (10.0.0.0/8,',
    '172.16.0.0/12, 192.168.0.0/16, ...). So `IpAddress` with only private ranges never matches, and',
    '`NotIpAddress` with only private ranges always does. IAM accepts it; it can never work as written, so this',
    'is a warning. For addresses inside a VPC use `aws:VpcSourceIp`; for the VPC itself `aws:SourceVpc` or',
    '`aws:SourceVpce`.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['PRIVATE_IP_ADDRESS', 'PRIVATE_NOT_IP_ADDRESS'],
  checkStatement(statement, { report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.info.family !== 'IpAddress' || entry.key.key.toLowerCase() !== 'aws:sourceip') continue;
      const ranges = entry.values.map((v) => (v.type === 'string' ? ([v, parseCidr(v.value)] as const) : undefined));
      const parsed = ranges.filter((r): r is readonly [PString, Cidr] => r?.[1] !== undefined);
      if (parsed.length === 0 || parsed.length !== entry.values.length || !parsed.every(([, c]) => isPrivate(c)))
        continue;
      const effect = entry.info.negated
        ? 'always matches'
        : entry.parsed.ifExists
          ? 'only matches requests without one'
          : 'never matches';
      for (const [value] of parsed) {
        report(
          valueSpan(value),
          `"${value.value}" is a private range, which aws:SourceIp never holds, so this condition ${effect}: use aws:VpcSourceIp for addresses inside a VPC.`,
        );
      }
    }
  },
};
