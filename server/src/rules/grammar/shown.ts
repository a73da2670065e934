const MAX = 60;

/**
 * A value as a message quotes it: as a JSON string (so control characters show as escapes), cut short when long so
 * that a huge key cannot flood the message.
 */
export function shown(value: string): string {
  const text = value.length > MAX ? value.slice(0, MAX - 1) + '…' : value;
  return JSON.stringify(text);
}
