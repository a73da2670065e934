import { RESOURCE_KINDS } from '../../model/kind';
import { Rule } from '../rule';
import { checkAwsPrincipal } from './awsPrincipal';
import { valuesOfKey } from './principalValues';
import { reportProblem } from './valueProblem';

/** A value under "AWS" that is not an account, user, role or session IAM can name. */
export const invalidAwsPrincipal: Rule = {
  id: 'invalid-aws-principal',
  name: 'Invalid AWS principal',
  summary: 'A value under "AWS" is not "*", an account ID, or the ARN of an account, user, role or session.',
  description: [
    'Under `"AWS"` a policy can name everyone (`"*"`), an account (`"123456789012"` or',
    '`"arn:aws:iam::123456789012:root"`), an IAM user or role (`arn:aws:iam::123456789012:user/NAME`, `role/NAME`, with',
    'an optional path), a role session (`arn:aws:sts::123456789012:assumed-role/ROLE/SESSION`) or a federated user',
    'session (`arn:aws:sts::123456789012:federated-user/NAME`). IAM groups are not principals: a group only carries',
    'permissions, it never signs a request. IAM and the other services reject a policy with any other value',
    '(a mistyped `arm:` prefix, an account ID of 11 digits, a Region in the ARN, a group), so this is an error,',
    'reported on the part of the value that is wrong.',
  ].join(' '),
  severity: 'error',
  kinds: [...RESOURCE_KINDS],
  checkStatement(statement, { report }) {
    for (const { value } of valuesOfKey(statement, 'AWS')) {
      for (const problem of checkAwsPrincipal(value.value)) reportProblem(report, value, problem);
    }
  },
};
