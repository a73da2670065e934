import { describeType } from '../../../parsing/tree';
import { TemplateRule } from '../rule';

/** What each section must be. Transform may be a string or a list; Description a string. */
const MAPS = ['Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Resources', 'Outputs'];

export const sectionType: TemplateRule = {
  id: 'cfn-section-type',
  name: 'Section of the wrong type',
  summary:
    'A section is not what it must be: Parameters, Resources, Outputs, … a map; Description a string; an entry not a map.',
  description: [
    'CloudFormation reads each section with a fixed shape and rejects the template when one differs: the named',
    'sections are maps of entries, each entry a map (a condition is a condition function); Description is a string',
    'of at most 1,024 bytes; Transform a name or a list of names.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E1001', 'E1003', 'E1004', 'E1005'],
  check({ template, report }) {
    for (const property of template.root.properties) {
      const value = property.value;
      if (!value) continue;
      if (MAPS.includes(property.key)) {
        if (value.type !== 'object') {
          if (value.type === 'null' && property.key !== 'Resources') continue;
          if (property.key === 'Resources') continue; // cfn-missing-resources says it
          report(value, `${property.key} must be a map of named entries, not ${describeType(value)}.`);
          continue;
        }
        if (property.key === 'Metadata' || property.key === 'Conditions') continue;
        for (const entry of value.properties) {
          if (entry.key.startsWith('Fn::ForEach::')) continue;
          const v = entry.value;
          if (v && v.type !== 'object')
            report(v, `Each entry of ${property.key} must be a map, not ${describeType(v)}: ${entry.key}.`);
        }
      } else if (property.key === 'Description') {
        if (value.type !== 'string') report(value, `Description must be a string, not ${describeType(value)}.`);
        else if (Buffer.byteLength(value.value, 'utf8') > 1024) {
          report(
            value,
            `Description is ${Buffer.byteLength(value.value, 'utf8')} bytes long; CloudFormation accepts at most 1,024.`,
          );
        }
      } else if (property.key === 'Transform') {
        const items = value.type === 'array' ? value.items : [value];
        for (const item of items) {
          if (item.type !== 'string' && item.type !== 'object')
            report(item, `A transform is a macro name or a map with Name and Parameters, not ${describeType(item)}.`);
        }
      }
    }
  },
};
