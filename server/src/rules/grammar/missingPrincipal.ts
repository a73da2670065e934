import { RESOURCE_KINDS } from '../../model/kind';
import { Rule } from '../rule';
import { statementAnchor } from './anchors';
import { hasNearMiss } from './elementNames';
import { kindPhrase } from './kindPhrase';

/** A statement of a resource-based policy that does not say whom it applies to. */
export const missingPrincipal: Rule = {
  id: 'missing-principal',
  name: 'Missing Principal',
  summary: 'A statement of a resource-based or trust policy has neither Principal nor NotPrincipal.',
  description: [
    'A resource-based policy (bucket, key, queue, topic policy, role trust policy) is attached to a resource, so each',
    'statement must say whom it applies to with `Principal` (or `NotPrincipal`). S3, KMS, SNS, SQS and IAM reject a',
    "statement without one, so this is an error, shown on the statement's opening brace. Identity policies, SCPs and",
    'permissions boundaries are the opposite: they must not have a Principal.',
  ].join(' '),
  severity: 'error',
  // An RCP statement names its principal too, always "*".
  kinds: [...RESOURCE_KINDS, 'rcp'],
  accessAnalyzer: ['MISSING_PRINCIPAL'],
  checkStatement(statement, { policy, report }) {
    const { Principal, NotPrincipal } = statement.elements;
    if (Principal || NotPrincipal || hasNearMiss(statement.node, 'statement', 'Principal', 'NotPrincipal')) return;
    report(
      statementAnchor(statement),
      `This statement of ${kindPhrase(policy.kind)} has no Principal: add the principals it applies to.`,
    );
  },
};
