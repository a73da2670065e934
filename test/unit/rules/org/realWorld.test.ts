import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../helpers/marked';

/** Asserts that no rule reports an error or a warning on the text. */
function expectClean(text: string, fileName: string): void {
  const serious = lint(text, { fileName })
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}: ${f.message}`);
  assert.deepEqual(serious, []);
}

// Examples of the AWS Organizations User Guide (SCP and RCP examples), as AWS publishes them.
const FULL_AWS_ACCESS = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": "*",
            "Resource": "*"
        }
    ]
}`;

const DENY_OUTSIDE_REGIONS = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "DenyAllOutsideEU",
            "Effect": "Deny",
            "NotAction": [
                "a4b:*", "acm:*", "aws-marketplace-management:*", "aws-marketplace:*", "aws-portal:*",
                "budgets:*", "ce:*", "chime:*", "cloudfront:*", "config:*", "cur:*", "directconnect:*",
                "ec2:DescribeRegions", "ec2:DescribeTransitGateways", "ec2:DescribeVpnGateways", "fms:*",
                "globalaccelerator:*", "health:*", "iam:*", "importexport:*", "kms:*", "mobileanalytics:*",
                "networkmanager:*", "organizations:*", "pricing:*", "route53:*", "route53domains:*",
                "route53-recovery-cluster:*", "route53-recovery-control-config:*", "route53-recovery-readiness:*",
                "s3:GetAccountPublic*", "s3:ListAllMyBuckets", "s3:ListMultiRegionAccessPoints",
                "s3:PutAccountPublic*", "shield:*", "sts:*", "support:*", "trustedadvisor:*",
                "waf-regional:*", "waf:*", "wafv2:*", "wellarchitected:*"
            ],
            "Resource": "*",
            "Condition": {
                "StringNotEquals": {
                    "aws:RequestedRegion": ["eu-central-1", "eu-west-1"]
                },
                "ArnNotLike": {
                    "aws:PrincipalARN": [
                        "arn:aws:iam::*:role/Role1AllowedToBypassThisSCP",
                        "arn:aws:iam::*:role/Role2AllowedToBypassThisSCP"
                    ]
                }
            }
        }
    ]
}`;

const DENY_LEAVE_ORGANIZATION = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Deny",
            "Action": [
                "organizations:LeaveOrganization"
            ],
            "Resource": "*"
        }
    ]
}`;

const REQUIRE_MFA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyStopAndTerminateWhenMFAIsNotPresent",
      "Effect": "Deny",
      "Action": [
        "ec2:StopInstances",
        "ec2:TerminateInstances"
      ],
      "Resource": "*",
      "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": false}}
    }
  ]
}`;

const RCP_FULL_AWS_ACCESS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "*",
      "Resource": "*"
    }
  ]
}`;

const RCP_SECURE_TRANSPORT = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EnforceSecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": [
        "sts:*",
        "s3:*",
        "sqs:*",
        "secretsmanager:*",
        "kms:*"
      ],
      "Resource": "*",
      "Condition": {
        "BoolIfExists": {
          "aws:SecureTransport": "false"
        }
      }
    }
  ]
}`;

const RCP_IDENTITY_PERIMETER = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EnforceOrgIdentities",
      "Effect": "Deny",
      "Principal": "*",
      "Action": [
        "s3:*",
        "sqs:*",
        "kms:*",
        "secretsmanager:*",
        "sts:AssumeRole",
        "sts:DecodeAuthorizationMessage",
        "sts:GetAccessKeyInfo",
        "sts:GetFederationToken",
        "sts:GetServiceBearerToken",
        "sts:GetSessionToken",
        "sts:SetContext"
      ],
      "Resource": "*",
      "Condition": {
        "StringNotEqualsIfExists": {
          "aws:PrincipalOrgID": "o-exampleorgid"
        },
        "BoolIfExists": {
          "aws:PrincipalIsAWSService": "false"
        }
      }
    }
  ]
}`;

describe('organization policies from the AWS documentation', () => {
  it('accepts the default FullAWSAccess SCP', () => expectClean(FULL_AWS_ACCESS, 'FullAWSAccess.scp.json'));
  it('accepts the SCP that denies access outside the listed Regions', () =>
    expectClean(DENY_OUTSIDE_REGIONS, 'regions.scp.json'));
  it('accepts the SCP that prevents accounts from leaving the organization', () =>
    expectClean(DENY_LEAVE_ORGANIZATION, 'stay.scp.json'));
  it('accepts the SCP that requires MFA to stop or terminate instances', () =>
    expectClean(REQUIRE_MFA, 'mfa.scp.json'));
  it('accepts the SCPs together with FullAWSAccess in one policy', () => {
    const combined = JSON.stringify({
      Version: '2012-10-17',
      Statement: [FULL_AWS_ACCESS, DENY_LEAVE_ORGANIZATION, REQUIRE_MFA].flatMap((t) => JSON.parse(t).Statement),
    });
    expectClean(combined, 'combined.scp.json');
  });
  it('accepts the default RCPFullAWSAccess RCP', () => expectClean(RCP_FULL_AWS_ACCESS, 'RCPFullAWSAccess.rcp.json'));
  it('accepts the RCP that enforces secure transport', () => expectClean(RCP_SECURE_TRANSPORT, 'tls.rcp.json'));
  it('accepts the RCP that keeps resources to the identities of the organization', () =>
    expectClean(RCP_IDENTITY_PERIMETER, 'perimeter.rcp.json'));
  it('accepts a permissions boundary from the IAM documentation', () =>
    expectClean(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:*", "cloudwatch:*", "ec2:*"], "Resource": "*"}]}',
      'developer.boundary.json',
    ));
});
