/** True for the hosts of GitHub Actions tokens: github.com, an enterprise's own issuer path, or GHE.com. */
export function isGitHubHost(host: string): boolean {
  const lower = host.toLowerCase();
  return (
    lower === 'token.actions.githubusercontent.com' ||
    lower.startsWith('token.actions.githubusercontent.com/') ||
    (lower.startsWith('token.actions.') && lower.endsWith('.ghe.com'))
  );
}

/** The host and claim of an identity-provider condition key: `token.actions.githubusercontent.com:sub`. */
export function claimOf(key: string): { host: string; claim: string } | undefined {
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return undefined;
  return { host: key.slice(0, colon).toLowerCase(), claim: key.slice(colon + 1).toLowerCase() };
}

/** The Cognito identity pools' web identity host. */
export const COGNITO_HOST = 'cognito-identity.amazonaws.com';
