import { closest } from '../../catalog/suggest';

/** The identity providers IAM accepts by name under `Federated`, for web identity federation. */
export const WEB_IDENTITY_HOSTS = [
  'cognito-identity.amazonaws.com',
  'www.amazon.com',
  'graph.facebook.com',
  'accounts.google.com',
];

/** The domains service principals end in, by partition: commercial, China, and the isolated partitions. */
const SERVICE_DOMAINS = [
  'amazonaws.com',
  'amazonaws.com.cn',
  'c2s.ic.gov',
  'sc2s.sgov.gov',
  'cloud.adc-e.uk',
  'csp.hci.ic.gov',
];

/** Service principals AWS documents outside the usual domains (Alexa skills invoking Lambda functions). */
const SERVICE_EXCEPTIONS = ['alexa-appkit.amazon.com', 'alexa-connectedhome.amazon.com'];

const LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/**
 * True for a name shaped like a service principal: DNS labels ending in a service domain, such as
 * `lambda.amazonaws.com`, `monitoring.rds.amazonaws.com` or `logs.ap-east-1.amazonaws.com`.
 */
export function isServicePrincipalName(text: string): boolean {
  const lower = text.toLowerCase();
  if (SERVICE_EXCEPTIONS.includes(lower)) return true;
  const domain = SERVICE_DOMAINS.find((d) => lower.endsWith('.' + d));
  if (!domain) return false;
  const labels = lower.slice(0, -domain.length - 1).split('.');
  return labels.every((l) => LABEL.test(l));
}

/** The part after the first dot, for telling a misspelt domain (`ec2.amazonaws.co`) from another kind of name. */
export function domainOf(text: string): { name: string; domain: string } | undefined {
  const dot = text.indexOf('.');
  return dot > 0 ? { name: text.slice(0, dot), domain: text.slice(dot + 1) } : undefined;
}

/** The domain a misspelt service principal most likely meant, for a "did you mean". */
export function closestServiceDomain(domain: string): string | undefined {
  const lower = domain.toLowerCase();
  if (lower === 'amazon.com' || lower === 'aws.amazon.com') return 'amazonaws.com';
  return closest(lower, ['amazonaws.com'], 2);
}
