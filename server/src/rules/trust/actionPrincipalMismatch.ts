import { hasWildcard } from '../../catalog/glob';
import { Statement, effectOf } from '../../model/policy';
import { PString, valueSpan } from '../../parsing/tree';
import { fixIn } from '../actions/actionValue';
import { Reporter, Rule } from '../rule';
import {
  ASSUME_ACTION,
  ASSUME_ACTIONS,
  TrustAction,
  allowedActionValues,
  inWords,
  statementTrustActions,
  trustActionNamed,
} from './trustActions';
import { TrustPrincipal, TrustPrincipalType, namesEveryone, trustPrincipals } from './trustPrincipals';

/** Who each assume action is for, for messages. */
const USED_BY: Record<string, string> = {
  'sts:AssumeRole': 'AWS accounts, users, roles and services',
  'sts:AssumeRoleWithSAML': 'SAML providers',
  'sts:AssumeRoleWithWebIdentity': 'OIDC and web identity providers',
};

/** How each type of principal is named in messages. */
const TYPE_NAMES: Record<TrustPrincipalType, string> = {
  saml: 'a SAML provider',
  'web-identity': 'a web identity provider',
  aws: 'an AWS principal',
  service: 'a service',
};

/** An assume action that none of the statement's principals can use, or a principal left without its action. */
export const actionPrincipalMismatch: Rule = {
  id: 'action-principal-mismatch',
  name: 'Assume action that does not fit the principal',
  summary: "An Allow statement's assume action does not fit its principals (SAML, web identity, AWS or service).",
  description: [
    'Each kind of principal assumes a role through one STS action: users of a SAML provider through',
    '`sts:AssumeRoleWithSAML`, users of an OIDC or web identity provider (`oidc-provider/…`,',
    '`cognito-identity.amazonaws.com`) through `sts:AssumeRoleWithWebIdentity`, and AWS accounts, users, roles and',
    'services through `sts:AssumeRole`. A statement that pairs a principal with another assume action never lets',
    'it in: `{"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}` with `sts:AssumeRole` is a role nobody',
    'can sign in to. IAM stores such a policy, so this is a warning; the fix is the action the principal needs.',
    '`sts:TagSession`, `sts:SetSourceIdentity` and `sts:SetContext` go with any principal, and a statement with',
    'only those (session tags kept in a statement of their own) is left alone, as are wildcards such as',
    '`sts:AssumeRole*`.',
  ].join(' '),
  severity: 'warning',
  kinds: ['trust'],
  accessAnalyzer: ['MISMATCHED_ACTION_FOR_PRINCIPAL'],
  checkStatement(statement, { catalog, report }) {
    if (effectOf(statement) !== 'Allow' || namesEveryone(statement)) return;
    const principals = trustPrincipals(statement);
    if (principals.length === 0) return;
    const needed = new Set<TrustAction>(principals.map((p) => ASSUME_ACTION[p.type]));
    const misfits = exactAssumeValues(statement).filter((v) => !needed.has(v.action));
    const allowed = statementTrustActions(catalog, statement);
    const missing = [...needed].filter((a) => !allowed.has(a));
    for (const misfit of misfits) reportMisfit(misfit, principals, missing, misfits.length === 1, report);
    if (!ASSUME_ACTIONS.some((a) => allowed.has(a)) || misfits.length > 0) return;
    reportLeftOut(principals, missing, report);
  },
};

interface AssumeValue {
  node: PString;
  action: TrustAction;
}

function exactAssumeValues(statement: Statement): AssumeValue[] {
  return allowedActionValues(statement).flatMap((node) => {
    const action = hasWildcard(node.value) ? undefined : trustActionNamed(node.value);
    return action && ASSUME_ACTIONS.includes(action) ? [{ node, action }] : [];
  });
}

function reportMisfit(
  misfit: AssumeValue,
  principals: TrustPrincipal[],
  missing: TrustAction[],
  alone: boolean,
  report: Reporter['report'],
): void {
  const types = [...new Set(principals.map((p) => TYPE_NAMES[p.type]))].join(' and ');
  // Only one wrong action for one missing one is an obvious swap.
  const replacement = alone && missing.length === 1 ? missing[0] : undefined;
  const advice = missing.length === 0 ? 'remove it.' : `use ${inWords(missing)}.`;
  const message = `${misfit.action} is for ${USED_BY[misfit.action]}, but this statement names ${types}: ${advice}`;
  if (!replacement) return report(valueSpan(misfit.node), message);
  const fix = fixIn(misfit.node, 0, misfit.node.value.length, replacement);
  report(fix.span, message, { data: { replacement: fix.replacement } });
}

/** Reports principals whose assume action the statement lacks, when it allows assuming for others. */
function reportLeftOut(principals: TrustPrincipal[], missing: TrustAction[], report: Reporter['report']): void {
  for (const principal of principals) {
    const action = ASSUME_ACTION[principal.type];
    if (!missing.includes(action)) continue;
    report(
      valueSpan(principal.value),
      `This principal can only assume the role through ${action}, which the statement does not allow: add it to Action.`,
    );
  }
}
