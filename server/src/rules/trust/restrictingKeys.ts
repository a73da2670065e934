import { Statement } from '../../model/policy';
import { KnownEntry, knownEntries } from '../conditions/entries';

/**
 * The condition entries that can only match when the key is in the request and has one of the given values: not
 * negated (`StringNotEquals` lets every other value through), not `IfExists` or `ForAllValues:` (both match when the
 * key is absent), not `Null`. Only these narrow who may assume a role.
 */
export function restrictingEntries(statement: Statement): KnownEntry[] {
  return knownEntries(statement).filter(
    (e) => !e.info.negated && e.info.family !== 'Null' && !e.parsed.ifExists && e.parsed.qualifier !== 'ForAllValues',
  );
}

/** The lower-case names of the keys the statement's restricting entries test. */
export function restrictingKeys(statement: Statement): Set<string> {
  return new Set(restrictingEntries(statement).map((e) => e.key.key.toLowerCase()));
}
