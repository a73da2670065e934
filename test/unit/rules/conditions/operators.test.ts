import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

/** A statement allowing s3:GetObject on everything, with the given Condition block. */
const withCondition = (condition: string) =>
  policy(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": ${condition}}`);

describe('unknown-condition-operator', () => {
  it('reports a misspelt operator with the nearest real one as the fix', () => {
    const [finding] = expectFindings(
      withCondition('{"«StringEqual»": {"aws:PrincipalAccount": "111122223333"}}'),
      'unknown-condition-operator',
      ['"StringEqual" is not a condition operator: did you mean StringEquals?'],
    );
    assert.deepEqual(finding.data, { replacement: 'StringEquals' });
  });
  it('says that operators are case-sensitive when only the case is wrong', () => {
    const [finding] = expectFindings(
      withCondition('{"«IPAddress»": {"aws:SourceIp": "203.0.113.0/24"}}'),
      'unknown-condition-operator',
      ['"IPAddress" is not a condition operator (operators are case-sensitive): did you mean IpAddress?'],
    );
    assert.deepEqual(finding.data, { replacement: 'IpAddress' });
  });
  it('suggests the full name of a misspelt qualified operator', () => {
    expectFindings(
      withCondition('{"«ForAnyValues:StringLike»": {"aws:TagKeys": "team*"}}'),
      'unknown-condition-operator',
      ['"ForAnyValues:StringLike" is not a condition operator: did you mean ForAnyValue:StringLike?'],
    );
  });
  it('rejects two qualifiers on one operator', () => {
    expectFindings(
      withCondition('{"«ForAllValues:ForAnyValue:StringLike»": {"aws:TagKeys": "team*"}}'),
      'unknown-condition-operator',
      [/^"ForAllValues:ForAnyValue:StringLike" is not a condition operator/],
    );
  });
  it('names a few real operators when nothing is close', () => {
    expectFindings(withCondition('{"«Matches»": {"aws:SourceIp": "203.0.113.0/24"}}'), 'unknown-condition-operator', [
      '"Matches" is not a condition operator: use one such as StringEquals, StringLike, ArnLike or IpAddress.',
    ]);
  });
  it('reports an unknown operator whatever its value holds', () => {
    expectFindings(withCondition('{"«Equals»": "x"}'), 'unknown-condition-operator', [
      /^"Equals" is not a condition operator/,
    ]);
  });
  it('accepts every documented form of operator', () => {
    const operators = [
      'StringEquals',
      'StringNotEqualsIgnoreCase',
      'StringLikeIfExists',
      'ForAllValues:StringLike',
      'ForAnyValue:StringEqualsIfExists',
      'NumericGreaterThanEquals',
      'DateNotEquals',
      'Bool',
      'BoolIfExists',
      'BinaryEquals',
      'NotIpAddress',
      'ArnNotLikeIfExists',
      'Null',
    ];
    for (const operator of operators)
      expectNone(
        withCondition(`{"${operator}": {"aws:PrincipalAccount": "111122223333"}}`),
        'unknown-condition-operator',
      );
  });
  it('leaves NullIfExists to its own rule', () => {
    expectNone(withCondition('{"NullIfExists": {"aws:TokenIssueTime": "true"}}'), 'unknown-condition-operator');
  });
});

describe('null-with-if-exists', () => {
  it('reports NullIfExists at the operator with Null as the fix', () => {
    const [finding] = expectFindings(
      withCondition('{"«NullIfExists»": {"aws:TokenIssueTime": "true"}}'),
      'null-with-if-exists',
      ['Null cannot take IfExists: Null already tests whether the key exists, so write Null.'],
    );
    assert.deepEqual(finding.data, { replacement: 'Null' });
  });
  it('accepts Null', () => {
    expectNone(withCondition('{"Null": {"aws:TokenIssueTime": "true"}}'), 'null-with-if-exists');
  });
});

describe('null-with-qualifier', () => {
  it('reports a qualifier in front of Null with Null as the fix', () => {
    const [finding] = expectFindings(
      withCondition('{"«ForAnyValue:Null»": {"aws:TagKeys": "false"}}'),
      'null-with-qualifier',
      ['ForAnyValue: has no use with Null, which tests whether the key exists: write Null.'],
    );
    assert.deepEqual(finding.data, { replacement: 'Null' });
  });
  it('accepts plain Null', () => {
    expectNone(withCondition('{"Null": {"aws:TagKeys": "false"}}'), 'null-with-qualifier');
  });
});
