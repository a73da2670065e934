import { Rule } from '../rule';
import { broadGrants, SensitiveAction } from './broadGrant';

const PASS_ROLE: SensitiveAction = {
  id: 'iam:PassRole',
  limitingKey: 'iam:PassedToService',
  broadParts: ['*', 'role/*', 'role*'],
  onAll: 'pass any role to any service, roles with more permissions than its own included',
  onAllBut: 'pass every role but those listed to any service',
  resources: 'the roles',
};

/** iam:PassRole allowed on every role, with no iam:PassedToService condition. */
export const passRoleOnAllRoles: Rule = {
  id: 'pass-role-on-all-roles',
  name: 'iam:PassRole on every role',
  summary: 'iam:PassRole is allowed on "*" or with NotResource, with no iam:PassedToService condition.',
  description: [
    '`iam:PassRole` lets an identity hand a role to a service (an EC2 instance profile, a Lambda function, a',
    "CloudFormation stack), which then acts with the role's permissions. Allowed on every role, it lets the",
    "identity give itself any role's permissions through a service, administrator roles included: a classic",
    'privilege escalation. The rule finds `iam:PassRole` granted by name, by a wildcard that covers it (`iam:*`,',
    '`iam:Pass*`, `*`), or by a NotAction that does not exclude it, on `"*"`, on every role of an account',
    '(`arn:aws:iam::123456789012:role/*`) or through NotResource, and reports it on the action (or on the resource',
    'for NotAction). A condition on `iam:PassedToService` limits which services can receive the roles and silences',
    'it. Deny statements are never reported. It is a warning: the policy is valid, but grants more than it seems.',
  ].join(' '),
  severity: 'warning',
  kinds: ['identity'],
  accessAnalyzer: [
    'PASS_ROLE_WITH_STAR_IN_RESOURCE',
    'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
    'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
    'PASS_ROLE_WITH_NOT_RESOURCE',
    'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
    'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
  ],
  checkStatement(statement, { report }) {
    for (const grant of broadGrants(statement, PASS_ROLE)) report(grant.span, grant.message);
  },
};
