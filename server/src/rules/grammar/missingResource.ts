import { Rule } from '../rule';
import { statementAnchor } from './anchors';
import { hasNearMiss } from './elementNames';

/** A statement with neither Resource nor NotResource, where the policy kind needs one. */
export const missingResource: Rule = {
  id: 'missing-resource',
  name: 'Missing Resource',
  summary: 'A statement has neither Resource nor NotResource (role trust policies excepted).',
  description: [
    'A statement must name the resources it applies to, with `Resource` (`"*"` for all) or `NotResource`. IAM, S3,',
    "KMS and Organizations reject a statement with neither, so this is an error, shown on the statement's opening",
    'brace. Role trust policies are the exception: they apply to the role they are attached to and have no',
    '`Resource` at all. When the statement has a misspelt key such as `Resources`, that key is reported instead.',
  ].join(' '),
  severity: 'error',
  kinds: ['identity', 'resource', 'bucket', 'key', 'scp', 'rcp', 'boundary'],
  accessAnalyzer: ['MISSING_RESOURCE'],
  checkStatement(statement, { report }) {
    const { Resource, NotResource } = statement.elements;
    if (Resource || NotResource || hasNearMiss(statement.node, 'statement', 'Resource', 'NotResource')) return;
    report(
      statementAnchor(statement),
      'This statement has no Resource or NotResource: add the resources it applies to, or "Resource": "*".',
    );
  },
};
