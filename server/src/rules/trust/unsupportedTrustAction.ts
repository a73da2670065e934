import { hasWildcard } from '../../catalog/glob';
import { closest } from '../../catalog/suggest';
import { valueSpan } from '../../parsing/tree';
import { actionParts, fixIn, quoted } from '../actions/actionValue';
import { Rule } from '../rule';
import { TRUST_ACTIONS, allowedActionValues, inWords, trustActionsOf } from './trustActions';

const ALLOWED = inWords(TRUST_ACTIONS);

/** An action a role trust policy cannot allow. */
export const unsupportedTrustAction: Rule = {
  id: 'unsupported-trust-action',
  name: 'Action a trust policy cannot allow',
  summary: 'An action of a role trust policy is not one of the six STS actions a trust policy allows.',
  description: [
    'A role trust policy says who may assume the role, so IAM accepts only the actions that assume a role or add',
    `to the new session: ${ALLOWED}. It rejects the policy when any other action is listed`,
    '("AssumeRole policy may only specify STS AssumeRole actions"), so this is an error. What the role may do once',
    'assumed belongs in its permissions policies. Wildcards that match at least one of these actions (`sts:*`,',
    '`sts:AssumeRole*`, `*`) are left alone; a wildcard that matches only other actions (`sts:Get*`, `s3:*`) is',
    'reported. Actions that do not exist at all are reported by `unknown-action`.',
  ].join(' '),
  severity: 'error',
  kinds: ['trust'],
  checkStatement(statement, { catalog, report }) {
    for (const value of allowedActionValues(statement)) {
      const text = value.value;
      if (text === '*' || !actionParts(text)) continue;
      const matched = catalog.matchActions(text);
      if (matched.length === 0 || trustActionsOf(catalog, text).length > 0) continue;
      if (hasWildcard(text)) {
        report(valueSpan(value), `${quoted(text)} matches no action a trust policy can allow: use ${ALLOWED}.`);
        continue;
      }
      const id = matched[0].id;
      const near = closest(id, TRUST_ACTIONS, 3);
      const advice = near
        ? `did you mean ${near}?`
        : `grant it in the role's permissions policy; a trust policy allows only ${ALLOWED}.`;
      const message = `${id} cannot be allowed in a trust policy: ${advice}`;
      if (!near) {
        report(valueSpan(value), message);
        continue;
      }
      const fix = fixIn(value, 0, text.length, near);
      report(fix.span, message, { data: { replacement: fix.replacement } });
    }
  },
};
