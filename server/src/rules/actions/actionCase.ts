import { Rule } from '../rule';
import { actionParts, actionStrings, fixIn, quoted } from './actionValue';

/** An action written in another case than AWS documents it. */
export const actionCase: Rule = {
  id: 'action-case',
  name: 'Action not in its documented case',
  summary: 'An action is spelt in another case than AWS documents it, such as `s3:getobject`.',
  description: [
    'IAM compares actions without regard to case, so `S3:getobject` works exactly like `s3:GetObject`. Writing',
    'the documented spelling keeps policies easy to read and to search (a search for `GetObject` is usually',
    'case-sensitive), so this is only a hint, with the documented spelling as the fix.',
  ].join(' '),
  severity: 'hint',
  checkStatement(statement, { catalog, report }) {
    for (const node of actionStrings(statement)) {
      const parts = actionParts(node.value);
      const action = parts && catalog.action(node.value);
      if (!parts || !action || action.id === node.value) continue;
      const serviceDiffers = parts.service !== action.service;
      const nameDiffers = parts.name !== action.name;
      const start = serviceDiffers ? 0 : parts.service.length + 1;
      const end = nameDiffers ? node.value.length : parts.service.length;
      const text = action.id.slice(start, end);
      const { span, replacement } = fixIn(node, start, end, text);
      report(
        span,
        `${quoted(node.value)} is documented as ${action.id}: IAM ignores case here, but the documented spelling is easier to read and search for.`,
        {
          data: { replacement },
        },
      );
    }
  },
};
