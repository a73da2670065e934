import { closest } from '../../catalog/suggest';
import { Rule } from '../rule';
import { arnIndex } from './arnIndex';
import { emptyFieldSpan, fieldSpan, isOpen, replacementIn, wellFormedArns } from './arns';

/** An ARN whose service is not lower case or is not a service AWS uses in ARNs. */
export const invalidArnService: Rule = {
  id: 'invalid-arn-service',
  name: 'Unknown or miswritten ARN service',
  summary: 'The service field of a resource ARN is empty, not lower case, or not an AWS service.',
  description: [
    'The third field of an ARN names the service that owns the resource, in lower case: `s3`, `iam`, `dynamodb`.',
    'ARNs are matched character by character, so `S3` or a misspelt service never matches any resource: the',
    'statement grants or denies nothing there. IAM accepts the policy, so this is a warning. The service names',
    'come from the ARN formats of the AWS catalog; a wildcard or a policy variable in the field is accepted.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['INVALID_ARN_SERVICE_CASE', 'INVALID_SERVICE'],
  checkStatement(statement, { catalog, report }) {
    const index = arnIndex(catalog);
    for (const value of wellFormedArns(statement)) {
      const service = value.arn.service;
      const name = service.value;
      if (index.services.has(name) || isOpen(name)) continue;
      if (name === '') {
        report(emptyFieldSpan(value, service), 'The ARN has no service: write the service prefix, such as s3.');
      } else if (index.services.has(name.toLowerCase())) {
        const lower = name.toLowerCase();
        report(
          fieldSpan(value, service),
          `Services in ARNs are lower case: write ${lower}.`,
          replacementIn(value, lower),
        );
      } else {
        const fix = closest(name, index.services);
        const hint = fix ? `did you mean ${fix}?` : 'check the service prefix.';
        report(
          fieldSpan(value, service),
          `"${name}" is not a service AWS names in ARNs: ${hint}`,
          replacementIn(value, fix),
        );
      }
    }
  },
};
