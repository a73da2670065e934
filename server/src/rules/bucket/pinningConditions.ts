import { operatorInfo } from '../../catalog/operators';
import { ConditionEntry, conditionEntries } from '../../model/condition';
import { Statement } from '../../model/policy';
import { PNode } from '../../parsing/tree';

/**
 * Condition keys that tie a request to a caller or a place the policy's author chooses: an account, an
 * organization, a principal, a network, or the AWS resource on whose behalf a service calls. Keys anyone can
 * satisfy from their own account are left out on purpose: aws:username (any account can have a user of that name),
 * aws:PrincipalTag (anyone can tag their own roles), aws:Referer and aws:UserAgent (set by the caller), aws:VpcSourceIp
 * (private ranges exist in every VPC), aws:SecureTransport, aws:ResourceAccount (the bucket's own account).
 */
export const PINNING_KEYS: readonly string[] = [
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalServiceName',
  'aws:PrincipalServiceNamesList',
  'aws:userid',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceOwner',
  'aws:SourceIp',
  'aws:SourceVpc',
  'aws:SourceVpcArn',
  'aws:SourceVpce',
  'kms:CallerAccount',
  's3:DataAccessPointAccount',
  's3:DataAccessPointArn',
];

const PINNING = new Set(PINNING_KEYS.map((k) => k.toLowerCase()));

/** Operators that match only when the key is present and equal to (or like) one of the values. */
const POSITIVE = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'IpAddress']);

/** True when some condition of the statement limits it to callers or places the author chose. */
export function pinsCaller(statement: Statement): boolean {
  return conditionEntries(statement).some(entryPins);
}

/**
 * An entry pins the caller when its key is one of PINNING_KEYS, its operator requires the key to be present
 * (no IfExists, no negation, no ForAllValues, which all match a request without the key), and none of its values
 * matches anybody (`*`, `0.0.0.0/0`, an ARN of any account).
 */
function entryPins(entry: ConditionEntry): boolean {
  const { parsed } = entry;
  if (!PINNING.has(entry.key.key.toLowerCase())) return false;
  if (parsed.ifExists || parsed.qualifier === 'ForAllValues' || !POSITIVE.has(parsed.base)) return false;
  if (!operatorInfo(parsed.base)) return false;
  return entry.values.length > 0 && entry.values.every(valuePins);
}

function valuePins(node: PNode): boolean {
  if (node.type === 'number') return true;
  if (node.type !== 'string') return false;
  const text = node.value.trim();
  if (text === '' || /^[*?]+$/.test(text)) return false;
  if (text.startsWith('arn:')) return !/^[*?]+$/.test(text.split(':')[4] ?? '*');
  const prefix = /\/(\d+)$/.exec(text);
  if (prefix) return Number(prefix[1]) >= (text.includes(':') ? 32 : 8);
  return true;
}
