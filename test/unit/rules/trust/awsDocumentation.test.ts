import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awsDoc, awsDocFiles } from '../../../helpers/awsDocs';
import { lint } from '../../../helpers/marked';
import { AWS_TRUST_POLICIES } from './awsDocumentation';

/** Every finding of any rule that is an error or a warning, as text. */
function alarms(text: string, fileName: string): string[] {
  return lint(text, { fileName })
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.ruleId} ${JSON.stringify(text.substr(f.offset, f.length))}: ${f.message}`);
}

describe('trust policies of the AWS documentation', () => {
  for (const [name, document] of Object.entries(AWS_TRUST_POLICIES)) {
    it(`get no error or warning: ${name}`, () => {
      const text = JSON.stringify(document, null, 2);
      assert.deepEqual(alarms(text, 'role.trust-policy.json'), []);
      // Written on one line and named for nothing, the kind comes from the content: the same answer.
      assert.deepEqual(alarms(JSON.stringify(document), 'role.json'), []);
    });
  }
  for (const file of awsDocFiles().filter((f) => f.endsWith('.trust-policy.json'))) {
    it(`get no error or warning: ${file}`, () => assert.deepEqual(alarms(awsDoc(file), file), []));
  }
  it('get no finding at all, not even a suggestion', () => {
    const found = Object.values(AWS_TRUST_POLICIES).flatMap((document) =>
      lint(JSON.stringify(document), { fileName: 'role.trust-policy.json' }).map((f) => f.ruleId),
    );
    assert.deepEqual(found, []);
  });
  it('accept the claim keys of identity providers as condition keys', () => {
    const claims = [
      'token.actions.githubusercontent.com:sub',
      'token.actions.githubusercontent.com:aud',
      'cognito-identity.amazonaws.com:amr',
      'accounts.google.com:oaud',
      'graph.facebook.com:app_id',
      'www.amazon.com:user_id',
      'oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF:sub',
      'my-idp.example.com/oauth2:groups',
      'SAML:aud',
      'saml:edupersonorgdn',
    ];
    for (const key of claims) {
      const saml = key.toLowerCase().startsWith('saml:');
      const text = JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Principal: {
            Federated: saml
              ? 'arn:aws:iam::111122223333:saml-provider/Okta'
              : 'arn:aws:iam::111122223333:oidc-provider/my-idp.example.com/oauth2',
          },
          Action: saml ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [key]: 'x', 'my-idp.example.com/oauth2:aud': 'client' } },
        },
      });
      const keyFindings = lint(text, { fileName: 'role.trust-policy.json' }).filter((f) =>
        ['unknown-condition-key', 'invalid-condition-key-format', 'condition-key-not-applicable'].includes(f.ruleId),
      );
      assert.deepEqual(
        keyFindings.map((f) => `${f.ruleId}: ${f.message}`),
        [],
        key,
      );
    }
  });
});
