import { Rule } from '../rule';

/** Syntax errors; reported by the engine from the parser's problems, so the rule has no check of its own. */
export const jsonSyntax: Rule = {
  id: 'json-syntax',
  name: 'JSON syntax',
  summary: 'The document is not valid JSON: a trailing comma, a missing quote, a comment, an unclosed bracket.',
  description: [
    'IAM, S3, KMS and Organizations parse policies as strict JSON and reject the whole policy on any syntax error,',
    'so every problem is an error at the character where it is. Analysis goes on over whatever parsed: a trailing',
    'comma, as in many pasted examples, does not hide the other findings. Comments are accepted in `.jsonc` files',
    '(they cannot be deployed as they are, but the editor may keep them).',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['JSON_SYNTAX_ERROR'],
};
