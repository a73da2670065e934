import { hasWildcard } from '../../catalog/glob';
import { Rule } from '../rule';
import { actionParts, actionStrings, fixIn, listed, matchingActions, quoted, serviceSpan } from './actionValue';

/** A wildcard in the service prefix of an action. */
export const wildcardInActionService: Rule = {
  id: 'wildcard-in-action-service',
  name: 'Wildcard in the service prefix of an action',
  summary: 'An action has `*` or `?` in its service prefix, as in `s3*:Get*` or `*:List*`.',
  description: [
    'IAM matches a wildcard in the service prefix against every service, so `s3*:Get*` covers Amazon S3 but also',
    'S3 Express, S3 on Outposts, S3 Object Lambda and any service AWS adds later whose prefix starts with `s3`.',
    'The policy works, but it grants or denies more than its author probably checked. This is information:',
    'name each service instead. The message lists the services the prefix matches today.',
  ].join(' '),
  severity: 'information',
  accessAnalyzer: ['WILDCARD_IN_SERVICE_NAME'],
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      if (!parts || !hasWildcard(parts.service)) continue;
      // A value that matches nothing gets a warning of its own; breadth is no concern then.
      const services = new Set(matchingActions(catalog, node.value).map((a) => a.service));
      if (services.size === 0) continue;
      if (parts.service === '*') {
        report(
          serviceSpan(node, parts),
          `The * service prefix makes ${quoted(node.value)} match actions of ${services.size} services: name the services you mean.`,
        );
        continue;
      }
      const prefixes = catalog.matchServices(parts.service).map((s) => s.prefix);
      if (prefixes.length === 1) {
        const { span, replacement } = fixIn(node, 0, parts.service.length, prefixes[0]);
        report(
          span,
          `${quoted(parts.service)} matches only the service ${prefixes[0]} today, and any service added later with a matching prefix: write ${prefixes[0]}.`,
          {
            data: { replacement },
          },
        );
      } else {
        const message = `${quoted(parts.service)} matches ${prefixes.length} services (${listed(prefixes)}), and any added later with a matching prefix: name the services you mean.`;
        report(serviceSpan(node, parts), message);
      }
    }
  },
};
