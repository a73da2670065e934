import { ParsedArn } from '../../model/arn';
import { closest } from '../../catalog/suggest';
import { PString, spanInString } from '../../parsing/tree';
import { Reporter } from '../rule';

/** Something wrong with a part of a string value: offsets inside the value, the message, and a fix if obvious. */
export interface ValueProblem {
  start: number;
  end: number;
  message: string;
  /** Replaces exactly the characters start..end. */
  replacement?: string;
}

/** The partitions an ARN may name. */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

const ACCOUNT_ID = /^\d{12}$/;

/** True for a 12-digit AWS account ID. */
export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text);
}

/** A value as messages quote it: in double quotes, cut short when it is long. */
export function shown(text: string): string {
  return JSON.stringify(text.length > 120 ? text.slice(0, 117) + '…' : text);
}

/** A problem covering the whole value. */
export function wholeValue(text: string, message: string, replacement?: string): ValueProblem {
  return { start: 0, end: text.length, message, replacement };
}

/** Reports a problem at its place in the string (the whole token when the string has escapes). */
export function reportProblem(report: Reporter['report'], node: PString, problem: ValueProblem): void {
  // An empty range would be invisible: an empty value is reported on its quotes.
  if (problem.start === problem.end && node.value === '') return report(node, problem.message);
  // With escapes the report covers the whole token, quotes included, which a replacement of characters does not fit.
  const replacement = node.valueOffset === undefined ? undefined : problem.replacement;
  report(
    spanInString(node, problem.start, problem.end),
    problem.message,
    replacement === undefined ? undefined : { data: { replacement } },
  );
}

/**
 * Checks the fields every principal ARN shares: `arn`, a known partition, no Region, a 12-digit account. The
 * service and resource fields are left to the caller, which knows what they may hold.
 */
export function checkArnHead(text: string, arn: ParsedArn): ValueProblem[] {
  return [prefixProblem(arn), partitionProblem(text, arn), regionProblem(arn), accountProblem(text, arn)].filter(
    (p): p is ValueProblem => p !== undefined,
  );
}

function prefixProblem({ prefix }: ParsedArn): ValueProblem | undefined {
  if (prefix.value === 'arn') return undefined;
  const message = `${shown(prefix.value)} should be "arn": every ARN starts with arn:.`;
  return { start: prefix.start, end: prefix.end, message, replacement: 'arn' };
}

function partitionProblem(text: string, { partition }: ParsedArn): ValueProblem | undefined {
  if (partition.value === '') {
    return wholeValue(text, 'The ARN has no partition: write aws (or aws-cn, aws-us-gov) after arn:.');
  }
  if (PARTITIONS.includes(partition.value)) return undefined;
  const guess = closest(partition.value, PARTITIONS);
  const hint = guess ? `did you mean ${guess}?` : 'use aws, aws-cn or aws-us-gov.';
  const message = `${shown(partition.value)} is not an AWS partition: ${hint}`;
  return { start: partition.start, end: partition.end, message, replacement: guess };
}

function regionProblem({ region }: ParsedArn): ValueProblem | undefined {
  if (region.value === '') return undefined;
  const message = `Principal ARNs have no Region: remove ${shown(region.value)}.`;
  return { start: region.start, end: region.end, message, replacement: '' };
}

function accountProblem(text: string, { account }: ParsedArn): ValueProblem | undefined {
  if (account.value === '') {
    return wholeValue(text, 'The ARN has no account ID: write the 12-digit account ID after the fourth colon.');
  }
  if (isAccountId(account.value)) return undefined;
  return { start: account.start, end: account.end, message: accountMessage(account.value) };
}

/** Why a text is not an account ID. */
export function accountMessage(text: string): string {
  if (/^\d+$/.test(text)) return `An account ID has 12 digits; ${shown(text)} has ${text.length}.`;
  return `${shown(text)} is not an account ID: write the 12 digits of the account.`;
}
