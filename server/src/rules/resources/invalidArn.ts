import { Catalog } from '../../catalog/catalog';
import { closest } from '../../catalog/suggest';
import { fieldCount } from '../../model/arn';
import { valueSpan } from '../../parsing/tree';
import { Reporter, Rule } from '../rule';
import { arnIndex, candidateFormats } from './arnIndex';
import { ResourceValue, fieldSpan, isOpen, replacementIn, resourceValues, splitResourceArn } from './arns';

const SHAPE = 'arn:partition:service:region:account:resource';

/** A Resource that is not an ARN: a wrong prefix, too few fields, or no ARN at all. */
export const invalidArn: Rule = {
  id: 'invalid-arn',
  name: 'Resource is not an ARN',
  summary: 'A Resource or NotResource value is neither "*" nor an ARN with its six fields.',
  description: [
    'A Resource is `*` or an ARN of six colon-separated fields, `' + SHAPE + '`, where region and account may be',
    'empty but their colons stay. IAM rejects a policy whose Resource starts with anything but `arn:` (a typo such as',
    '`arm:` or `ars:`) or has fewer fields ("must be in ARN format or \\"*\\""), so this is an error. When the fix',
    'is clear (the prefix, or the colons of empty fields of a service that has no region or account), it is offered.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_ARN_PREFIX', 'MISSING_ARN_FIELD'],
  checkStatement(statement, { catalog, report }) {
    for (const value of resourceValues(statement)) {
      if (value.text === '') {
        report(value.node, 'An empty resource names nothing: write an ARN or "*".');
      } else if (value.arn) {
        const prefix = value.arn.prefix;
        if (prefix.value === 'arn' || isOpen(prefix.value)) continue;
        const fix = closest(prefix.value, ['arn'], 2);
        const message = `"${prefix.value}" is not the ARN prefix: an ARN starts with "arn:".`;
        report(fieldSpan(value, prefix), message, replacementIn(value, fix));
      } else {
        reportTooFewFields(value, catalog, report);
      }
    }
  },
};

function reportTooFewFields(value: ResourceValue, catalog: Catalog, report: Reporter['report']): void {
  const span = valueSpan(value.node);
  if (!value.text.includes(':')) {
    report(span, `"${value.text}" is not an ARN: a resource is "*" or an ARN, ${SHAPE}.`);
    return;
  }
  const count = fieldCount(value.text);
  const fix = withEmptyFields(value.text, catalog);
  const message = `The ARN has ${count} fields instead of 6: write ${SHAPE}, keeping the colons of empty fields.`;
  report(span, message, replacementIn(value, fix));
}

/**
 * The ARN with the colons of its empty region and account put back, when the service's formats for that resource
 * have those fields empty: `arn:aws:s3:bucket` → `arn:aws:s3:::bucket`. Undefined when that is not certain.
 */
function withEmptyFields(text: string, catalog: Catalog): string | undefined {
  const parts = text.split(':');
  if (parts[0] !== 'arn' || parts.length < 3) return undefined;
  const missing = 6 - parts.length;
  const rebuilt = [...parts.slice(0, 3), ...Array<string>(missing).fill(''), ...parts.slice(3)].join(':');
  const arn = splitResourceArn(rebuilt);
  if (!arn) return undefined;
  const formats = candidateFormats(arnIndex(catalog), arn);
  const agrees = formats.every(
    (f) => (f.region === '') === (arn.region.value === '') && (f.account === '') === (arn.account.value === ''),
  );
  return formats.length > 0 && agrees ? rebuilt : undefined;
}
