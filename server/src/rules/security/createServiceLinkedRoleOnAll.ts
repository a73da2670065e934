import { Rule } from '../rule';
import { broadGrants, SensitiveAction } from './broadGrant';

const CREATE_SLR: SensitiveAction = {
  id: 'iam:CreateServiceLinkedRole',
  limitingKey: 'iam:AWSServiceName',
  broadParts: ['*', 'role/*', 'role*', 'role/aws-service-role/*'],
  onAll: 'create the service-linked role of any service',
  onAllBut: 'create every service-linked role but those listed',
  resources: 'the service-linked roles',
};

/** iam:CreateServiceLinkedRole allowed for every service, with no iam:AWSServiceName condition. */
export const createServiceLinkedRoleOnAll: Rule = {
  id: 'create-service-linked-role-on-all',
  name: 'iam:CreateServiceLinkedRole for every service',
  summary: 'iam:CreateServiceLinkedRole is allowed on "*" or with NotResource, with no iam:AWSServiceName condition.',
  description: [
    'A service-linked role gives an AWS service the permissions it needs to act in the account. Allowed on every',
    "resource, `iam:CreateServiceLinkedRole` lets the identity switch on any service's access to the account, not",
    'only the services it works with. The rule finds the action granted by name, by a wildcard that covers it, or by',
    'a NotAction that does not exclude it, on `"*"`, on every role, or through NotResource, and reports it on the',
    'action (or the resource for NotAction). Naming the roles',
    '(`arn:aws:iam::*:role/aws-service-role/elasticbeanstalk.amazonaws.com/*`) or a condition on',
    '`iam:AWSServiceName` silences it. A service-linked role can only do what its service needs, so this is',
    'information rather than a warning.',
  ].join(' '),
  severity: 'information',
  kinds: ['identity'],
  accessAnalyzer: [
    'CREATE_SLR_WITH_STAR_IN_RESOURCE',
    'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
    'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
    'CREATE_SLR_WITH_NOT_RESOURCE',
    'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
    'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
  ],
  checkStatement(statement, { report }) {
    for (const grant of broadGrants(statement, CREATE_SLR)) report(grant.span, grant.message);
  },
};
