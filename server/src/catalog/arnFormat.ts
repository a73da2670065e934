import { GlobToken, globsIntersect } from './glob';

/** An ARN format of the catalog (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`) compiled for matching. */
export interface ArnFormat {
  format: string;
  tokens: GlobToken[];
}

/** The fields of an ARN format: the first five as written, the resource part compiled for matching. */
export interface ArnFormatParts {
  /** The service field as written, e.g. `s3`; `${Vendor}` for the few formats whose service varies. */
  service: string;
  region: string;
  account: string;
  /** The resource part as written, after the fifth colon. */
  resourceText: string;
  resource: GlobToken[];
}

// A variable is any non-empty run. In the first five fields it cannot hold a colon; in the resource part it cannot
// hold the separator written right after it. These names also never hold a slash, which is what tells a bucket
// ARN from an object ARN and a table ARN from an index ARN: AWS forbids `/` in bucket, queue, topic and DynamoDB
// table names. Other last variables are left open (log group names, paths, keys and Lambda qualifiers hold
// slashes or colons) so that a valid resource is never called a mismatch.
const NO_SLASH = new Set(['BucketName', 'QueueName', 'TopicName', 'TableName']);

/** Compiles an ARN format from the catalog. */
export function compileArnFormat(format: string): ArnFormat {
  return { format, tokens: compileFormatText(format, 0) };
}

/** Splits an ARN format into its fields, or undefined when it has fewer than six. */
export function arnFormatParts(format: string): ArnFormatParts | undefined {
  const starts: number[] = [];
  let i = 0;
  while (starts.length < 5) {
    // Skips colons inside `${…}`, which no format has today but a variable name could.
    const colon = nextColon(format, i);
    if (colon < 0) return undefined;
    starts.push(colon);
    i = colon + 1;
  }
  const field = (n: number) => format.slice(starts[n - 1] + 1, starts[n]);
  const resourceText = format.slice(starts[4] + 1);
  return {
    service: field(2),
    region: field(3),
    account: field(4),
    resourceText,
    resource: compileFormatText(resourceText, 5),
  };
}

function nextColon(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      const end = text.indexOf('}', i);
      if (end < 0) return -1;
      i = end;
    } else if (text[i] === ':') return i;
  }
  return -1;
}

/** Compiles format text that starts after `colonsBefore` colons of the whole ARN. */
function compileFormatText(format: string, colonsBefore: number): GlobToken[] {
  const tokens: GlobToken[] = [];
  let colons = colonsBefore;
  let i = 0;
  while (i < format.length) {
    if (format.startsWith('${', i) && format.indexOf('}', i) > 0) {
      const end = format.indexOf('}', i);
      const name = format.slice(i + 2, end);
      const following = format[end + 1];
      let except = '';
      if (colons < 5) except = ':';
      else if (following !== undefined) except = following;
      if (NO_SLASH.has(name) && !except.includes('/')) except += '/';
      tokens.push({ kind: 'one', except }, { kind: 'star', except });
      i = end + 1;
    } else {
      if (format[i] === ':') colons++;
      tokens.push({ kind: 'char', c: format[i] });
      i++;
    }
  }
  return tokens;
}

/**
 * Compiles a Resource value as a pattern: `*` and `?` are wildcards, `${aws:username}` and other policy variables
 * stand for any value, and `${*}`, `${?}`, `${$}` are the escaped characters themselves.
 */
export function compileResourcePattern(value: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  let i = 0;
  while (i < value.length) {
    const ch = value[i];
    if (ch === '$' && value[i + 1] === '{') {
      const end = value.indexOf('}', i);
      if (end > 0) {
        const inner = value.slice(i + 2, end);
        if (inner === '*' || inner === '?' || inner === '$') tokens.push({ kind: 'char', c: inner });
        else tokens.push({ kind: 'one', except: '' }, { kind: 'star', except: '' });
        i = end + 1;
        continue;
      }
    }
    if (ch === '*') tokens.push({ kind: 'star', except: '' });
    else if (ch === '?') tokens.push({ kind: 'one', except: '' });
    else tokens.push({ kind: 'char', c: ch });
    i++;
  }
  return tokens;
}

/** True when a Resource value (as compiled by {@link compileResourcePattern}) can name a resource of the format. */
export function resourceMatchesFormat(resource: GlobToken[], format: ArnFormat): boolean {
  return globsIntersect(resource, format.tokens);
}
