import { Service } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { closest } from '../../catalog/suggest';
import { valueSpan } from '../../parsing/tree';
import { Rule } from '../rule';
import { actionParts, actionStrings, fixIn, matchingActions, nameSpan, quoted } from './actionValue';

/** A wildcard action that matches no action of the catalog. */
export const actionWildcardMatchesNothing: Rule = {
  id: 'action-wildcard-matches-nothing',
  name: 'Wildcard action that matches nothing',
  summary: 'An action with `*` or `?` matches no action of any service it names.',
  description: [
    'A wildcard in an action, as in `s3:Get*`, stands for every action whose name fits. When no action fits',
    '(`s3:Git*`, `ec2:*Foo`), IAM accepts the policy but the value matches no request, like an unknown action:',
    'usually a typo that silently removes permissions from an Allow or lets requests through a Deny. So this is',
    "a warning. When the pattern has one run of letters and a near run exists among the service's action names,",
    'the message suggests the corrected pattern.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['INVALID_ACTION'],
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      if (!parts || !hasWildcard(node.value)) continue;
      const serviceWildcard = hasWildcard(parts.service);
      const service = serviceWildcard ? undefined : catalog.service(parts.service);
      // An unknown service is reported on its own; here it would only repeat that.
      if ((!serviceWildcard && !service) || matchingActions(catalog, node.value).length > 0) continue;
      if (!service) {
        report(valueSpan(node), `${quoted(node.value)} matches no action of any service: check the pattern.`);
        continue;
      }
      const pattern = suggestPattern(parts.name, service);
      if (pattern) {
        const { span, replacement } = fixIn(node, parts.service.length + 1, node.value.length, pattern);
        report(
          span,
          `${quoted(node.value)} matches no action of ${service.name}. Did you mean ${parts.service}:${pattern}?`,
          { data: { replacement } },
        );
      } else {
        report(nameSpan(node, parts), `${quoted(node.value)} matches no action of ${service.name}: check the pattern.`);
      }
    }
  },
};

/**
 * For a name pattern with one run of literal text and `*` before and/or after it (`Git*`, `*Foo`, `*Objekt*`),
 * the same pattern around the nearest text that does occur at that place in an action name.
 */
function suggestPattern(pattern: string, service: Service): string | undefined {
  if (pattern.includes('?')) return undefined;
  const leading = pattern.startsWith('*');
  const trailing = pattern.endsWith('*');
  const literal = pattern.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (literal === '' || literal.includes('*')) return undefined;
  const size = literal.length;
  const pieces = new Set<string>();
  for (const { name } of service.actions) {
    if (!leading) pieces.add(name.slice(0, size));
    else if (!trailing) pieces.add(name.slice(-size));
    else for (let i = 0; i + size <= name.length; i++) pieces.add(name.slice(i, i + size));
  }
  const near = closest(literal, pieces);
  return near === undefined ? undefined : `${leading ? '*' : ''}${near}${trailing ? '*' : ''}`;
}
