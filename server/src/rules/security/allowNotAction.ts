import { effectOf, stringsOf } from '../../model/policy';
import { Rule } from '../rule';
import { GRANTING_KINDS } from './statementScope';

/** Allow with NotAction on every resource: every action but those listed, future ones included. */
export const allowNotAction: Rule = {
  id: 'allow-not-action',
  name: 'Allow with NotAction',
  summary: 'An Allow statement uses NotAction on "*" or with NotResource, allowing every action but those listed.',
  description: [
    '`"Effect": "Allow"` with `NotAction` allows every action of every service except those listed, including',
    'actions and services AWS adds later, so the statement grows without anyone editing it. On specific resources',
    'the actions that apply are few, so the rule reports it only on `"*"` or with NotResource. It is a warning:',
    'list the actions to allow under `Action` instead. (`NotAction` is the right tool with `Deny`, which is never',
    'reported.)',
  ].join(' '),
  severity: 'warning',
  kinds: GRANTING_KINDS,
  checkStatement(statement, { report }) {
    const element = statement.elements.NotAction;
    if (!element || effectOf(statement) !== 'Allow') return;
    const { Resource, NotResource } = statement.elements;
    if (!NotResource && !stringsOf(Resource).some((r) => r.value === '*')) return;
    report(
      element.keySpan,
      'Allow with NotAction allows every action not listed, including those AWS adds later: list the actions to allow under Action instead.',
    );
  },
};
