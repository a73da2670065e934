/** One part of a `Fn::Sub` string: literal text, or a `${…}` variable with its place in the string. */
export type SubPart =
  | { kind: 'text'; text: string }
  | {
      kind: 'variable';
      /** The text between `${` and `}`: `AWS::Region`, `MyBucket`, `MyBucket.Arn`. */
      name: string;
      /** Index of the `$` in the string, and the length of `${…}`. */
      start: number;
      length: number;
    };

/**
 * Splits a `Fn::Sub` string into text and variables. `${!Literal}` is the literal `${Literal}`; a `${` that is
 * never closed is text, as CloudFormation leaves it. One linear scan.
 */
export function parseSub(value: string): SubPart[] {
  const parts: SubPart[] = [];
  let text = '';
  let i = 0;
  while (i < value.length) {
    const open = value.indexOf('${', i);
    if (open < 0) break;
    const close = value.indexOf('}', open + 2);
    if (close < 0) break;
    text += value.slice(i, open);
    const inner = value.slice(open + 2, close);
    if (inner.startsWith('!')) text += '${' + inner.slice(1) + '}';
    else {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'variable', name: inner.trim(), start: open, length: close + 1 - open });
    }
    i = close + 1;
  }
  text += value.slice(i);
  if (text) parts.push({ kind: 'text', text });
  return parts;
}
