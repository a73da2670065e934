import { KeyType } from '../../catalog/catalog';
import { OperatorFamily } from '../../catalog/operators';

/** What each operator family compares, for messages. */
export const FAMILY_COMPARES: Record<OperatorFamily, string> = {
  String: 'text',
  Numeric: 'numbers',
  Date: 'dates',
  Bool: 'true or false',
  Binary: 'base64 binary values',
  IpAddress: 'IP addresses',
  Arn: 'ARNs',
  Null: 'whether a key exists',
};

/** A key type with its article: "a String key", "an ARN key". */
export function keyTypeWords(type: KeyType): string {
  return `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} key`;
}

/** Operators to name when suggesting the right ones for a key type. */
export const OPERATORS_FOR: Record<KeyType, string> = {
  String: 'a String operator such as StringEquals or StringLike',
  ARN: 'an ARN operator such as ArnEquals or ArnLike',
  Numeric: 'a Numeric operator such as NumericEquals or NumericLessThan',
  Date: 'a Date operator such as DateGreaterThan',
  Bool: 'the Bool operator',
  IPAddress: 'IpAddress or NotIpAddress',
  Binary: 'BinaryEquals',
};

/** A value quoted for a message, cut short when long so that a huge value does not flood the message. */
export function quoted(text: string, max = 60): string {
  return `"${text.length > max ? text.slice(0, max - 1) + '…' : text}"`;
}

/** A name cut short for a message when it is unreasonably long. */
export function clip(text: string, max = 80): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Longer words than this are not compared with the catalog for suggestions (edit distance is quadratic). */
export const MAX_SUGGESTED_LENGTH = 200;
