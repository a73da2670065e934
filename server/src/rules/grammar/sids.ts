import { PolicyDocument, Statement } from '../../model/policy';
import { PString } from '../../parsing/tree';

/** A Sid used again by a later statement, with the statement that used it first. */
export interface RepeatedSid {
  sid: PString;
  first: Statement;
}

/** Every non-empty string Sid that an earlier statement already uses (compared exactly, as IAM does). */
export function repeatedSids(policy: PolicyDocument): RepeatedSid[] {
  const firsts = new Map<string, Statement>();
  const repeated: RepeatedSid[] = [];
  for (const statement of policy.statements) {
    const sid = statement.elements.Sid?.value;
    if (sid?.type !== 'string' || sid.value === '') continue;
    const first = firsts.get(sid.value);
    if (first) repeated.push({ sid, first });
    else firsts.set(sid.value, statement);
  }
  return repeated;
}
