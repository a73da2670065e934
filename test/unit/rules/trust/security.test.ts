import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const TRUST = { fileName: 'role.trust-policy.json' };
const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const EKS =
  'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

function statement(principal: string, action: string, condition?: string): string {
  const extra = condition ? `, "Condition": ${condition}` : '';
  return `{"Effect": "Allow", "Principal": ${principal}, "Action": ${action}${extra}}`;
}
function web(provider: string, condition?: string): string {
  return statement(`{"Federated": "«${provider}»"}`, '"sts:AssumeRoleWithWebIdentity"', condition);
}
const plain = (text: string) => text.replace(/[«»]/g, '');

describe('role-assumable-by-anyone', () => {
  it('reports {"AWS": "*"} without a condition', () => {
    expectFindings(
      policy(statement('{"AWS": "«*»"}', '"sts:AssumeRole"')),
      'role-assumable-by-anyone',
      [
        'Anyone with an AWS account can assume this role: name the accounts or roles that may, or add a condition on aws:PrincipalOrgID or aws:PrincipalArn.',
      ],
      TRUST,
    );
  });
  it('reports {"AWS": "*"} whose condition does not pin the caller', () => {
    const weak = [
      '{"StringEquals": {"sts:ExternalId": "1234"}}',
      '{"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}',
      '{"StringEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}',
      '{"Bool": {"aws:MultiFactorAuthPresent": "true"}}',
    ];
    for (const condition of weak) {
      expectFindings(
        policy(statement('{"AWS": ["arn:aws:iam::111122223333:root", "«*»"]}', '"sts:*"', condition)),
        'role-assumable-by-anyone',
        [
          'Anyone with an AWS account can assume this role, as no condition limits who the caller is: name the accounts or roles that may, or add a condition on aws:PrincipalOrgID or aws:PrincipalArn.',
        ],
        TRUST,
      );
    }
  });
  it('accepts {"AWS": "*"} limited to an organization, an account or a role', () => {
    const strong = [
      '{"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}',
      '{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*"}}',
      '{"StringEquals": {"aws:principalaccount": "111122223333"}}',
    ];
    for (const condition of strong) {
      expectNone(policy(statement('{"AWS": "*"}', '"sts:AssumeRole"', condition)), 'role-assumable-by-anyone', TRUST);
    }
  });
  it('leaves Deny statements, other principals and the bare "*" (principal-wildcard reports it) alone', () => {
    expectNone(
      policy('{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}'),
      'role-assumable-by-anyone',
      TRUST,
    );
    expectNone(
      policy(statement('{"AWS": "arn:aws:iam::111122223333:root"}', '"sts:AssumeRole"')),
      'role-assumable-by-anyone',
      TRUST,
    );
    expectNone(policy(statement('"*"', '"sts:AssumeRole"')), 'role-assumable-by-anyone', TRUST);
  });
});

describe('external-id-suggested', () => {
  const message = (account: string) =>
    `Account ${account} can assume this role without an external ID: if it belongs to a third party, require the ID it gives you with a StringEquals condition on sts:ExternalId.`;
  it('suggests an external ID at the account of an account principal', () => {
    expectFindings(
      policy(
        statement(
          '{"AWS": ["arn:aws:iam::«111122223333»:root", "«444455556666»", "arn:aws:iam::777788889999:role/Ops"]}',
          '"sts:AssumeRole"',
        ),
      ),
      'external-id-suggested',
      [message('111122223333'), message('444455556666')],
      TRUST,
    );
  });
  it('accepts accounts with an external ID, an organization or MFA condition', () => {
    for (const condition of [
      '{"StringEquals": {"sts:ExternalId": "Unique ID Assigned by Example Corp"}}',
      '{"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}',
      '{"Bool": {"aws:MultiFactorAuthPresent": "true"}}',
    ]) {
      expectNone(
        policy(statement('{"AWS": "111122223333"}', '"sts:AssumeRole"', condition)),
        'external-id-suggested',
        TRUST,
      );
    }
  });
  it('still suggests it when the external ID is only tested with a negated operator', () => {
    expectFindings(
      policy(
        statement('{"AWS": "«111122223333»"}', '"sts:AssumeRole"', '{"StringNotEquals": {"sts:ExternalId": "x"}}'),
      ),
      'external-id-suggested',
      [message('111122223333')],
      TRUST,
    );
  });
});

describe('oidc-without-condition', () => {
  it('reports a GitHub provider without a condition on its sub claim', () => {
    const audOnly = '{"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}';
    expectFindings(
      policy(web(GITHUB, audOnly)),
      'oidc-without-condition',
      [
        'No condition on token.actions.githubusercontent.com:sub, so any GitHub Actions workflow, in any repository of any owner, can assume this role: add one naming your repository and branch, such as "repo:my-org/my-repo:ref:refs/heads/main".',
      ],
      TRUST,
    );
  });
  it('reports a Cognito identity pool without a condition on aud', () => {
    expectFindings(
      policy(
        web(
          'cognito-identity.amazonaws.com',
          '{"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}',
        ),
      ),
      'oidc-without-condition',
      [
        'No condition on cognito-identity.amazonaws.com:aud, so identities of any Cognito identity pool, in any account, can assume this role: add a StringEquals condition with your identity pool ID.',
      ],
      TRUST,
    );
  });
  it('reports another OIDC provider with no condition on any of its claims', () => {
    const host = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
    expectFindings(
      policy(web(EKS, `{"StringNotEquals": {"${host}:sub": "system:serviceaccount:kube-system:x"}}`)),
      'oidc-without-condition',
      [
        `No condition tests a claim of ${host} (such as ${host}:aud or ${host}:sub), so anyone it issues a token to can assume this role: add conditions naming your client ID and the subjects allowed.`,
      ],
      TRUST,
    );
  });
  it('accepts providers whose claims are tested, in any case of the key', () => {
    expectNone(
      policy(
        plain(web(GITHUB, '{"StringLike": {"Token.Actions.GitHubUserContent.com:sub": "repo:my-org/my-repo:*"}}')),
      ),
      'oidc-without-condition',
      TRUST,
    );
    expectNone(
      policy(
        plain(web(GITHUB, '{"StringEquals": {"token.actions.githubusercontent.com:repository": "my-org/my-repo"}}')),
      ),
      'oidc-without-condition',
      TRUST,
    );
    expectNone(
      policy(
        plain(
          web(
            'accounts.google.com',
            '{"StringEquals": {"accounts.google.com:aud": "1234.apps.googleusercontent.com"}}',
          ),
        ),
      ),
      'oidc-without-condition',
      TRUST,
    );
  });
  it('leaves SAML providers, Deny and session-only statements alone', () => {
    expectNone(
      policy(statement('{"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}', '"sts:AssumeRoleWithSAML"')),
      'oidc-without-condition',
      TRUST,
    );
    expectNone(
      policy(`{"Effect": "Deny", "Principal": {"Federated": "${GITHUB}"}, "Action": "sts:AssumeRoleWithWebIdentity"}`),
      'oidc-without-condition',
      TRUST,
    );
    expectNone(policy(statement(`{"Federated": "${GITHUB}"}`, '"sts:TagSession"')), 'oidc-without-condition', TRUST);
  });
});

describe('github-any-repository', () => {
  const sub = (operator: string, values: string) =>
    policy(
      statement(
        `{"Federated": "${GITHUB}"}`,
        '"sts:AssumeRoleWithWebIdentity"',
        `{"${operator}": {"token.actions.githubusercontent.com:sub": ${values}}}`,
      ),
    );
  it('reports patterns that leave the owner open', () => {
    expectFindings(
      sub('StringLike', '["«*»", "«repo:*»", "«repo:*/*:ref:refs/heads/main»", "repo:my-org/my-repo:*"]'),
      'github-any-repository',
      [
        '"*" lets workflows of any repository of any GitHub owner assume this role: name the owner and repository, such as "repo:my-org/my-repo:ref:refs/heads/main".',
        /^"repo:\*" lets workflows of any repository of any GitHub owner/,
        /^"repo:\*\/\*:ref:refs\/heads\/main" lets workflows of any repository/,
      ],
      TRUST,
    );
  });
  it('reports an owner name cut short by a wildcard', () => {
    expectFindings(
      sub('ForAnyValue:StringLike', '"«repo:my-org*»"'),
      'github-any-repository',
      [
        '"repo:my-org*" also lets in every GitHub owner whose name starts with "my-org": end the owner\'s name with a slash and name the repository, such as "repo:my-org/my-repo:ref:refs/heads/main".',
      ],
      TRUST,
    );
  });
  it('accepts every repository of one owner, exact subjects, custom formats and negated operators', () => {
    expectNone(
      sub('StringLike', '["repo:my-org/*", "repo:my-org/my-repo:environment:prod"]'),
      'github-any-repository',
      TRUST,
    );
    expectNone(sub('StringEquals', '"repo:my-org/my-repo:ref:refs/heads/main"'), 'github-any-repository', TRUST);
    expectNone(sub('StringLike', '"repository_owner_id:1234:*"'), 'github-any-repository', TRUST);
    expectNone(sub('StringNotLike', '"repo:*"'), 'github-any-repository', TRUST);
  });
  it('leaves the sub claims of other providers alone', () => {
    const other = policy(
      statement(
        `{"Federated": "${EKS}"}`,
        '"sts:AssumeRoleWithWebIdentity"',
        '{"StringLike": {"oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "*"}}',
      ),
    );
    expectNone(other, 'github-any-repository', TRUST);
  });
});
