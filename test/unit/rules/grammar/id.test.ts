import { describe, it } from 'node:test';
import { expectFindings, expectNone } from '../../../helpers/marked';

const statements = '"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]';
const resourceStatements =
  '"Statement": [{"Sid": "1", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:SendMessage", "Resource": "*"}]';

describe('id-in-identity-policy', () => {
  it('reports an Id in an identity policy on its key', () => {
    expectFindings(`{"Version": "2012-10-17", «"Id"»: "MyPolicy", ${statements}}`, 'id-in-identity-policy', [
      'Id is allowed only in resource-based policies; IAM rejects it in an identity policy: remove it.',
    ]);
  });
  it('reports it in a permissions boundary', () => {
    expectFindings(
      `{"Version": "2012-10-17", «"Id"»: "x", ${statements}}`,
      'id-in-identity-policy',
      [/permissions boundary/],
      {
        fileName: 'dev.boundary.json',
      },
    );
  });
  it('accepts an Id in resource-based policies', () => {
    expectNone(
      `{"Version": "2012-10-17", "Id": "__default_policy_ID", ${resourceStatements}}`,
      'id-in-identity-policy',
      {
        fileName: 'q.queue-policy.json',
      },
    );
    expectNone(`{"Version": "2012-10-17", "Id": "key-default-1", ${resourceStatements}}`, 'id-in-identity-policy', {
      fileName: 'k.key-policy.json',
    });
  });
});
