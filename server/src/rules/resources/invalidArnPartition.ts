import { closest } from '../../catalog/suggest';
import { Rule } from '../rule';
import { emptyFieldSpan, fieldSpan, isOpen, replacementIn, wellFormedArns } from './arns';

/** The partitions AWS has today. */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/** An ARN whose partition is not one of AWS's. */
export const invalidArnPartition: Rule = {
  id: 'invalid-arn-partition',
  name: 'Unknown ARN partition',
  summary: 'The partition field of a resource ARN is not an AWS partition.',
  description: [
    'The second field of an ARN is the partition: `aws` for the commercial Regions, `aws-cn` for China,',
    '`aws-us-gov` for GovCloud (US), and `aws-iso`, `aws-iso-b`, `aws-iso-e`, `aws-iso-f` and `aws-eusc` for the',
    'isolated and sovereign partitions. IAM rejects a policy whose resource names any other partition, so this is an',
    'error. A wildcard or a policy variable in the field is accepted.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_PARTITION'],
  checkStatement(statement, { report }) {
    for (const value of wellFormedArns(statement)) {
      const partition = value.arn.partition;
      if (PARTITIONS.includes(partition.value) || isOpen(partition.value)) continue;
      if (partition.value === '') {
        report(
          emptyFieldSpan(value, partition),
          'The ARN has no partition: write aws (or aws-cn, aws-us-gov).',
          replacementIn(value, ':aws:'),
        );
        continue;
      }
      const span = fieldSpan(value, partition);
      const fix = closest(partition.value, PARTITIONS);
      const hint = fix ? `did you mean ${fix}?` : 'use aws, aws-cn, aws-us-gov or another AWS partition.';
      report(span, `"${partition.value}" is not an AWS partition: ${hint}`, replacementIn(value, fix));
    }
  },
};
