import { SERVERLESS_TRANSFORM, TEMPLATE_SECTIONS } from '../../template';
import { TemplateRule } from '../rule';
import { didYouMean, fix, keyTarget, quoted } from '../util';

export const unknownSection: TemplateRule = {
  id: 'cfn-unknown-section',
  name: 'Unknown template section',
  summary: 'A top-level key that is not a section of a template: `Resource` for `Resources`, `Output`, `Parameter`.',
  description: [
    'CloudFormation rejects a template with a top-level key it does not know ("Template format error: Invalid',
    'template property or properties"), so this is an error. The usual cause is a misspelt or singular section',
    'name, and the message suggests the nearest section.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1001'],
  check({ template, text, report }) {
    const known: readonly string[] = TEMPLATE_SECTIONS;
    const sam = template.transforms.includes(SERVERLESS_TRANSFORM);
    for (const property of template.root.properties) {
      // SAM adds a Globals section.
      if (known.includes(property.key) || (sam && property.key === 'Globals')) continue;
      const hint = didYouMean(property.key, TEMPLATE_SECTIONS);
      const target = keyTarget(text, property, hint.replacement);
      report(target.span, `Unknown template section ${quoted(property.key)}.${hint.text}`, fix(target.replacement));
    }
  },
};
