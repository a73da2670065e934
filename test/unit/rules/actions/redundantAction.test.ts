import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCatalog } from '../../../../server/src/catalog/load';
import { expectFindings, expectNone, lint, policy } from '../../../helpers/marked';

const rule = 'redundant-action';

function allow(action: string): string {
  return `    {"Effect": "Allow", "Action": ${action}, "Resource": "*"}`;
}

describe('redundant-action', () => {
  it('reports an action a wildcard of the list covers, as unnecessary, naming the wildcard', () => {
    const [finding] = expectFindings(policy(allow('["s3:Get*", «"s3:GetObject"»]')), rule, [
      '"s3:GetObject" is already covered by "s3:Get*" in this Action list: remove it.',
    ]);
    assert.equal(finding.severity, 'hint');
    assert.equal(finding.unnecessary, true);
    assert.deepEqual(finding.data, { coveredBy: 's3:Get*' });
  });

  it('reports a value covered by a later wildcard too', () => {
    expectFindings(policy(allow('[«"s3:GetObject"», «"s3:PutObject"», "s3:*"]')), rule, [
      '"s3:GetObject" is already covered by "s3:*" in this Action list: remove it.',
      '"s3:PutObject" is already covered by "s3:*" in this Action list: remove it.',
    ]);
  });

  it('reports every other value next to *, naming *', () => {
    expectFindings(policy(allow('[«"s3:*"», "*", «"ec2:Describe*"», «"iam:PassRole"»]')), rule, [
      '"s3:*" is already covered by "*" in this Action list: remove it.',
      '"ec2:Describe*" is already covered by "*" in this Action list: remove it.',
      '"iam:PassRole" is already covered by "*" in this Action list: remove it.',
    ]);
  });

  it('reports a narrower wildcard inside a wider one, and names the widest cover', () => {
    expectFindings(policy(allow('[«"s3:Get*"», «"s3:GetObject*"», "s3:*", «"s3:getobject"»]')), rule, [
      '"s3:Get*" is already covered by "s3:*" in this Action list: remove it.',
      '"s3:GetObject*" is already covered by "s3:*" in this Action list: remove it.',
      '"s3:getobject" is already covered by "s3:*" in this Action list: remove it.',
    ]);
  });

  it('reports a repeated value, whatever its case, at the later one', () => {
    expectFindings(policy(allow('["s3:GetObject", "s3:PutObject", «"S3:getObject"»]')), rule, [
      '"S3:getObject" repeats "s3:GetObject" in this Action list: remove it.',
    ]);
  });

  it('reports the later of two values that match the same actions', () => {
    expectFindings(policy(allow('["s3:GetObjectTorrent", «"s3:GetObjectTorr?nt"»]')), rule, [
      '"s3:GetObjectTorr?nt" is already covered by "s3:GetObjectTorrent" in this Action list: remove it.',
    ]);
    expectFindings(policy(allow('["s3:GetObjectTorr?nt", «"s3:GetObjectTorrent"»]')), rule, [
      '"s3:GetObjectTorrent" is already covered by "s3:GetObjectTorr?nt" in this Action list: remove it.',
    ]);
  });

  it('covers an action the catalog lacks by the text of a wildcard', () => {
    expectFindings(policy(allow('["s3:*", «"s3:GetObjekt"»]')), rule, [
      '"s3:GetObjekt" is already covered by "s3:*" in this Action list: remove it.',
    ]);
  });

  it('lets wildcard service prefixes cover actions of the services they match', () => {
    expectFindings(policy(allow('["*:Get*", «"s3:GetObject"», "s3:PutObject"]')), rule, [
      '"s3:GetObject" is already covered by "*:Get*" in this Action list: remove it.',
    ]);
  });

  it('compares NotAction lists the same way, but never Action with NotAction', () => {
    expectFindings(policy('    {"Effect": "Deny", "NotAction": ["iam:*", «"iam:ListRoles"»], "Resource": "*"}'), rule, [
      '"iam:ListRoles" is already covered by "iam:*" in this NotAction list: remove it.',
    ]);
    expectNone(policy(allow('"s3:*"'), '    {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}'), rule);
  });

  it('accepts lists whose values overlap without one covering another', () => {
    expectNone(
      policy(
        allow('["s3:Get*", "s3:*Object", "s3:List*", "s3-object-lambda:Get*", "ec2:Describe*", "ec2:StartInstances"]'),
      ),
      rule,
    );
    expectNone(policy(allow('["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectAcl"]')), rule);
  });

  it('ignores malformed values, other shapes and values that match nothing', () => {
    expectNone(
      policy(allow('["s3:", "s3:", 1, 1, "s3:Git*", "s3:Gi*t*", "s3:${aws:username}", "s3:${aws:username}"]')),
      rule,
    );
  });

  it('handles an AWS-managed-policy-sized list quickly', () => {
    const ec2 = getCatalog()
      .service('ec2')!
      .actions.map((a) => `"${a.id}"`);
    const text = policy(allow(`["ec2:Describe*", ${ec2.join(', ')}]`));
    const findings = lint(text).filter((f) => f.ruleId === rule);
    assert.equal(findings.length, ec2.filter((a) => a.startsWith('"ec2:Describe')).length);
  });
});
