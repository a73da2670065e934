import { ParsedArn } from '../../model/arn';
import { FormatEntry } from './arnIndex';

/**
 * Reads the values of a format's variables from an ARN the format names: `arn:aws:s3:::test/*` with the object
 * format gives Partition `aws`, BucketName `test`, ObjectName `*`. Each variable runs to the separator written after
 * it. Undefined when the ARN does not follow the format's literal parts.
 */
export function bindFormat(entry: FormatEntry, arn: ParsedArn): Map<string, string> | undefined {
  const values = new Map<string, string>();
  const fields: [string, string][] = [
    [entry.type.arnFormat.split(':')[1] ?? '', arn.partition.value],
    [entry.region, arn.region.value],
    [entry.account, arn.account.value],
  ];
  for (const [field, value] of fields) {
    const name = variableName(field);
    if (name && value !== '') values.set(name, value);
  }
  return bindResource(entry.resourceText, arn.resource.value, values);
}

function bindResource(format: string, text: string, values: Map<string, string>): Map<string, string> | undefined {
  let at = 0;
  let i = 0;
  while (i < format.length) {
    if (format.startsWith('${', i)) {
      const end = format.indexOf('}', i);
      const name = format.slice(i + 2, end);
      const separator = format[end + 1];
      const stop = separator === undefined ? text.length : text.indexOf(separator, at);
      if (stop <= at) return undefined;
      values.set(name, text.slice(at, stop));
      at = stop;
      i = end + 1;
    } else {
      if (text[at] !== format[i]) return undefined;
      at++;
      i++;
    }
  }
  return at === text.length ? values : undefined;
}

/**
 * The ARN of a format with the variables filled from `values`; variables at the end of the resource part that have
 * no value become `*` (`arn:aws:s3:::test` → objects `arn:aws:s3:::test/*`). Undefined when another variable has
 * no value, or when nothing of the resource part was known.
 */
export function fillFormat(entry: FormatEntry, values: Map<string, string>): string | undefined {
  const format = entry.type.arnFormat;
  const resourceStart = format.length - entry.resourceText.length;
  let out = '';
  let knownInResource = false;
  let trailing = false;
  let i = 0;
  while (i < format.length) {
    if (format.startsWith('${', i)) {
      const end = format.indexOf('}', i);
      const value = values.get(format.slice(i + 2, end));
      if (value !== undefined && !trailing) {
        out += value;
        if (i >= resourceStart) knownInResource = true;
      } else if (i >= resourceStart && knownInResource && value === undefined) {
        trailing = true;
        out += '*';
      } else return undefined;
      i = end + 1;
    } else {
      if (trailing) return undefined;
      out += format[i];
      i++;
    }
  }
  return knownInResource ? out : undefined;
}

function variableName(field: string): string | undefined {
  return field.startsWith('${') && field.endsWith('}') ? field.slice(2, -1) : undefined;
}

/** ARNs of the given formats built from what an existing ARN says (its bucket, table, account, …), distinct. */
export function arnsLike(arn: ParsedArn, named: FormatEntry[], wanted: FormatEntry[]): string[] {
  const found = new Set<string>();
  for (const source of named) {
    const values = bindFormat(source, arn);
    if (!values) continue;
    for (const entry of wanted) {
      const built = fillFormat(entry, values);
      if (built !== undefined) found.add(built);
    }
  }
  return [...found];
}
