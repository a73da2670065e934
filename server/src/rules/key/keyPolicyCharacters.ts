import { Rule } from '../rule';
import { charSpan, plainStrings } from './keyText';

/** True for a character AWS KMS accepts in a key policy: printable Basic Latin and Latin-1, tab, line breaks. */
function allowed(code: number): boolean {
  return (
    code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)
  );
}

/** A character in a key policy that AWS KMS does not accept. */
export const keyPolicyCharacters: Rule = {
  id: 'key-policy-characters',
  name: 'Character a key policy cannot hold',
  summary: 'A key policy has a character outside printable ASCII and Latin-1, such as a curly quote or an emoji.',
  description: [
    'AWS KMS accepts in a key policy only printable ASCII, the printable characters of the Latin-1 Supplement',
    '(such as é or ß), tab, line feed and carriage return, and rejects a policy with any other character, so this',
    'is an error at each such character. They mostly come from pasting: typographic quotes and dashes (‘ ’ “ ” –),',
    'non-breaking or zero-width spaces, or a Sid written in another script. Strings written with JSON escapes',
    '(`\\u2019`) are not checked.',
  ].join(' '),
  severity: 'error',
  // The characters of a key policy are those of its JSON text; in a template YAML writes them otherwise.
  inTemplates: 'text',
  kinds: ['key'],
  checkDocument({ policy, report }) {
    for (const string of plainStrings(policy.root)) {
      for (let i = 0; i < string.text.length; i++) {
        const code = string.text.charCodeAt(i);
        if (allowed(code)) continue;
        const span = charSpan(string, i);
        const shown = string.text.slice(i, i + span.length);
        const hex = (string.text.codePointAt(i) ?? code).toString(16).toUpperCase().padStart(4, '0');
        report(
          span,
          `AWS KMS accepts only ASCII and Latin-1 characters in a key policy: replace "${shown}" (U+${hex}).`,
        );
        i += span.length - 1;
      }
    }
  },
};
