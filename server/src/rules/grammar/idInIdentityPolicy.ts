import { Rule } from '../rule';
import { kindPhrase } from './kindPhrase';

/** An Id element in a policy IAM attaches to identities. */
export const idInIdentityPolicy: Rule = {
  id: 'id-in-identity-policy',
  name: 'Id in an identity policy',
  summary: 'An identity policy or permissions boundary has an Id element.',
  description: [
    'The policy `Id` is for resource-based policies (SNS and SQS use it); IAM documents it as not allowed in',
    'identity-based policies and rejects it there, so this is an error, shown on the key. Remove it, or describe',
    'the policy in its name or description instead.',
  ].join(' '),
  severity: 'error',
  kinds: ['identity', 'boundary'],
  checkDocument({ policy, report }) {
    if (!policy.id) return;
    report(
      policy.id.keySpan,
      `Id is allowed only in resource-based policies; IAM rejects it in ${kindPhrase(policy.kind)}: remove it.`,
    );
  },
};
