import { POLICY_KINDS } from '../../model/kind';
import { Catalog } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { nearest } from '../../catalog/suggest';
import { Rule } from '../rule';
import {
  ActionParts,
  actionParts,
  actionStrings,
  fixIn,
  matchesSomething,
  quoted,
  serviceSpan,
  servicesWithAction,
} from './actionValue';

/** An action whose service prefix is not an AWS service. */
export const unknownServiceInAction: Rule = {
  id: 'unknown-service-in-action',
  name: 'Unknown service in action',
  summary: 'The service prefix of an action is not the prefix of any AWS service.',
  description: [
    'The part of an action before the colon is a service prefix such as `s3`, `ec2` or `iam`. IAM accepts an',
    'identity policy with a prefix it does not know, but the action never matches a request, so the statement',
    'silently grants or denies less than it says: a warning. Some services check more strictly: Amazon S3 rejects',
    'a bucket policy and AWS KMS rejects a key policy that names an action they do not know; in bucket',
    'policies [bucket-action-not-s3](#bucket-action-not-s3) reports it as an error instead. The message names the nearest real prefix, preferring one that has the',
    'action named after the colon.',
  ].join(' '),
  severity: 'warning',
  // S3 rejects these in a bucket policy: the bucket rules report them there, as errors.
  kinds: POLICY_KINDS.filter((k) => k !== 'bucket'),
  accessAnalyzer: ['INVALID_SERVICE_IN_ACTION'],
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      if (!parts || hasWildcard(parts.service) || catalog.service(parts.service)) continue;
      const suggestion = suggestService(parts, catalog);
      if (suggestion) {
        const { span, replacement } = fixIn(node, 0, parts.service.length, suggestion);
        report(
          span,
          `${quoted(parts.service)} is not an AWS service prefix: did you mean ${suggestion}:${parts.name}?`,
          {
            data: { replacement },
          },
        );
      } else {
        report(
          serviceSpan(node, parts),
          `${quoted(parts.service)} is not an AWS service prefix, so ${quoted(node.value)} never matches: check the prefix.`,
        );
      }
    }
  },
};

/** The nearest prefix that has the named action, else the nearest prefix, else the one service with that action. */
function suggestService(parts: ActionParts, catalog: Catalog): string | undefined {
  const near = nearest(parts.service, catalog.services.keys(), 8);
  const withAction = near.find((prefix) => matchesSomething(catalog, `${prefix}:${parts.name}`));
  if (withAction || near.length > 0) return withAction ?? near[0];
  if (hasWildcard(parts.name)) return undefined;
  const owners = servicesWithAction(catalog, parts.name);
  return owners.length === 1 ? owners[0] : undefined;
}
