import { Rule, Reporter } from '../rule';
import { arnIndex, ArnIndex, candidateFormats } from './arnIndex';
import { ResourceValue, fieldSpan, isOpen, misplacedAccount, replacementIn, wellFormedArns } from './arns';
import { formatsPhrase } from './describe';

const ACCOUNT_ID = /^\d{12}$/;

/** An account field that is not an account id, is filled where the type has none, or sits in the resource field. */
export const invalidArnAccount: Rule = {
  id: 'invalid-arn-account',
  name: 'Invalid or misplaced ARN account',
  summary: 'The account field of a resource ARN is not a 12-digit account id, or is in the wrong place.',
  description: [
    'The fifth field of an ARN is the 12-digit id of the account that owns the resource, `*`, or empty for',
    'resources that have none (S3 buckets and objects). An id with dashes or the wrong number of digits, an id in an',
    'ARN whose type has no account, or an id written one field too far (`arn:aws:kms:us-east-1::111122223333:key/…`,',
    'where the account sits in the resource field) never matches a real resource, so the statement does nothing',
    'there. IAM accepts the policy, so this is a warning. AWS-owned resources use `aws` as the account and are',
    'accepted, as are wildcards and policy variables.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['INVALID_ARN_ACCOUNT', 'ARN_ACCOUNT_NOT_ALLOWED', 'MISSING_ARN_ACCOUNT'],
  checkStatement(statement, { catalog, report }) {
    const index = arnIndex(catalog);
    for (const value of wellFormedArns(statement)) {
      const account = value.arn.account.value;
      if (account === '') checkMisplaced(value, report);
      else if (!isOpen(account)) checkAccount(value, index, report);
    }
  },
};

function checkMisplaced(value: ResourceValue, report: Reporter['report']): void {
  const arn = value.arn!;
  const id = misplacedAccount(arn);
  if (!id) return;
  // Dropping the colon that closes the empty account field moves every later field back into place.
  const fixed = value.text.slice(0, arn.account.end) + value.text.slice(arn.account.end + 1);
  const message = `The account id ${id} is in the resource field: remove the extra colon before it.`;
  report(
    fieldSpan(value, { value: value.text, start: 0, end: value.text.length }),
    message,
    replacementIn(value, fixed),
  );
}

function checkAccount(value: ResourceValue, index: ArnIndex, report: Reporter['report']): void {
  const arn = value.arn!;
  const account = arn.account.value;
  const span = fieldSpan(value, arn.account);
  const formats = candidateFormats(index, arn);
  if (formats.length > 0 && formats.every((f) => f.account === '')) {
    report(
      span,
      `${formatsPhrase(formats)} have no account id: remove ${account} and leave the field empty.`,
      replacementIn(value, ''),
    );
    return;
  }
  if (ACCOUNT_ID.test(account) || account === 'aws' || !index.byService.has(arn.service.value)) return;
  // A few AWS-owned resource types have a fixed word there instead of an id.
  if ((index.byService.get(arn.service.value) ?? []).some((f) => f.account === account)) return;
  const digits = account.replace(/[-\s]/g, '');
  if (ACCOUNT_ID.test(digits)) {
    report(
      span,
      `The account id ${account} must be written as 12 digits only: ${digits}.`,
      replacementIn(value, digits),
    );
  } else {
    report(span, `"${account}" is not an account id: write the 12 digits of the account, or * for any account.`);
  }
}
