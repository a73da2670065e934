import { effectOf } from '../../model/policy';
import { Rule } from '../rule';

/** Allow with NotPrincipal: everyone but those listed, anonymous users included. */
export const allowNotPrincipal: Rule = {
  id: 'allow-not-principal',
  name: 'Allow with NotPrincipal',
  summary: 'An Allow statement uses NotPrincipal, granting access to everyone but the principals listed.',
  description: [
    '`"Effect": "Allow"` with `NotPrincipal` grants the actions to every principal except those listed: every AWS',
    'account and, where the service allows it, anonymous users. AWS advises against it; it is a warning. Name the',
    'principals to allow under `Principal` instead. (`NotPrincipal` with `Deny` is not reported.)',
  ].join(' '),
  severity: 'warning',
  kinds: ['resource', 'bucket', 'key'],
  accessAnalyzer: ['ALLOW_WITH_NOT_PRINCIPAL'],
  checkStatement(statement, { report }) {
    const element = statement.elements.NotPrincipal;
    if (!element || effectOf(statement) !== 'Allow') return;
    report(
      element.keySpan,
      'Allow with NotPrincipal grants access to everyone not listed, anonymous users included: name the principals to allow under Principal instead.',
    );
  },
};
