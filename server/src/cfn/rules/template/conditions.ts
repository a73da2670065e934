import { describeType } from '../../../parsing/tree';
import { intrinsicOf } from '../../intrinsics';
import { TemplateRule } from '../rule';

const CONDITION_FUNCTIONS = new Set(['Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not', 'Condition']);

export const invalidCondition: TemplateRule = {
  id: 'cfn-invalid-condition',
  name: 'Condition that is not a condition function',
  summary: 'An entry of Conditions that is not `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not` or `Condition`.',
  description: [
    'Each condition is one condition function; CloudFormation rejects anything else, for example a plain `true` or',
    'an `Fn::If` ("Template format error: Conditions can only be boolean operations").',
  ].join(' '),
  severity: 'error',
  cfnLint: ['E8001', 'E8003', 'E8004', 'E8005', 'E8006'],
  check({ template, report }) {
    for (const condition of template.conditions) {
      const value = condition.property.value;
      if (!value || condition.name.startsWith('Fn::ForEach::')) continue;
      const call = intrinsicOf(value, true);
      if (call && CONDITION_FUNCTIONS.has(call.name)) continue;
      const what = call ? call.name : describeType(value);
      report(
        value,
        `The condition ${condition.name} must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, not ${what}.`,
      );
    }
  },
};
