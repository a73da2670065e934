import { OperatorInfo, operatorInfo } from '../../catalog/operators';
import { ConditionEntry, ParsedOperator, conditionEntries, parseOperator } from '../../model/condition';
import { Statement } from '../../model/policy';
import { PProperty, Span } from '../../parsing/tree';
import { keyNameSpan } from './spans';
import { isKnownOperator } from './unknownConditionOperator';

/** A condition entry whose operator IAM knows, with the operator's description. */
export interface KnownEntry extends ConditionEntry {
  info: OperatorInfo;
}

const known = new WeakMap<Statement, KnownEntry[]>();

/**
 * The entries of a statement's Condition block whose operator is known (unknown ones are reported elsewhere).
 * Found once per statement: every condition rule reads them.
 */
export function knownEntries(statement: Statement): KnownEntry[] {
  let entries = known.get(statement);
  if (!entries) {
    entries = conditionEntries(statement).flatMap((entry) => {
      const info = isKnownOperator(entry.operator.key) ? operatorInfo(entry.parsed.base) : undefined;
      return info ? [{ ...entry, info }] : [];
    });
    known.set(statement, entries);
  }
  return entries;
}

/**
 * Where to report a problem that lies in how an operator suits one key: on the operator when it is the block's
 * only key (so that changing the operator is the fix), else on the key, as other keys share the operator.
 */
export function operatorOrKey(entry: ConditionEntry): { span: Span; onOperator: boolean } {
  const block = entry.operator.value;
  const alone = block?.type === 'object' && block.properties.length === 1;
  return alone
    ? { span: keyNameSpan(entry.operator), onOperator: true }
    : { span: keyNameSpan(entry.key), onOperator: false };
}

/** The operator properties of a statement's Condition block, whatever their values, with their parsed names. */
export function operatorsOf(statement: Statement): { operator: PProperty; parsed: ParsedOperator }[] {
  const block = statement.elements.Condition?.value;
  if (block?.type !== 'object') return [];
  return block.properties.map((operator) => ({ operator, parsed: parseOperator(operator.key) }));
}
