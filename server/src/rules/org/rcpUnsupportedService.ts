import { hasWildcard } from '../../catalog/glob';
import { stringsOf } from '../../model/policy';
import { actionParts, listed, quoted, serviceSpan } from '../actions/actionValue';
import { Rule } from '../rule';
import { rcpServices } from './rcpServices';

/** An action of a service that resource control policies do not support. */
export const rcpUnsupportedService: Rule = {
  id: 'rcp-unsupported-service',
  name: 'Action of a service that RCPs do not support',
  summary: 'A resource control policy names an action of a service that RCPs do not apply to.',
  description: [
    'Resource control policies apply to the resources of a limited list of services (Amazon S3, AWS STS, AWS KMS,',
    'Amazon SQS, AWS Secrets Manager and others that AWS adds over time). AWS Organizations rejects an RCP whose',
    '`Action` names an action of any other service, so this is an error, shown on the service prefix. `"*"` and',
    'prefixes with wildcards are left alone. The list comes from the catalog, so that it follows the data package',
    'when AWS adds services.',
  ].join(' '),
  severity: 'error',
  kinds: ['rcp'],
  accessAnalyzer: ['RCP_SYNTAX_ERROR_ACTION'],
  checkStatement(statement, { catalog, report }) {
    const supported = rcpServices(catalog);
    if (!supported) return;
    for (const node of stringsOf(statement.elements.Action)) {
      const parts = actionParts(node.value);
      if (!parts || hasWildcard(parts.service)) continue;
      const service = catalog.service(parts.service);
      // Unknown prefixes are reported by unknown-service-in-action.
      if (!service || supported.has(service.prefix)) continue;
      const examples = ['s3', 'kms', 'sqs', 'sts', 'secretsmanager'].filter((p) => supported.has(p));
      report(
        serviceSpan(node, parts),
        `Resource control policies do not apply to ${service.name} (${quoted(parts.service)}): an RCP can name actions of the services that support RCPs only${examples.length ? `, such as ${listed(examples, 5)}` : ''}.`,
      );
    }
  },
};
