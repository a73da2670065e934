import { ArnField, ParsedArn, splitArn } from '../../model/arn';
import { Statement, stringsOf } from '../../model/policy';
import { PString, Span, spanInString } from '../../parsing/tree';

/** A string of a Resource or NotResource element, split into ARN fields when it has six of them. */
export interface ResourceValue {
  node: PString;
  text: string;
  /** Undefined when the text has fewer than six fields. */
  arn?: ParsedArn;
  /** True for NotResource values. */
  negated: boolean;
}

/** Every string of the statement's Resource and NotResource elements except `*`, which is always valid. */
export function resourceValues(statement: Statement): ResourceValue[] {
  const values: ResourceValue[] = [];
  for (const key of ['Resource', 'NotResource'] as const) {
    for (const node of stringsOf(statement.elements[key])) {
      if (node.value === '*') continue;
      values.push({ node, text: node.value, arn: splitResourceArn(node.value), negated: key === 'NotResource' });
    }
  }
  return values;
}

/** The values that are ARNs with six fields and the `arn` prefix: what the field-by-field rules judge. */
export function wellFormedArns(statement: Statement): (ResourceValue & { arn: ParsedArn })[] {
  return resourceValues(statement).filter(
    (v): v is ResourceValue & { arn: ParsedArn } => v.arn !== undefined && v.arn.prefix.value === 'arn',
  );
}

/**
 * Splits an ARN like `splitArn`, but a colon inside a policy variable (`${aws:PrincipalAccount}`) does not
 * separate fields.
 */
export function splitResourceArn(text: string): ParsedArn | undefined {
  const masked = splitArn(maskVariables(text));
  if (!masked) return undefined;
  const real = (f: ArnField): ArnField => ({ ...f, value: text.slice(f.start, f.end) });
  return {
    prefix: real(masked.prefix),
    partition: real(masked.partition),
    service: real(masked.service),
    region: real(masked.region),
    account: real(masked.account),
    resource: real(masked.resource),
  };
}

/** The text with every character inside `${…}` replaced, so that offsets stay and colons inside vanish. */
function maskVariables(text: string): string {
  let masked = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${', i);
    const close = open < 0 ? -1 : text.indexOf('}', open);
    if (open < 0 || close < 0) return masked + text.slice(i);
    masked += text.slice(i, open + 2) + '_'.repeat(close - open - 2) + '}';
    i = close + 1;
  }
  return masked;
}

/** The span of an ARN field inside its string. */
export function fieldSpan(value: ResourceValue, field: ArnField): Span {
  return spanInString(value.node, field.start, field.end);
}

/** True when a field holds a wildcard or a policy variable, so that its value is not known. */
export function isOpen(text: string): boolean {
  return text.includes('*') || text.includes('?') || text.includes('${');
}

/** Where an empty field is: the two colons around it, so that the range can be seen. */
export function emptyFieldSpan(value: ResourceValue, field: ArnField): Span {
  return spanInString(value.node, field.start - 1, field.end + 1);
}

/** Quick-fix data for a part of the string, only when the part has its own range (the value has no escapes). */
export function replacementIn(
  value: ResourceValue,
  replacement: string | undefined,
): { data: { replacement: string } } | undefined {
  return replacement !== undefined && value.node.valueOffset !== undefined ? { data: { replacement } } : undefined;
}

/** The account id written one field too far, as in `arn:aws:kms:us-east-1::111122223333:key/…`, if so. */
export function misplacedAccount(arn: ParsedArn): string | undefined {
  if (arn.account.value !== '') return undefined;
  return /^(\d{12}):/.exec(arn.resource.value)?.[1];
}
