import { Rule } from '../rule';

/** NotAction in a resource control policy, which AWS Organizations does not accept. */
export const rcpNotAction: Rule = {
  id: 'rcp-not-action',
  name: 'NotAction in a resource control policy',
  summary: 'A statement of a resource control policy uses NotAction.',
  description: [
    'Resource control policies accept `Action` only: AWS Organizations rejects an RCP with a `NotAction` element,',
    'so this is an error, shown on the `NotAction` key. List the actions the statement denies in `Action`.',
  ].join(' '),
  severity: 'error',
  kinds: ['rcp'],
  accessAnalyzer: ['RCP_SYNTAX_ERROR_NOTACTION'],
  checkStatement(statement, { report }) {
    const notAction = statement.elements.NotAction;
    if (!notAction) return;
    report(
      notAction.keySpan,
      'Resource control policies do not accept NotAction: list the actions to deny in Action instead.',
    );
  },
};
