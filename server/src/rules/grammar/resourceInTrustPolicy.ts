import { Rule } from '../rule';

/** A Resource or NotResource in a role trust policy. */
export const resourceInTrustPolicy: Rule = {
  id: 'resource-in-trust-policy',
  name: 'Resource in a role trust policy',
  summary: 'A role trust policy statement has a Resource or NotResource.',
  description: [
    'A role trust policy says who may assume the role it is attached to; the role is its only resource. IAM rejects',
    'a trust policy statement with `Resource` or `NotResource` ("has prohibited field Resource"), so this is an error,',
    "shown on the element's key.",
  ].join(' '),
  severity: 'error',
  kinds: ['trust'],
  accessAnalyzer: ['ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE'],
  checkStatement(statement, { report }) {
    for (const property of [statement.elements.Resource, statement.elements.NotResource]) {
      if (!property) continue;
      report(
        property.keySpan,
        `A role trust policy applies to the role it is attached to and cannot have a ${property.key}: remove it.`,
      );
    }
  },
};
