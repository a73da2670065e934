import { Statement } from '../../model/policy';
import { Span } from '../../parsing/tree';

/** Where a finding about a whole statement (something it lacks) is shown: its opening brace. */
export function statementAnchor(statement: Statement): Span {
  return { offset: statement.node.offset, length: 1 };
}
