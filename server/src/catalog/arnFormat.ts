import { GlobToken, globsIntersect } from './glob';

/** An ARN format of the catalog (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`) compiled for matching. */
export interface ArnFormat {
  format: string;
  tokens: GlobToken[];
}

// A variable is any non-empty run. In the first five fields it cannot hold a colon; in the resource part it cannot
// hold the separator written right after it. These names also never hold a slash, which is what tells a bucket
// ARN from an object ARN: AWS forbids `/` in bucket, queue and topic names. Other last variables are left open
// (log group names, paths and keys do hold slashes) so that a valid resource is never called a mismatch.
const NO_SLASH = new Set(['BucketName', 'QueueName', 'TopicName']);

/** Compiles an ARN format from the catalog. */
export function compileArnFormat(format: string): ArnFormat {
  const tokens: GlobToken[] = [];
  let colons = 0;
  let i = 0;
  while (i < format.length) {
    if (format.startsWith('${', i)) {
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
  return { format, tokens };
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
