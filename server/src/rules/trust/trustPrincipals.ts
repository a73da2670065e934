import { splitArn } from '../../model/arn';
import { Statement } from '../../model/policy';
import { PString } from '../../parsing/tree';
import { WEB_IDENTITY_HOSTS } from '../principals/principalNames';
import { principalValues } from '../principals/principalValues';

/** How a principal reaches a role: through a SAML provider, a web identity (OIDC) provider, or AWS itself. */
export type TrustPrincipalType = 'saml' | 'web-identity' | 'aws' | 'service';

/** A principal of a trust policy statement, classified; values this module cannot place are left out. */
export interface TrustPrincipal {
  type: TrustPrincipalType;
  value: PString;
  /** For web identity providers: the host their tokens name, the prefix of their claim keys. */
  host?: string;
}

/** The principals of a statement's Principal element that can be classified; "*" is not among them. */
export function trustPrincipals(statement: Statement): TrustPrincipal[] {
  const found: TrustPrincipal[] = [];
  for (const { element, key, value } of principalValues(statement)) {
    if (element.key !== 'Principal' || value.value === '*') continue;
    if (key === 'AWS') found.push({ type: 'aws', value });
    else if (key === 'Service') found.push({ type: 'service', value });
    else if (key === 'Federated') {
      const federated = classifyFederated(value.value);
      if (federated) found.push({ ...federated, value });
    }
  }
  return found;
}

/** True when the statement's Principal names everyone: `"*"` or `{"AWS": "*"}`. */
export function namesEveryone(statement: Statement): boolean {
  const value = statement.elements.Principal?.value;
  if (value?.type === 'string') return value.value === '*';
  return principalValues(statement).some(
    (p) => p.element.key === 'Principal' && p.key === 'AWS' && p.value.value === '*',
  );
}

function classifyFederated(text: string): Omit<TrustPrincipal, 'value'> | undefined {
  if (WEB_IDENTITY_HOSTS.includes(text)) return { type: 'web-identity', host: text };
  const arn = splitArn(text);
  if (!arn || arn.service.value !== 'iam') return undefined;
  const resource = arn.resource.value;
  if (resource.startsWith('saml-provider/')) return { type: 'saml' };
  const host = resource.startsWith('oidc-provider/') ? resource.slice('oidc-provider/'.length) : '';
  return host ? { type: 'web-identity', host } : undefined;
}

/** The 12-digit account a principal under "AWS" names as a whole (`123456789012` or `arn:…:iam::123456789012:root`). */
export function accountOf(text: string): { account: string; start: number } | undefined {
  if (/^\d{12}$/.test(text)) return { account: text, start: 0 };
  const arn = splitArn(text);
  if (!arn || arn.service.value !== 'iam' || arn.resource.value !== 'root') return undefined;
  return /^\d{12}$/.test(arn.account.value) ? { account: arn.account.value, start: arn.account.start } : undefined;
}
