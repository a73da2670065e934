import { POLICY_KINDS } from '../../model/kind';
import { Service } from '../../catalog/catalog';
import { hasWildcard } from '../../catalog/glob';
import { closest } from '../../catalog/suggest';
import { PString } from '../../parsing/tree';
import { Rule, RuleContext } from '../rule';
import {
  ActionParts,
  actionParts,
  actionStrings,
  fixIn,
  listed,
  nameSpan,
  quoted,
  servicesWithAction,
} from './actionValue';

/** An action name its service does not have. */
export const unknownAction: Rule = {
  id: 'unknown-action',
  name: 'Unknown action',
  summary: 'The service exists but has no action of this name.',
  description: [
    'An action names one API permission of a service, such as `s3:GetObject`. IAM accepts an identity policy',
    'with an action its service does not have, but the action never matches a request: a typo silently removes',
    'a permission from an Allow, or lets a request through a Deny. So this is a warning. Amazon S3 rejects a',
    'bucket policy and AWS KMS rejects a key policy with an unknown action; in bucket policies',
    '[bucket-unknown-action](#bucket-unknown-action) reports it as an error instead (KMS is not yet told apart). The message suggests the nearest action; a name that is only the start of several actions',
    '(`s3:List`) most likely meant a wildcard, so the message then suggests `s3:List*`. IAM compares actions',
    'without regard to case, so `s3:getobject` is not reported here (see action-case).',
  ].join(' '),
  severity: 'warning',
  // S3 rejects these in a bucket policy: the bucket rules report them there, as errors.
  kinds: POLICY_KINDS.filter((k) => k !== 'bucket'),
  accessAnalyzer: ['INVALID_ACTION'],
  checkStatement(statement, context) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      if (!parts || hasWildcard(node.value) || context.catalog.action(node.value)) continue;
      const service = context.catalog.service(parts.service);
      if (service) reportUnknown(node, parts, service, context);
    }
  },
};

function reportUnknown(node: PString, parts: ActionParts, service: Service, { catalog, report }: RuleContext): void {
  const suggestion = suggestName(node.value, parts, service);
  if (suggestion) {
    const { span, replacement } = fixIn(node, parts.service.length + 1, node.value.length, suggestion.name);
    report(span, suggestion.message, { data: { replacement } });
    return;
  }
  const others = servicesWithAction(catalog, parts.name).map((prefix) => catalog.action(`${prefix}:${parts.name}`)!.id);
  const message =
    others.length > 0 && others.length <= 3
      ? `${quoted(node.value)} is not an action of ${service.name}, but ${listed(others)} ${others.length > 1 ? 'are' : 'is'}: check the service prefix.`
      : `${quoted(node.value)} is not an action of ${service.name}: check the name in the service's list of actions.`;
  report(nameSpan(node, parts), message);
}

/** The action name (or name pattern) the author most likely meant, with the message that offers it. */
function suggestName(
  value: string,
  parts: ActionParts,
  service: Service,
): { name: string; message: string } | undefined {
  const names = service.actions.map((a) => a.name);
  const lower = parts.name.toLowerCase();
  const started = names.filter((n) => n.length > lower.length && n.toLowerCase().startsWith(lower));
  const veryNear = closest(parts.name, names, 1);
  const wildcard = `${parts.service}:${parts.name}*`;
  if (started.length > 1 && veryNear) {
    const message = `${quoted(value)} is not an action. Did you mean ${parts.service}:${veryNear}, or ${wildcard} (${started.length} actions)?`;
    return { name: veryNear, message };
  }
  if (started.length > 1) {
    const message = `${quoted(value)} is not an action, only the start of ${started.length} action names. Did you mean ${wildcard} to match them all?`;
    return { name: `${parts.name}*`, message };
  }
  // A one-letter slip beats completing a truncated name, which beats a farther spelling.
  const name = veryNear ?? started[0] ?? closest(parts.name, names);
  return name
    ? { name, message: `${quoted(value)} is not an action. Did you mean ${parts.service}:${name}?` }
    : undefined;
}
