import { TemplateRule } from '../rule';
import { count } from '../util';

/** CloudFormation's quotas: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html */
const MAX_BYTES = 1_000_000;
const MAX_RESOURCES = 500;
const MAX_PARAMETERS = 200;
const MAX_OUTPUTS = 200;
const MAX_MAPPINGS = 200;

export const templateLimits: TemplateRule = {
  id: 'cfn-template-limits',
  name: 'Template over a CloudFormation quota',
  summary: 'More than 1 MB, 500 resources, 200 parameters, 200 outputs or 200 mappings.',
  description: [
    'CloudFormation rejects a template over its quotas: 1 MB through S3 (51,200 bytes when passed directly in the',
    'request), 500 resources, 200 parameters, 200 outputs, 200 mappings. Split the stack with nested stacks.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1002', 'E3010', 'E2010', 'E6010', 'E7010'],
  check({ template, text, report }) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_BYTES) {
      report(
        { offset: 0, length: Math.min(1, text.length) },
        `The template is ${count(bytes)} bytes; CloudFormation accepts at most ${count(MAX_BYTES)} (through S3).`,
      );
    }
    const quota = (section: string, entries: number, max: number, what: string) => {
      const property = template.sections[section];
      if (property && entries > max)
        report(property.keySpan, `${count(entries)} ${what}; a template may have at most ${count(max)}.`);
    };
    quota('Resources', template.resources.length, MAX_RESOURCES, 'resources');
    quota('Parameters', template.parameters.length, MAX_PARAMETERS, 'parameters');
    quota('Outputs', template.outputs.length, MAX_OUTPUTS, 'outputs');
    quota('Mappings', template.mappings.length, MAX_MAPPINGS, 'mappings');
  },
};
