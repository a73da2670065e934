/** One field of an ARN with its place inside the ARN string. */
export interface ArnField {
  value: string;
  start: number;
  end: number;
}

/** An ARN split into its six fields; `resource` is everything after the fifth colon. */
export interface ParsedArn {
  prefix: ArnField;
  partition: ArnField;
  service: ArnField;
  region: ArnField;
  account: ArnField;
  resource: ArnField;
}

/**
 * Splits an ARN into fields without judging them. Returns undefined when the text has fewer than six fields
 * (the caller reports that); the resource part keeps any further colons.
 */
export function splitArn(text: string): ParsedArn | undefined {
  const fields: ArnField[] = [];
  let start = 0;
  for (let n = 0; n < 5; n++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return undefined;
    fields.push({ value: text.slice(start, colon), start, end: colon });
    start = colon + 1;
  }
  fields.push({ value: text.slice(start), start, end: text.length });
  const [prefix, partition, service, region, account, resource] = fields;
  return { prefix, partition, service, region, account, resource };
}

/** Counts the colon-separated fields of a text, for messages about ARNs that have too few. */
export function fieldCount(text: string): number {
  return text.split(':').length;
}
