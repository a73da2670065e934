import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const rcp = { fileName: 'perimeter.rcp.json' };

describe('rcp-allow-statement', () => {
  it('reports an Allow statement with specific resources at the Resource value', () => {
    expectFindings(
      policy('{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": «"arn:aws:s3:::reports/*"»}'),
      'rcp-allow-statement',
      [
        'An Allow statement of a resource control policy must have "Resource": "*": AWS Organizations accepts Allow in an RCP only as in the default RCPFullAWSAccess; restrict access with Deny statements.',
      ],
      rcp,
    );
  });
  it('reports NotResource and Condition on their keys', () => {
    expectFindings(
      policy(
        '{"Effect": "Allow", "Principal": "*", "Action": "*", «"NotResource"»: "arn:aws:s3:::logs/*", «"Condition"»: {"Bool": {"aws:SecureTransport": "true"}}}',
      ),
      'rcp-allow-statement',
      [/cannot use NotResource/, /cannot have a Condition/],
      rcp,
    );
  });
  it('accepts the default RCPFullAWSAccess policy and Deny statements with conditions', () => {
    const text = policy(
      '{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}',
      '{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::logs/*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}',
    );
    expectNone(text, 'rcp-allow-statement', rcp);
  });
  it('leaves SCPs alone, whose Allow statements may have conditions', () => {
    expectNone(
      policy(
        '{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::a/*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}',
      ),
      'rcp-allow-statement',
      { fileName: 'x.scp.json' },
    );
  });
});

describe('rcp-not-action', () => {
  it('reports NotAction in an RCP on its key', () => {
    expectFindings(
      policy('{"Effect": "Deny", "Principal": "*", «"NotAction"»: "s3:GetObject", "Resource": "*"}'),
      'rcp-not-action',
      ['Resource control policies do not accept NotAction: list the actions to deny in Action instead.'],
      rcp,
    );
  });
  it('accepts NotAction in an SCP', () => {
    expectNone(policy('{"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}'), 'rcp-not-action', {
      fileName: 'x.scp.json',
    });
  });
});

describe('rcp-unsupported-service', () => {
  it('reports the service prefix of an action of a service RCPs do not support', () => {
    expectFindings(
      policy('{"Effect": "Deny", "Principal": "*", "Action": ["s3:GetObject", "«ec2»:RunInstances"], "Resource": "*"}'),
      'rcp-unsupported-service',
      [
        'Resource control policies do not apply to Amazon EC2 ("ec2"): an RCP can name actions of the services that support RCPs only, such as s3, kms, sqs, sts and secretsmanager.',
      ],
      rcp,
    );
  });
  it('accepts "*", wildcard prefixes, supported services and unknown prefixes (another rule reports those)', () => {
    expectNone(
      policy(
        '{"Effect": "Deny", "Principal": "*", "Action": ["*", "s3:*", "KMS:Decrypt", "sts:AssumeRole", "s*:Get*", "nosuch:Thing"], "Resource": "*"}',
      ),
      'rcp-unsupported-service',
      rcp,
    );
  });
});
