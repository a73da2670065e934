import { TemplateRule } from '../rule';
import { quoted } from '../util';

export const nameConflict: TemplateRule = {
  id: 'cfn-name-conflict',
  name: 'Parameter and resource with one name',
  summary: 'A parameter and a resource have the same logical id, so `Ref` cannot tell them apart.',
  description: [
    'Parameters and resources share one namespace: `Ref` and `${…}` name either. CloudFormation rejects a template',
    'where both use a name ("Template format error: … already defined"). An error on the resource.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3007'],
  check({ template, report }) {
    for (const resource of template.resources) {
      if (template.parameter(resource.name)) {
        report(
          resource.property.keySpan,
          `The logical id ${quoted(resource.name)} is also the name of a parameter: Ref could mean either.`,
        );
      }
    }
  },
};
