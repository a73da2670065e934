import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const ID = 'pass-role-on-all-roles';
const ANY = 'pass any role to any service, roles with more permissions than its own included';
const ALL_BUT = 'pass every role but those listed to any service';
const FIX = 'Name the roles in Resource, or add a condition on iam:PassedToService.';
const FIX_NOT = 'Name the roles in Resource instead, or add a condition on iam:PassedToService.';

describe('pass-role-on-all-roles', () => {
  it('reports iam:PassRole on "*" on the action', () => {
    const text = policy(`    {"Effect": "Allow", "Action": ["ec2:RunInstances", "«iam:PassRole»"], "Resource": "*"}`);
    expectFindings(text, ID, [`iam:PassRole on "*" lets this identity ${ANY}. ${FIX}`]);
  });
  it('reports a wildcard action that covers iam:PassRole, whatever its case', () => {
    const text = policy(`    {"Effect": "Allow", "Action": ["«iam:*»", "«IAM:pass*»"], "Resource": "*"}`);
    expectFindings(text, ID, [
      `"iam:*" includes iam:PassRole, which on "*" lets this identity ${ANY}. ${FIX}`,
      `"IAM:pass*" includes iam:PassRole, which on "*" lets this identity ${ANY}. ${FIX}`,
    ]);
  });
  it('reports every role of an account as a resource', () => {
    const text = policy(
      `    {"Effect": "Allow", "Action": "«iam:PassRole»", "Resource": "arn:aws:iam::123456789012:role/*"}`,
    );
    expectFindings(text, ID, [`iam:PassRole on "arn:aws:iam::123456789012:role/*" lets this identity ${ANY}. ${FIX}`]);
  });
  it('reports iam:PassRole with NotResource', () => {
    const text = policy(
      `    {"Effect": "Allow", "Action": "«iam:PassRole»", "NotResource": "arn:aws:iam::123456789012:role/admin"}`,
    );
    expectFindings(text, ID, [`iam:PassRole with NotResource lets this identity ${ALL_BUT}. ${FIX_NOT}`]);
  });
  it('reports NotAction that does not exclude iam:PassRole, on the resource', () => {
    const text = policy(
      `    {"Effect": "Allow", "NotAction": "s3:*", "Resource": "«*»", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}`,
    );
    expectFindings(text, ID, [
      `NotAction does not exclude iam:PassRole, so on "*" this statement lets the identity ${ANY}. ${FIX}`,
    ]);
  });
  it('reports NotAction with NotResource on the NotAction key', () => {
    const text = policy(`    {"Effect": "Allow", «"NotAction"»: "s3:*", "NotResource": "arn:aws:s3:::secrets/*"}`);
    expectFindings(text, ID, [
      `NotAction does not exclude iam:PassRole, so with NotResource this statement lets the identity ${ALL_BUT}. ${FIX_NOT}`,
    ]);
  });
  it('reports "*" when a condition keeps it from being full administrator access', () => {
    const text = policy(
      `    {"Effect": "Allow", "Action": "«*»", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}`,
    );
    expectFindings(text, ID, [`"*" includes iam:PassRole, which on "*" lets this identity ${ANY}. ${FIX}`]);
  });
  it('leaves full administrator access to its own rule', () => {
    expectNone(policy(`    {"Effect": "Allow", "Action": "*", "Resource": "*"}`), ID);
  });
  it('accepts an iam:PassedToService condition, named roles, exclusions and Deny', () => {
    const limited = '"Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}';
    expectNone(policy(`    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", ${limited}}`), ID);
    expectNone(
      policy(`    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::123456789012:role/app-*"}`),
      ID,
    );
    expectNone(policy(`    {"Effect": "Allow", "NotAction": ["iam:*"], "Resource": "*"}`), ID);
    expectNone(policy(`    {"Effect": "Allow", "Action": "iam:PassRole", "NotResource": "*"}`), ID);
    expectNone(policy(`    {"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}`), ID);
    expectNone(policy(`    {"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"}`), ID);
  });
  it('stays fast on wildcard-heavy actions', () => {
    const action = '*a'.repeat(200) + '*b';
    const started = performance.now();
    expectNone(policy(`    {"Effect": "Allow", "Action": "iam:${action}", "Resource": "*"}`), ID);
    assert.ok(performance.now() - started < 2000, 'analysis took more than 2 s');
  });
});
