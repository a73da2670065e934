import { Rule } from '../rule';

/** YAML syntax errors; reported by the engine from the YAML parser's problems. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  name: 'YAML syntax',
  summary:
    'The template is not valid YAML: bad indentation, an unclosed quote or bracket, an unknown tag, an alias bomb.',
  description: [
    'CloudFormation parses a YAML template before anything else and rejects it whole on any syntax error, so every',
    'problem is an error at the character where it is. The short-form tags of the intrinsic functions (`!Ref`,',
    '`!Sub`, `!GetAtt`, …) are understood; another tag is reported. Aliases that would expand the document past',
    'a million nodes (a "billion laughs") are refused rather than expanded.',
  ].join(' '),
  severity: 'error',
};
