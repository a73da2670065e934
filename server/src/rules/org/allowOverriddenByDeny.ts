import { Catalog } from '../../catalog/catalog';
import { statementLabel } from '../../model/policy';
import { valueSpan } from '../../parsing/tree';
import { listed } from '../actions/actionValue';
import { Rule } from '../rule';
import { denyCovers, denyReaches, Scope, scopeOf } from './overrides';

/** The most Allow × Deny comparisons made in one document. */
export const MAX_PAIRS = 250_000;

/** The Deny statements that together deny every action of the Allow, or undefined when some action is left. */
function overridingDenies(allow: Scope, denies: Scope[], catalog: Catalog): Scope[] | undefined {
  const reaching = denies.filter((d) => denyReaches(d, allow));
  if (reaching.length === 0) return undefined;
  const whole = reaching.find((d) => d.allActions && !d.negated);
  if (whole) return [whole];
  const used = new Set<Scope>();
  for (const action of allow.allActions ? catalog.allActions() : allow.actions) {
    const deny = reaching.find((d) => denyCovers(d, action));
    if (!deny) return undefined;
    used.add(deny);
  }
  return reaching.filter((d) => used.has(d));
}

/** An Allow statement whose every action is denied, for the same principals and resources, by Deny statements. */
export const allowOverriddenByDeny: Rule = {
  id: 'allow-overridden-by-deny',
  name: 'Allow statement overridden by a Deny',
  summary: 'Everything an Allow statement grants is denied by Deny statements of the same policy.',
  description: [
    'An explicit Deny always wins over an Allow. When Deny statements of the same policy, without conditions,',
    'cover every action an Allow statement grants, for its principals and its resources, the Allow grants',
    'nothing: it is dead text, or the Deny is broader than meant. This is a hint, shown on the Allow',
    "statement's Effect, naming the Deny statements. Only sure cases are reported: actions are compared as the",
    'catalog expands them; a Deny resource covers an Allow resource when it is `*`, the same string, or a',
    'wildcard that matches it; a Deny principal covers when it is the same or `"*"`. Statements with NotAction in',
    'the Allow, NotResource, NotPrincipal, unknown actions or a condition on the Deny are left alone.',
  ].join(' '),
  severity: 'hint',
  checkDocument({ policy, catalog, report }) {
    const scopes = policy.statements.map((s) => scopeOf(s, catalog)).filter((s): s is Scope => s !== undefined);
    const denies = scopes.filter((s) => s.effect === 'Deny' && !s.hasCondition);
    if (denies.length === 0) return;
    // Every Allow is compared with every Deny: past this many pairs (far beyond any policy AWS accepts, at most a
    // few hundred statements) the hint is not worth a frozen editor.
    if (scopes.length * denies.length > MAX_PAIRS) return;
    for (const allow of scopes) {
      if (allow.effect !== 'Allow') continue;
      const effect = allow.statement.elements.Effect?.value;
      const overriding = overridingDenies(allow, denies, catalog);
      if (!overriding || effect?.type !== 'string') continue;
      const names = listed(overriding.map((d) => statementLabel(d.statement)));
      const verb = overriding.length === 1 ? 'denies' : 'deny';
      report(
        valueSpan(effect),
        `${names[0].toUpperCase()}${names.slice(1)} ${verb} everything this statement allows, and an explicit Deny always wins: this Allow grants nothing.`,
        { unnecessary: true },
      );
    }
  },
};
