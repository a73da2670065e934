import { ParsedArn } from '../../model/arn';
import { FormatEntry } from './arnIndex';

/** How messages name a group of formats: `s3 bucket ARNs` when they are one type, else `iam ARNs`. */
export function formatsPhrase(entries: FormatEntry[]): string {
  const name = typeName(entries);
  const service = entries[0]?.service ?? '';
  return name ? `${service} ${name} ARNs` : `${service} ARNs`;
}

/**
 * The name of the one resource type the entries are, or undefined when they are several. Other services repeat a
 * format under their own names (an IAM role is `iam-role` in ssm), so the owning service's name wins.
 */
export function typeName(entries: FormatEntry[]): string | undefined {
  const formats = new Set(entries.map((e) => e.type.arnFormat.replace(/\$\{[^}]*\}/g, '${}')));
  if (formats.size !== 1) return undefined;
  return (entries.find((e) => e.type.service === e.service) ?? entries[0]).type.name;
}

/** A resource type name in the plural: `objects`, `function aliases`, `policies`. */
export function plural(name: string): string {
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

/** Joins words as a sentence does: `a`, `a and b`, `a, b and c`. */
export function joinWords(words: string[], last = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** The resource types an action needs, for messages: `objects (arn:${Partition}:s3:::${BucketName}/${ObjectName})`. */
export function typesPhrase(entries: FormatEntry[], limit = 3): string {
  const unique = [...new Map(entries.map((e) => [`${e.type.name}|${e.type.arnFormat}`, e])).values()];
  const shown = unique.slice(0, limit).map((e) => `${plural(e.type.name)} (${e.type.arnFormat})`);
  if (unique.length > limit) shown.push(`${unique.length - limit} other resource types`);
  return joinWords(shown, 'or');
}

/** Action ids for messages, with the rest counted: `s3:GetObject, s3:PutObject and 4 more`. */
export function actionsPhrase(ids: string[], limit = 3): string {
  if (ids.length <= limit) return joinWords(ids);
  return `${ids.slice(0, limit).join(', ')} and ${ids.length - limit} more`;
}

/**
 * The formats a user writing these ARNs most likely means: those whose region and account are empty or filled as in
 * one of the ARNs (an S3 object ARN points to buckets, not to access points). All of them when none fits.
 */
export function likelyFormats(formats: FormatEntry[], arns: ParsedArn[]): FormatEntry[] {
  // Only a format of the ARN's own service can be what its author meant.
  if (!formats.some((f) => arns.some((a) => a.service.value === f.service))) return formats;
  const fits = formats.filter((f) =>
    arns.some((a) => (f.region === '') === (a.region.value === '') && (f.account === '') === (a.account.value === '')),
  );
  return fits.length > 0 ? fits : formats;
}
