import { operatorFit, operatorName, typedCounterpart } from '../../catalog/operators';
import { KeyType } from '../../catalog/catalog';
import { Rule } from '../rule';
import { knownEntries, operatorOrKey } from './entries';
import { knownKey } from './keys';
import { OPERATORS_FOR, keyTypeWords } from './words';

const AS: Partial<Record<KeyType, string>> = {
  ARN: 'ARNs field by field',
  Numeric: 'numbers',
  Date: 'dates',
  Bool: 'Booleans',
};

/** A String operator on an ARN, Numeric, Date or Bool key (or an Arn operator on a String key): it works, loosely. */
export const preferTypedOperator: Rule = {
  id: 'prefer-typed-operator',
  name: 'A typed operator suits the key better',
  summary: "The operator compares the key as text where an operator of the key's own type is meant.",
  description: [
    "A String operator on an ARN key works on the ARN's text, but `StringLike` lets `*` run across the colons",
    "that separate an ARN's fields (`arn:aws:s3:::*` also matches other services' ARNs written to look alike),",
    'where `ArnLike` matches field by field. String operators on Numeric, Date and Bool keys compare the text',
    '(`"10"` is not `"10.0"`). An Arn operator on a String key works only when its values are ARNs. IAM accepts',
    'these and they often work, so this is information; the typed operator is offered as the fix when the',
    'operator has a single key.',
  ].join(' '),
  severity: 'information',
  accessAnalyzer: ['MISMATCHED_TYPE_BUT_USABLE', 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS'],
  checkStatement(statement, { catalog, report }) {
    for (const entry of knownEntries(statement)) {
      const key = knownKey(catalog, entry.key.key);
      if (!key || operatorFit(entry.info.family, key.type, entry.key.key) !== 'usable') continue;
      const { span, onOperator } = operatorOrKey(entry);
      const { base, qualifier, ifExists } = entry.parsed;
      const typed = typedCounterpart(base, key.type);
      const name = entry.key.key;
      if (entry.info.family === 'Arn') {
        report(
          span,
          `${base} compares ARNs, but ${name} is a String key: use a String operator unless its values are ARNs.`,
        );
      } else if (typed) {
        const replacement = operatorName(typed, qualifier, ifExists);
        const fix = onOperator ? { data: { replacement } } : undefined;
        report(
          span,
          `${name} is ${keyTypeWords(key.type)}: use ${typed}, which compares ${AS[key.type]}, rather than ${base}, which compares text.`,
          fix,
        );
      } else {
        report(
          span,
          `${name} is ${keyTypeWords(key.type)}, which ${base} compares as text: prefer ${OPERATORS_FOR[key.type]}.`,
        );
      }
    }
  },
};
