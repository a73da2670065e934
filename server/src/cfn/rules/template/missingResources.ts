import { describeType } from '../../../parsing/tree';
import { TemplateRule } from '../rule';

export const missingResources: TemplateRule = {
  id: 'cfn-missing-resources',
  name: 'No Resources',
  summary: 'The template has no Resources section, or it is empty or not a map of resources.',
  description: [
    'Resources is the one section every template must have, with at least one resource; CloudFormation rejects a',
    'template without ("Template format error: At least one Resources member must be defined").',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1001'],
  check({ template, report }) {
    const section = template.sections.Resources;
    if (!section) {
      const first = template.root.properties[0];
      report(
        first ? first.keySpan : { offset: template.root.offset, length: 1 },
        'The template has no Resources section: a template must declare at least one resource.',
      );
      return;
    }
    const value = section.value;
    if (value?.type === 'object' && value.properties.length > 0) return;
    const what = !value ? 'is empty' : value.type === 'object' ? 'declares no resource' : `is ${describeType(value)}`;
    report(
      section.keySpan,
      `Resources ${what}: a template must declare at least one resource, as a map of logical ids.`,
    );
  },
};
