import { Catalog } from '../../catalog/catalog';
import { conditionEntries } from '../../model/condition';
import { Rule } from '../rule';
import { lookupKey } from './keys';
import { keyNameSpan } from './spans';
import { MAX_SUGGESTED_LENGTH, clip } from './words';
import { describeVariable, missingVariable, suggestKey } from './suggestKey';

/** A condition key that no AWS service defines. */
export const unknownConditionKey: Rule = {
  id: 'unknown-condition-key',
  name: 'Unknown condition key',
  summary: 'A condition key is neither a global key nor a key of any AWS service.',
  description: [
    "A condition compares a key of the request context with the policy's values. A key that no service puts in",
    'the context is never present, so the condition never matches (or, with negated operators and `IfExists`,',
    'always does): a misspelt key silently turns a guard off. Keys are compared case-insensitively; keys with a',
    'variable part such as `aws:RequestTag/${TagKey}` match any tag key. Claims of identity providers',
    '(`token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`, `<oidc-host>:sub`) and `saml:`',
    'attributes are accepted. IAM Access Analyzer reports unknown global and service keys as errors, and',
    'resource-based policies such as S3 bucket policies may refuse them when saved; but IAM stores an identity',
    'policy with one (AWS managed policies still carry retired keys such as `aws:PrincipalOrgMasterAccountId`), so',
    'by our rule, accepted but never matching, this is a warning, with the nearest real key as the fix.',
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: [
    'INVALID_GLOBAL_CONDITION_KEY',
    'INVALID_SERVICE_CONDITION_KEY',
    'UNSUPPORTED_GLOBAL_CONDITION_KEY',
    'MISSING_TAG_KEY_IN_CONDITION',
  ],
  checkStatement(statement, { catalog, report }) {
    for (const { key } of conditionEntries(statement)) {
      const found = lookupKey(catalog, key.key);
      if (found.kind !== 'unknown') continue;
      const span = keyNameSpan(key);
      const name = clip(key.key);
      if (key.key.toLowerCase() === 'aws:arn') {
        report(
          span,
          'aws:ARN is not supported: use aws:PrincipalArn for the caller or aws:SourceArn for the source resource.',
        );
        continue;
      }
      const open = missingVariable(catalog, key.key, found.prefix);
      if (open) {
        const what = describeVariable(open.variable);
        report(span, `${name} needs a ${what} after "${open.head}", e.g. ${open.head}${example(open.variable)}.`);
        continue;
      }
      const suggestion =
        key.key.length <= MAX_SUGGESTED_LENGTH ? suggestKey(catalog, key.key, found.prefix) : undefined;
      const where = unknownWhere(catalog, clip(found.prefix));
      if (suggestion) {
        report(span, `${name} ${where}: did you mean ${suggestion}?`, { data: { replacement: suggestion } });
      } else {
        report(span, `${name} ${where}: check the key's name in the service's documentation.`);
      }
    }
  },
};

function unknownWhere(catalog: Catalog, prefix: string): string {
  if (prefix.toLowerCase() === 'aws') return 'is not a global condition key';
  return catalog.service(prefix)
    ? `is not a condition key of ${prefix}`
    : `is not a condition key (no service has the prefix "${prefix}")`;
}

function example(variable: string): string {
  return variable === 'TagKey' ? 'team' : 'name';
}
