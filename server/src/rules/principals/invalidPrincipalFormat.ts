import { splitArn } from '../../model/arn';
import { RESOURCE_KINDS } from '../../model/kind';
import { describeType, PNode, PProperty } from '../../parsing/tree';
import { Reporter, Rule } from '../rule';
import { checkAwsPrincipal } from './awsPrincipal';
import { isServicePrincipalName, WEB_IDENTITY_HOSTS } from './principalNames';
import { isPrincipalKey, PrincipalKey, principalElements } from './principalValues';
import { shown } from './valueProblem';

/** A Principal that is neither "*" nor an object of principal keys, or whose keys hold something but strings. */
export const invalidPrincipalFormat: Rule = {
  id: 'invalid-principal-format',
  name: 'Invalid Principal format',
  summary: 'Principal is a string other than "*", or a value that is not a string or a list of strings.',
  description: [
    'A `Principal` (or `NotPrincipal`) is either the string `"*"`, meaning everyone, or an object whose keys say',
    'what kind of principal follows: `{"AWS": "arn:aws:iam::123456789012:root"}`, `{"Service": "lambda.amazonaws.com"}`.',
    'Under each key goes a string or an array of strings. IAM and the services that take resource-based policies',
    'reject any other shape (a bare ARN, a number, a nested object), so this is an error. The quick fix wraps a bare',
    'value in the key its form suggests.',
  ].join(' '),
  severity: 'error',
  kinds: [...RESOURCE_KINDS],
  accessAnalyzer: ['INVALID_PRINCIPAL_FORMAT'],
  checkStatement(statement, { report }) {
    for (const element of principalElements(statement)) {
      const value = element.value;
      if (!value) continue;
      if (value.type === 'object') checkKeyValues(value.properties, report);
      else checkElementValue(element, value, report);
    }
  },
};

function checkElementValue(element: PProperty, value: PNode, report: Reporter['report']): void {
  if (value.type === 'string') {
    if (value.value === '*') return;
    const key = keyFor(value.value);
    if (!key) {
      const message = `${element.key} can be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}: ${shown(value.value)} is neither.`;
      return report(value, message);
    }
    const wrapped = `{${JSON.stringify(key)}: ${JSON.stringify(value.value)}}`;
    report(value, `${element.key} can be "*" or an object: write ${wrapped}.`, { data: { replacement: wrapped } });
    return;
  }
  const account = value.type === 'number' && /^\d{12}$/.test(String(value.value)) ? String(value.value) : undefined;
  const example = `{"AWS": "${account ?? '123456789012'}"}`;
  report(value, `${element.key} must be "*" or an object such as ${example}, not ${describeType(value)}.`, {
    data: account ? { replacement: example } : undefined,
  });
}

function checkKeyValues(properties: PProperty[], report: Reporter['report']): void {
  for (const property of properties) {
    const value = property.value;
    if (!value || !isPrincipalKey(property.key)) continue;
    if (value.type === 'array') {
      for (const item of value.items) if (item.type !== 'string') reportNotString(property.key, item, report);
    } else if (value.type !== 'string') {
      reportNotString(property.key, value, report);
    }
  }
}

function reportNotString(key: PrincipalKey, node: PNode, report: Reporter['report']): void {
  if (node.type === 'number') {
    const text = JSON.stringify(String(node.value));
    report(node, `Principals are strings: write ${text}.`, { data: { replacement: text } });
  } else {
    report(node, `"${key}" takes a string or an array of strings, not ${describeType(node)}.`);
  }
}

/** The key a bare principal value belongs under, judged by its form; undefined when it is no principal at all. */
function keyFor(text: string): PrincipalKey | undefined {
  if (isServicePrincipalName(text)) return 'Service';
  if (WEB_IDENTITY_HOSTS.includes(text)) return 'Federated';
  if (/^[0-9a-f]{64}$/i.test(text)) return 'CanonicalUser';
  const resource = splitArn(text)?.resource.value ?? '';
  if (resource.startsWith('saml-provider/') || resource.startsWith('oidc-provider/')) return 'Federated';
  return checkAwsPrincipal(text).length === 0 ? 'AWS' : undefined;
}
