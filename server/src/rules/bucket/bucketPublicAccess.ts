import { effectOf, Statement } from '../../model/policy';
import { PString, valueSpan } from '../../parsing/tree';
import { valuesOfKey } from '../principals/principalValues';
import { Rule } from '../rule';
import { PINNING_KEYS, pinsCaller } from './pinningConditions';
import { grantedActions, publicPhrase, readOnly } from './publicActions';

/** An Allow to everyone, with no condition that limits who or where the caller is. */
export const bucketPublicAccess: Rule = {
  id: 'bucket-public-access',
  name: 'Public bucket access',
  summary: 'An Allow statement grants S3 actions to `"*"` with no condition that pins who or where the caller is.',
  description: [
    '`"Principal": "*"` (or `{"AWS": "*"}`) in an Allow statement grants the actions to everyone: any AWS account and',
    'anonymous callers on the internet. That is right for a static website or public data set, and dangerous',
    'anywhere else, so this is a security warning that counts the actions made public by access level and names',
    'them. A statement is not public when a condition ties the caller to an account, organization, principal,',
    `network or AWS resource of your choice, with a key among ${PINNING_KEYS.map((k) => `\`${k}\``).join(', ')},`,
    'a positive operator (StringEquals, StringLike, ArnEquals, ArnLike, IpAddress, or ForAnyValue: of them) without',
    'IfExists, and values that are not wildcards alone, `0.0.0.0/0`-like ranges or ARNs of any account. Keys that any',
    'caller can satisfy do not count: `aws:Referer` and `aws:UserAgent` are sent by the caller, `aws:username` and',
    '`aws:PrincipalTag` can be matched from any account. Public policies only work with S3 Block Public Access',
    'turned off for the bucket and the account (new buckets have it on, and then S3 refuses the policy).',
  ].join(' '),
  severity: 'warning',
  kinds: ['bucket'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow' || pinsCaller(statement)) return;
    const stars = everyone(statement);
    if (stars.length === 0) return;
    const actions = grantedActions(statement, catalog);
    if (actions.length === 0) return;
    const phrase = publicPhrase(actions);
    const message = readOnly(actions)
      ? `This statement makes ${phrase}. That is fine if intended, as for a static website (which also needs Block Public Access off); otherwise add a condition such as aws:PrincipalOrgID or aws:SourceVpce.`
      : `This statement makes ${phrase}, so anyone can change this bucket's data or settings: name the principals, or add a condition such as aws:PrincipalOrgID or aws:SourceVpce.`;
    for (const star of stars) report(valueSpan(star), message);
  },
};

/** The `"*"` strings that stand for everyone: `"Principal": "*"` or `"*"` under AWS. */
function everyone(statement: Statement): PString[] {
  const principal = statement.elements.Principal?.value;
  if (principal?.type === 'string') return principal.value === '*' ? [principal] : [];
  return valuesOfKey(statement, 'AWS')
    .filter((v) => v.element === statement.elements.Principal && v.value.value === '*')
    .map((v) => v.value);
}
