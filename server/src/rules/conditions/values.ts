/** Checks of condition values against what each operator family expects. */

/** A number as IAM's numeric operators read it: an integer or a decimal, optionally signed. */
export function isNumberText(text: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim());
}

// The W3C profiles of ISO 8601 (year, month, day, then time with a zone), the zone being optional in practice.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A date IAM's date operators accept: a W3C ISO 8601 date or date-time, or epoch seconds. */
export function isDateText(text: string): boolean {
  if (/^\d+$/.test(text)) return true;
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((v) =>
    v === undefined ? undefined : Number(v),
  );
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  if (hour !== undefined && hour > 23) return false;
  if (minute !== undefined && minute > 59) return false;
  return second === undefined || second <= 60;
}

/** `true` or `false` in any case, as Bool and Null read their string values. */
export function isBooleanText(text: string): boolean {
  const lower = text.toLowerCase();
  return lower === 'true' || lower === 'false';
}

/** Base64 text, as BinaryEquals compares. */
export function isBase64Text(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
