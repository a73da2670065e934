import { describeType } from '../../../parsing/tree';
import { TemplateRule } from '../rule';
import { fix, valueTarget } from '../util';

export const invalidFormatVersion: TemplateRule = {
  id: 'cfn-invalid-format-version',
  name: 'Invalid AWSTemplateFormatVersion',
  summary: 'AWSTemplateFormatVersion is not the string `2010-09-09`, the only version there is.',
  description: [
    'The only template format version CloudFormation has ever had is `2010-09-09`; any other value is rejected',
    '("Template format error: Unsupported template format version"). In YAML, write it as it is: the YAML 1.2',
    'core schema reads `2010-09-09` as a string. The section is optional: leaving it out means the same version.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1001'],
  check({ template, report }) {
    const value = template.sections.AWSTemplateFormatVersion?.value;
    if (!value) return;
    if (value.type === 'string' && value.value === '2010-09-09') return;
    const shown = value.type === 'string' ? `"${value.value}"` : describeType(value);
    const message = `AWSTemplateFormatVersion must be "2010-09-09", not ${shown}.`;
    if (value.type !== 'string') return report(value, message);
    const target = valueTarget(value, '2010-09-09');
    report(target.span, message, fix(target.replacement));
  },
};
