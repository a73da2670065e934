import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const ID = 'create-service-linked-role-on-all';
const FIX = 'Name the service-linked roles in Resource, or add a condition on iam:AWSServiceName.';

describe('create-service-linked-role-on-all', () => {
  it('reports iam:CreateServiceLinkedRole on "*" as information', () => {
    const text = policy(`    {"Effect": "Allow", "Action": "«iam:CreateServiceLinkedRole»", "Resource": "*"}`);
    const [finding] = expectFindings(text, ID, [
      `iam:CreateServiceLinkedRole on "*" lets this identity create the service-linked role of any service. ${FIX}`,
    ]);
    assert.equal(finding.severity, 'information');
  });
  it('reports every service-linked role as a resource, and a wildcard action', () => {
    const text = policy(
      `    {"Effect": "Allow", "Action": "«iam:Create*»", "Resource": "arn:aws:iam::*:role/aws-service-role/*"}`,
    );
    expectFindings(text, ID, [
      `"iam:Create*" includes iam:CreateServiceLinkedRole, which on "arn:aws:iam::*:role/aws-service-role/*" lets this identity create the service-linked role of any service. ${FIX}`,
    ]);
  });
  it('accepts an iam:AWSServiceName condition and a named service', () => {
    const limited = '"Condition": {"StringLike": {"iam:AWSServiceName": "elasticbeanstalk.amazonaws.com"}}';
    expectNone(
      policy(`    {"Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", "Resource": "*", ${limited}}`),
      ID,
    );
    const named =
      'arn:aws:iam::*:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk*';
    expectNone(policy(`    {"Effect": "Allow", "Action": "iam:CreateServiceLinkedRole", "Resource": "${named}"}`), ID);
  });
});
