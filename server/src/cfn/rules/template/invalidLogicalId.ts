import { TemplateRule } from '../rule';
import { quoted } from '../util';

const SECTIONS = ['Parameters', 'Resources', 'Outputs', 'Conditions', 'Mappings'] as const;

export const invalidLogicalId: TemplateRule = {
  id: 'cfn-invalid-logical-id',
  name: 'Invalid logical id',
  summary: 'A logical id (or parameter, output, condition, mapping name) that is not alphanumeric, or longer than 255.',
  description: [
    'Logical ids must be alphanumeric (`A-Za-z0-9`) and unique within the template; CloudFormation rejects',
    '`my-bucket` or `My_Bucket` ("Template format error: Resource name … is non alphanumeric"). The same holds for',
    'the names of parameters, outputs, conditions and mappings. Names made by `Fn::ForEach` loops are left alone.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E3001', 'E2003', 'E6004', 'E7001', 'E8001'],
  check({ template, report }) {
    for (const section of SECTIONS) {
      const value = template.sections[section]?.value;
      if (value?.type !== 'object') continue;
      for (const entry of value.properties) {
        if (entry.key.startsWith('Fn::ForEach::') || entry.key.includes('${')) continue;
        if (/^[A-Za-z0-9]{1,255}$/.test(entry.key)) continue;
        const why =
          entry.key.length > 255 ? 'longer than 255 characters' : entry.key === '' ? 'empty' : 'not alphanumeric';
        report(
          entry.keySpan,
          `The name ${quoted(entry.key)} in ${section} is ${why}: names may only hold the letters A-Z, a-z and the digits 0-9.`,
        );
      }
    }
  },
};
