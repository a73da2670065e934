import { Catalog } from '../../catalog/catalog';
import { closest } from '../../catalog/suggest';
import { Rule } from '../rule';
import { supportedStrings, variablesIn } from './variables';

/** A policy variable whose key is not a condition key AWS defines. */
export const unknownPolicyVariable: Rule = {
  id: 'unknown-policy-variable',
  name: 'Unknown policy variable',
  summary: 'A policy variable names a key that is neither a global condition key nor a key of a known service.',
  description: [
    'A policy variable takes its value from a key of the request context: a global key such as `aws:username` or',
    '`aws:PrincipalTag/team`, a key of a service, or a key of an identity provider (`saml:sub`,',
    '`cognito-identity.amazonaws.com:sub`, `token.actions.githubusercontent.com:sub`). A key that does not exist has',
    'no value, so the resource or condition that holds it never matches. IAM accepts the policy, so this is a',
    'warning. A `${Name}` without a colon is often a template placeholder that was never filled in.',
  ].join(' '),
  severity: 'warning',
  checkStatement(statement, { catalog, report }) {
    for (const { node, variable, text, span } of variablesIn(supportedStrings(statement))) {
      if (variable.problem || isKnownKey(variable.name, catalog)) continue;
      const fix = suggestKey(variable.name, catalog);
      const replacement = fix && node.valueOffset !== undefined ? text.replace(variable.name, fix) : undefined;
      const hint = fix
        ? ` Did you mean ${fix}?`
        : ' Use a global condition key such as aws:username, or a key of the service.';
      const message = `${variable.name} is not a condition key, so ${text} never has a value.${hint}`;
      report(span, message, replacement ? { data: { replacement } } : undefined);
    }
  },
};

function isKnownKey(name: string, catalog: Catalog): boolean {
  if (catalog.conditionKey(name)) return true;
  const colon = name.indexOf(':');
  // Identity providers' keys are named after the provider's host: accounts.google.com:sub, an OIDC provider URL.
  return colon > 0 && /[./]/.test(name.slice(0, colon));
}

function suggestKey(name: string, catalog: Catalog): string | undefined {
  const colon = name.indexOf(':');
  const prefix = colon > 0 ? name.slice(0, colon).toLowerCase() : 'aws';
  const keys = prefix === 'aws' ? catalog.globalKeys : catalog.serviceKeys(prefix);
  const slash = name.indexOf('/');
  if (slash > 0) {
    // aws:PrincipleTag/team → aws:PrincipalTag/team: match the part before the tag key against the keys' stems.
    const stems = keys.filter((k) => k.key.endsWith('/${TagKey}')).map((k) => k.key.slice(0, k.key.indexOf('/')));
    const stem = closest(name.slice(0, slash), stems);
    return stem && `${stem}${name.slice(slash)}`;
  }
  return closest(
    name,
    keys.filter((k) => !k.key.includes('${')).map((k) => k.key),
  );
}
