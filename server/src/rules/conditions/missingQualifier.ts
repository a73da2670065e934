import { Rule } from '../rule';
import { knownEntries, operatorOrKey } from './entries';
import { cardinalityKnown, knownKey } from './keys';

/** A multi-valued key compared without ForAllValues: or ForAnyValue:. */
export const missingQualifier: Rule = {
  id: 'missing-qualifier',
  name: 'Multi-valued key without a set qualifier',
  summary: 'A key that can hold several values is compared without ForAllValues: or ForAnyValue:.',
  description: [
    'Keys such as `aws:TagKeys`, `aws:PrincipalOrgPaths` or `aws:CalledVia` hold a set of values. Compared with a',
    'plain operator, the result depends on how the set is matched and rarely says what the author meant; a set',
    'qualifier states it: `ForAnyValue:` (at least one value matches) or `ForAllValues:` (every value matches).',
    'IAM accepts the plain operator and IAM Access Analyzer reports it as an error; as the policy is stored and',
    "evaluated, this is a warning. There is no single fix: the choice of qualifier is the author's.",
  ].join(' '),
  severity: 'warning',
  accessAnalyzer: ['MISSING_QUALIFIER'],
  checkStatement(statement, { catalog, report }) {
    for (const entry of knownEntries(statement)) {
      if (entry.parsed.qualifier || entry.info.family === 'Null') continue;
      const key = knownKey(catalog, entry.key.key);
      if (!key?.multiValued || !cardinalityKnown(key)) continue;
      report(
        operatorOrKey(entry).span,
        `${entry.key.key} can hold several values: write ForAnyValue:${entry.operator.key} (any value matches) or ForAllValues:${entry.operator.key} (all do).`,
      );
    }
  },
};
