import { effectOf, Statement, stringsOf } from '../../model/policy';
import { PString, Span, valueSpan } from '../../parsing/tree';
import { coversAction, fullAccessAction, hasConditionKey, isBroadResource } from './statementScope';

/** An action that is dangerous on every resource, with what limits it and how messages describe it. */
export interface SensitiveAction {
  /** `service:Name` as AWS spells it. */
  id: string;
  /** The condition key that limits what the action can do whatever the resource. */
  limitingKey: string;
  /** Resource parts of IAM ARNs that cover every resource the action acts on (besides `*`). */
  broadParts: readonly string[];
  /** What the action allows on every resource: "pass any role to any service". */
  onAll: string;
  /** What it allows with NotResource: "pass every role but those listed". */
  onAllBut: string;
  /** What to name in Resource: "the roles". */
  resources: string;
}

/** Where a statement grants a sensitive action too broadly, and the message that says how. */
export interface BroadGrant {
  span: Span;
  message: string;
}

type ResourceScope = { kind: 'all'; token: PString } | { kind: 'allBut' };

/**
 * The places where an Allow statement grants the action on every resource (`*`, a wildcard IAM ARN, or
 * NotResource) with no condition on its limiting key: one per Action value that covers it, or one for a NotAction
 * that does not exclude it.
 */
export function broadGrants(statement: Statement, action: SensitiveAction): BroadGrant[] {
  if (effectOf(statement) !== 'Allow' || hasConditionKey(statement, action.limitingKey)) return [];
  const scope = resourceScope(statement, action);
  if (!scope) return [];
  const { Action, NotAction } = statement.elements;
  if (Action) {
    // Full administrator access is reported once by its own rule, not again for every sensitive action it covers.
    const admin = fullAccessAction(statement);
    return stringsOf(Action)
      .filter((a) => a !== admin && coversAction(a.value, action.id))
      .map((a) => ({ span: valueSpan(a), message: actionMessage(a.value, scope, action) }));
  }
  if (NotAction && !stringsOf(NotAction).some((a) => coversAction(a.value, action.id))) {
    const span = scope.kind === 'all' ? valueSpan(scope.token) : NotAction.keySpan;
    return [{ span, message: notActionMessage(scope, action) }];
  }
  return [];
}

function resourceScope(statement: Statement, action: SensitiveAction): ResourceScope | undefined {
  const broad = (r: PString) => isBroadResource(r.value, ['iam'], action.broadParts);
  const { Resource, NotResource } = statement.elements;
  if (Resource) {
    const token = stringsOf(Resource).find(broad);
    return token ? { kind: 'all', token } : undefined;
  }
  if (NotResource && !stringsOf(NotResource).some(broad)) return { kind: 'allBut' };
  return undefined;
}

function actionMessage(pattern: string, scope: ResourceScope, action: SensitiveAction): string {
  const where = scope.kind === 'all' ? `on "${scope.token.value}"` : 'with NotResource';
  const what = scope.kind === 'all' ? action.onAll : action.onAllBut;
  const lead =
    pattern.toLowerCase() === action.id.toLowerCase()
      ? `${pattern} ${where}`
      : `"${pattern}" includes ${action.id}, which ${where}`;
  return `${lead} lets this identity ${what}. ${fix(scope, action)}`;
}

function notActionMessage(scope: ResourceScope, action: SensitiveAction): string {
  const where = scope.kind === 'all' ? `on "${scope.token.value}"` : 'with NotResource';
  const what = scope.kind === 'all' ? action.onAll : action.onAllBut;
  return `NotAction does not exclude ${action.id}, so ${where} this statement lets the identity ${what}. ${fix(scope, action)}`;
}

function fix(scope: ResourceScope, action: SensitiveAction): string {
  const name =
    scope.kind === 'all' ? `Name ${action.resources} in Resource` : `Name ${action.resources} in Resource instead`;
  return `${name}, or add a condition on ${action.limitingKey}.`;
}
