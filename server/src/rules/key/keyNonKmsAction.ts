import { hasWildcard } from '../../catalog/glob';
import { actionParts, actionStrings, quoted, serviceSpan } from '../actions/actionValue';
import { Rule } from '../rule';

/** An action of another service in a key policy, which controls only KMS operations on its key. */
export const keyNonKmsAction: Rule = {
  id: 'key-non-kms-action',
  name: 'Action of another service in a key policy',
  summary: 'A key policy names an action of a service other than KMS, such as s3:GetObject.',
  description: [
    'A key policy controls who can call AWS KMS operations on the key it is attached to; the actions of other',
    'services (an S3 read of an object encrypted with the key, say) are authorized by their own policies, and need',
    'only the KMS actions they call, such as `kms:Decrypt`. AWS KMS refuses a key policy with actions of other',
    'services, so this is an error. Values whose service prefix is unknown are left to',
    '`unknown-service-in-action`, and wildcard prefixes to `wildcard-in-action-service`. When KMS has an action of',
    'the same name, the fix changes the prefix to `kms`.',
  ].join(' '),
  severity: 'error',
  kinds: ['key'],
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      if (!parts || hasWildcard(parts.service) || parts.service.toLowerCase() === 'kms') continue;
      const service = catalog.service(parts.service);
      if (!service) continue;
      const kmsTwin = hasWildcard(parts.name) ? undefined : catalog.action(`kms:${parts.name}`);
      const hint = kmsTwin ? `did you mean ${kmsTwin.id}?` : 'name only kms: actions here.';
      report(
        serviceSpan(node, parts),
        `${quoted(node.value)} is an action of ${service.name}, but a key policy controls only KMS operations on its key: ${hint}`,
        kmsTwin && node.valueOffset !== undefined ? { data: { replacement: 'kms' } } : undefined,
      );
    }
  },
};
