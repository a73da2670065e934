import { effectOf } from '../../model/policy';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { COGNITO_HOST, claimOf, isGitHubHost } from './oidcHosts';
import { restrictingKeys } from './restrictingKeys';
import { statementTrustActions } from './trustActions';
import { trustPrincipals } from './trustPrincipals';

/** The GitHub claims that name a repository: any of them pins the workflows that may assume the role. */
const GITHUB_REPO_CLAIMS = ['sub', 'repository', 'repository_id', 'job_workflow_ref'];

/** A web identity provider trusted with no condition on the claims of its tokens. */
export const oidcWithoutCondition: Rule = {
  id: 'oidc-without-condition',
  name: 'Web identity provider without a claim condition',
  summary: 'A trust policy lets an OIDC or web identity provider assume the role with no condition on its claims.',
  description: [
    'An OIDC provider issues tokens to everyone it knows: GitHub to every workflow of every repository, an EKS',
    'cluster to every service account, Google to every Google account, Cognito to the identities of every identity',
    'pool of every AWS account. The trust policy alone decides which of them may assume the role, through',
    "conditions on the claims of the token, keys named after the provider's host: `<host>:aud`, `<host>:sub`.",
    'Without such a condition anyone the provider issues a token to gets the role, so this is a warning. GitHub',
    'needs a condition on `token.actions.githubusercontent.com:sub` (or `:repository`, `:job_workflow_ref`) naming',
    'the repository; a Cognito identity pool needs `cognito-identity.amazonaws.com:aud` with the pool ID; other',
    'providers need a condition on any of their claims (`:aud` with your client ID, and `:sub`). Negated operators',
    'and `IfExists` do not count, as they let other tokens through.',
  ].join(' '),
  severity: 'warning',
  kinds: ['trust'],
  accessAnalyzer: ['MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL', 'MISSING_GITHUB_REPO_CONDITION_KEY'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow') return;
    if (!statementTrustActions(catalog, statement).has('sts:AssumeRoleWithWebIdentity')) return;
    const claims = [...restrictingKeys(statement)].flatMap((k) => claimOf(k) ?? []);
    for (const principal of trustPrincipals(statement)) {
      const host = principal.host;
      if (!host || host.includes('${')) continue;
      const tested = claims.filter((c) => c.host === host.toLowerCase()).map((c) => c.claim);
      const message = missingClaim(host, tested);
      if (message) report(valueSpan(principal.value), message);
    }
  },
};

function missingClaim(host: string, tested: string[]): string | undefined {
  if (isGitHubHost(host)) {
    if (tested.some((c) => GITHUB_REPO_CLAIMS.includes(c))) return undefined;
    return `No condition on ${host}:sub, so any GitHub Actions workflow, in any repository of any owner, can assume this role: add one naming your repository and branch, such as "repo:my-org/my-repo:ref:refs/heads/main".`;
  }
  if (host.toLowerCase() === COGNITO_HOST) {
    if (tested.includes('aud')) return undefined;
    return `No condition on ${COGNITO_HOST}:aud, so identities of any Cognito identity pool, in any account, can assume this role: add a StringEquals condition with your identity pool ID.`;
  }
  if (tested.length > 0) return undefined;
  return `No condition tests a claim of ${host} (such as ${host}:aud or ${host}:sub), so anyone it issues a token to can assume this role: add conditions naming your client ID and the subjects allowed.`;
}
