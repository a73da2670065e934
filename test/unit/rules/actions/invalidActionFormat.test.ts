import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFindings, expectNone, policy } from '../../../helpers/marked';

const rule = 'invalid-action-format';

/** A statement allowing the given Action value (raw JSON text) on every resource. */
function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('invalid-action-format', () => {
  it('reports an empty action on its quotes', () => {
    expectFindings(policy(allow('[«""»]')), rule, [
      'An action cannot be empty: write service:action, such as s3:GetObject, or remove it.',
    ]);
  });

  it('reports white space at the spaces, with the action without them', () => {
    const [leading, inner] = expectFindings(policy(allow('["« »s3:GetObject", "s3:«  »PutObject"]')), rule, [
      '" s3:GetObject" contains white space, which an action cannot have: remove it.',
      '"s3:  PutObject" contains white space, which an action cannot have: remove it.',
    ]);
    assert.deepEqual(leading.data, { replacement: '' });
    assert.deepEqual(inner.data, { replacement: '' });
  });

  it('covers every space from the first to the last, and offers the text between them without spaces', () => {
    const [finding] = expectFindings(policy(allow('"s3« : »GetObject"')), rule, [/contains white space/]);
    assert.deepEqual(finding.data, { replacement: ':' });
  });

  it('reports several actions written in one string', () => {
    expectFindings(policy(allow('"«s3:GetObject s3:PutObject»"')), rule, [
      '"s3:GetObject s3:PutObject" holds several actions in one string: write each action as a string of its own.',
    ]);
  });

  it('offers the action with a colon when the colon is missing or another separator stands in its place', () => {
    const [missing, dot] = expectFindings(policy(allow('["«s3GetObject»", "«s3.PutObject»"]')), rule, [
      '"s3GetObject" has no colon after its service prefix: did you mean s3:GetObject?',
      '"s3.PutObject" has no colon after its service prefix: did you mean s3:PutObject?',
    ]);
    assert.deepEqual(missing.data, { replacement: 's3:GetObject' });
    assert.deepEqual(dot.data, { replacement: 's3:PutObject' });
  });

  it('prefers the longest service prefix that makes a real action', () => {
    const [finding] = expectFindings(policy(allow('"«s3expressCreateSession»"')), rule, [
      '"s3expressCreateSession" has no colon after its service prefix: did you mean s3express:CreateSession?',
    ]);
    assert.deepEqual(finding.data, { replacement: 's3express:CreateSession' });
  });

  it('says when a value is a bare service prefix', () => {
    expectFindings(policy(allow('"«s3»"')), rule, [
      '"s3" is a service prefix, not an action: write s3:ActionName, or s3:* for every action of Amazon S3.',
    ]);
  });

  it('reports a value without colon that names no service', () => {
    const [finding] = expectFindings(policy(allow('"«GetObject»"')), rule, [
      '"GetObject" has no service prefix: write an action as service:action, such as s3:GetObject.',
    ]);
    assert.equal(finding.data, undefined);
  });

  it('reports a doubled colon at the extra colon, with its removal as the fix', () => {
    const [finding] = expectFindings(policy(allow('"s3:«:»GetObject"')), rule, [
      '"s3::GetObject" has more than one colon: did you mean s3:GetObject?',
    ]);
    assert.deepEqual(finding.data, { replacement: '' });
  });

  it('reports a trailing colon part at that part, offering the action before it', () => {
    const [finding] = expectFindings(policy(allow('"s3:GetObject«:latest»"')), rule, [
      '"s3:GetObject:latest" has more than one colon: did you mean s3:GetObject?',
    ]);
    assert.deepEqual(finding.data, { replacement: '' });
  });

  it('prefers joining the parts when that makes an action', () => {
    expectFindings(policy(allow('"s3:GetObject«:»Version"')), rule, [
      '"s3:GetObject:Version" has more than one colon: did you mean s3:GetObjectVersion?',
    ]);
  });

  it('reports extra colons without a fix when no reading is an action', () => {
    const [finding] = expectFindings(policy(allow('"ab:cd«:ef»"')), rule, [
      '"ab:cd:ef" has more than one colon: an action is written service:action, with a single colon.',
    ]);
    assert.equal(finding.data, undefined);
  });

  it('says that an ARN is not an action', () => {
    expectFindings(policy(allow('"«arn:aws:s3:::my-bucket/*»"')), rule, [
      '"arn:aws:s3:::my-bucket/*" is an ARN, not an action: ARNs belong in Resource.',
    ]);
  });

  it('reports a missing service prefix, with the only service that has the action', () => {
    const [sts, generic] = expectFindings(policy(allow('["«:AssumeRoleWithSAML»", "«:GetObject»"]')), rule, [
      '":AssumeRoleWithSAML" has no service prefix before the colon: did you mean sts:AssumeRoleWithSAML?',
      '":GetObject" has no service prefix before the colon: write service:action, such as s3:GetObject.',
    ]);
    assert.deepEqual(sts.data, { replacement: 'sts:AssumeRoleWithSAML' });
    assert.equal(generic.data, undefined);
  });

  it('reports a missing action name', () => {
    expectFindings(policy(allow('"«s3:»"')), rule, [
      '"s3:" has no action name after the colon: name an action, or write s3:* for all of them.',
    ]);
  });

  it('checks NotAction like Action', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": ["iam:*", "«stsAssumeRole»"], "Resource": "*"}'), rule, [
      '"stsAssumeRole" has no colon after its service prefix: did you mean sts:AssumeRole?',
    ]);
  });

  it('replaces the whole token when the string has escapes', () => {
    const [finding] = expectFindings(policy(allow('«" s3:Get\\u004fbject"»')), rule, [/contains white space/]);
    assert.deepEqual(finding.data, { replacement: '"s3:GetObject"' });
  });

  it('accepts *, actions, wildcards and unknown names of the right shape', () => {
    expectNone(
      policy(
        allow('["*", "s3:GetObject", "s3:Get*", "ec2:Describe?nstances", "*:*", "s3:NoSuchAction", "nosuch:Thing"]'),
      ),
      rule,
    );
  });

  it('leaves other shapes and policy variables to their own rules', () => {
    expectNone(policy(allow('[42, null, ["s3"], {"a": 1}, true, "s3:${aws:username}"]')), rule);
    expectNone(policy(allow('{"s3": "GetObject"}')), rule);
    expectNone(policy(allow('7')), rule);
  });

  it('shortens a huge value in its message', () => {
    const huge = 'x'.repeat(100_000);
    const [finding] = expectFindings(policy(allow(`"«${huge}»"`)), rule, [/^"x{77}…" has no service prefix/]);
    assert.ok(finding.message.length < 200);
  });
});
