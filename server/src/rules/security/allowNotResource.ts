import { effectOf } from '../../model/policy';
import { Rule } from '../rule';
import { GRANTING_KINDS } from './statementScope';

/** Allow with NotResource: the actions on every resource but those listed. */
export const allowNotResource: Rule = {
  id: 'allow-not-resource',
  name: 'Allow with NotResource',
  summary: 'An Allow statement uses NotResource, allowing its actions on every resource but those listed.',
  description: [
    '`"Effect": "Allow"` with `NotResource` allows the actions on every resource except those listed: in every',
    'account the actions can reach, and on resources created later. It is easy to allow far more than meant, so',
    'this is a warning: list the resources under `Resource` instead. (`NotResource` is the right tool with `Deny`,',
    'which is never reported.)',
  ].join(' '),
  severity: 'warning',
  kinds: GRANTING_KINDS,
  checkStatement(statement, { report }) {
    const element = statement.elements.NotResource;
    if (!element || effectOf(statement) !== 'Allow') return;
    report(
      element.keySpan,
      'Allow with NotResource allows the actions on every resource not listed, including those created later: list the resources under Resource instead.',
    );
  },
};
