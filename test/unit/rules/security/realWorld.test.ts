import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../helpers/marked';
import { securityRules } from '../../../../server/src/rules/security';

const IDS = new Set(securityRules.map((r) => r.id));

/** The security findings of a policy, as `rule-id "covered text"`. */
function securityFindings(document: object, fileName = 'example.policy.json'): string[] {
  const text = JSON.stringify(document, null, 2);
  return lint(text, { fileName })
    .filter((f) => IDS.has(f.ruleId))
    .map((f) => `${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}`);
}

// Identity policies as the IAM User Guide and the AWS managed policies write them.
const CLEAN: [string, object][] = [
  [
    'passing roles to EC2 only',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        },
      ],
    },
  ],
  [
    'passing roles of one path',
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:AssociateIamInstanceProfile'], Resource: '*' },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/EC2-roles-for-XYZ-*' },
      ],
    },
  ],
  [
    'denying everything without MFA',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyAllExceptListedIfNoMFA',
          Effect: 'Deny',
          NotAction: [
            'iam:CreateVirtualMFADevice',
            'iam:EnableMFADevice',
            'iam:GetUser',
            'iam:ListMFADevices',
            'sts:GetSessionToken',
          ],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    },
  ],
  [
    'denying access outside two Regions',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyAllOutsideRequestedRegions',
          Effect: 'Deny',
          NotAction: ['cloudfront:*', 'iam:*', 'route53:*', 'support:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } },
        },
      ],
    },
  ],
  [
    'the service-linked role statement of AmazonEC2FullAccess',
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
        {
          Effect: 'Allow',
          Action: 'iam:CreateServiceLinkedRole',
          Resource: '*',
          Condition: {
            StringEquals: {
              'iam:AWSServiceName': [
                'autoscaling.amazonaws.com',
                'ec2scheduled.amazonaws.com',
                'elasticloadbalancing.amazonaws.com',
              ],
            },
          },
        },
      ],
    },
  ],
  [
    'IAMReadOnlyAccess',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:GenerateCredentialReport',
            'iam:Get*',
            'iam:List*',
            'iam:SimulateCustomPolicy',
            'iam:SimulatePrincipalPolicy',
          ],
          Resource: '*',
        },
      ],
    },
  ],
];

describe('security rules on AWS documentation policies', () => {
  for (const [what, document] of CLEAN) {
    it(`report nothing on ${what}`, () => assert.deepEqual(securityFindings(document), []));
  }
  it('report the breadth of PowerUserAccess: NotAction on "*" and service-linked roles of any service', () => {
    const powerUser = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: [
            'iam:CreateServiceLinkedRole',
            'iam:DeleteServiceLinkedRole',
            'iam:ListRoles',
            'organizations:DescribeOrganization',
            'account:ListRegions',
          ],
          Resource: '*',
        },
      ],
    };
    assert.deepEqual(securityFindings(powerUser), [
      'allow-not-action "\\"NotAction\\""',
      'create-service-linked-role-on-all "iam:CreateServiceLinkedRole"',
    ]);
  });
  it('report AdministratorAccess once, as full administrator access', () => {
    const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    assert.deepEqual(securityFindings(admin), ['full-admin-access "*"']);
  });
});
