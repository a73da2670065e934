import { describeType } from '../../../parsing/tree';
import { TemplateRule } from '../rule';
import { didYouMean, fix, keyTarget, quoted } from '../util';

const OUTPUT_KEYS = ['Description', 'Value', 'Export', 'Condition'];

export const invalidOutput: TemplateRule = {
  id: 'cfn-invalid-output',
  name: 'Malformed output',
  summary:
    'An output without a Value, with an unknown key, or with an Export that has no Name; two exports with one name.',
  description: [
    'An output is a map of `Value` (required), `Description`, `Export` (a map with a `Name`) and `Condition`. The',
    'Value must be a string (or a function giving one): a list must be joined first. Export names must be unique in',
    'the region; two in one template are certainly a mistake. CloudFormation rejects each of these.',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E6001', 'E6002', 'E6003', 'E6101', 'E6102'],
  check({ template, text, report }) {
    const exports = new Map<string, number>();
    for (const output of template.outputs) {
      const node = output.node;
      if (!node) continue;
      for (const property of node.properties) {
        if (OUTPUT_KEYS.includes(property.key)) continue;
        const hint = didYouMean(property.key, OUTPUT_KEYS);
        const target = keyTarget(text, property, hint.replacement);
        report(
          target.span,
          `Unknown key ${quoted(property.key)} in the output ${output.name}.${hint.text}`,
          fix(target.replacement),
        );
      }
      const value = node.properties.find((p) => p.key === 'Value');
      if (!value) report(output.property.keySpan, `The output ${output.name} has no Value.`);
      else if (
        value.value &&
        (value.value.type === 'array' || (value.value.type === 'object' && value.value.properties.length !== 1))
      ) {
        report(
          value.value,
          `The Value of an output must be a string, not ${describeType(value.value)}; join a list with Fn::Join.`,
        );
      }
      const exported = node.properties.find((p) => p.key === 'Export');
      if (!exported?.value) continue;
      const name =
        exported.value.type === 'object' ? exported.value.properties.find((p) => p.key === 'Name') : undefined;
      if (!name) {
        report(exported.keySpan, `The Export of ${output.name} must be a map with a Name.`);
        continue;
      }
      if (name.value?.type === 'string') {
        if (exports.has(name.value.value))
          report(name.value, `Another output already exports the name "${name.value.value}".`);
        exports.set(name.value.value, name.value.offset);
      }
    }
  },
};
