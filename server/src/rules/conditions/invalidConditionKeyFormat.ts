import { conditionEntries } from '../../model/condition';
import { Rule } from '../rule';
import { FormatProblem, lookupKey } from './keys';
import { keyNameSpan } from './spans';
import { MAX_SUGGESTED_LENGTH, clip } from './words';

/** A condition key that is not written `service:key`. */
export const invalidConditionKeyFormat: Rule = {
  id: 'invalid-condition-key-format',
  name: 'Invalid condition key format',
  summary: 'A condition key is not written service:key.',
  description: [
    'Every condition key names the service that defines it and the key, separated by a colon: `aws:SourceIp`,',
    '`s3:prefix`, or for identity providers the provider host: `accounts.google.com:aud`. A key without a prefix,',
    'with an empty part or with white space is not a key IAM can look up, and IAM Access Analyzer reports it as an',
    'error, so this is an error. When the same name with `aws:` in front (or without its spaces) is a known key, it',
    'is offered as the fix.',
  ].join(' '),
  severity: 'error',
  accessAnalyzer: ['INVALID_CONDITION_KEY_FORMAT'],
  checkStatement(statement, { catalog, report }) {
    for (const { key } of conditionEntries(statement)) {
      const found = lookupKey(catalog, key.key);
      if (found.kind !== 'malformed') continue;
      const fix = key.key.length <= MAX_SUGGESTED_LENGTH ? fixFor(key.key, found.problem) : undefined;
      const known = fix !== undefined && lookupKey(catalog, fix).kind === 'known' ? fix : undefined;
      const data = known ? { data: { replacement: known } } : undefined;
      report(keyNameSpan(key), messageFor(clip(key.key), found.problem, known), data);
    }
  },
};

function fixFor(name: string, problem: FormatProblem): string | undefined {
  if (problem === 'no-colon') return `aws:${name}`;
  if (problem === 'space') return name.replace(/\s+/g, '');
  return undefined;
}

function messageFor(name: string, problem: FormatProblem, fix: string | undefined): string {
  const hint = fix ? `write ${fix}` : 'write service:key, e.g. aws:SourceIp';
  switch (problem) {
    case 'empty':
      return 'The condition key is empty: write service:key, e.g. aws:SourceIp.';
    case 'space':
      return `The condition key "${name}" contains white space: ${hint}.`;
    case 'no-colon':
      return `"${name}" has no service prefix: ${hint}.`;
    case 'no-prefix':
      return `The condition key "${name}" has nothing before the colon: ${hint}.`;
    case 'no-name':
      return `The condition key "${name}" has nothing after the colon: ${hint}.`;
    case 'bad-prefix':
      return `"${name.slice(0, name.indexOf(':'))}" is not a service prefix: ${hint}.`;
  }
}
