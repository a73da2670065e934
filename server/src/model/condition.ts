import { PNode, PProperty } from '../parsing/tree';
import { Statement } from './policy';

/** A condition operator split into its parts: `ForAllValues:StringLikeIfExists` → qualifier, base, ifExists. */
export interface ParsedOperator {
  qualifier?: 'ForAllValues' | 'ForAnyValue';
  base: string;
  ifExists: boolean;
}

/** One `operator: { key: value(s) }` entry of a Condition block. */
export interface ConditionEntry {
  operator: PProperty;
  parsed: ParsedOperator;
  key: PProperty;
  /** The values: one node for a scalar, the items for an array. */
  values: PNode[];
}

/** Splits a condition operator name into qualifier, base operator and IfExists suffix. */
export function parseOperator(name: string): ParsedOperator {
  let rest = name;
  let qualifier: ParsedOperator['qualifier'];
  // Only one qualifier is allowed: `ForAllValues:ForAnyValue:X` keeps the second in the base, which is unknown.
  const q = (['ForAllValues', 'ForAnyValue'] as const).find((name) => rest.startsWith(name + ':'));
  if (q) {
    qualifier = q;
    rest = rest.slice(q.length + 1);
  }
  const ifExists = rest.endsWith('IfExists') && rest.length > 'IfExists'.length;
  return { qualifier, base: ifExists ? rest.slice(0, -'IfExists'.length) : rest, ifExists };
}

/** Every operator/key pair of a statement's Condition block that has the expected object shape. */
export function conditionEntries(statement: Statement): ConditionEntry[] {
  const block = statement.elements.Condition?.value;
  if (block?.type !== 'object') return [];
  const entries: ConditionEntry[] = [];
  for (const operator of block.properties) {
    if (operator.value?.type !== 'object') continue;
    const parsed = parseOperator(operator.key);
    for (const key of operator.value.properties) {
      if (!key.value) continue;
      const values = key.value.type === 'array' ? key.value.items : [key.value];
      entries.push({ operator, parsed, key, values });
    }
  }
  return entries;
}
