import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CFN_LINT, corpusFindings } from './corpus';

/*
 * The false-alarm check: 133 real templates from AWS's public collection (test/fixtures/cfn-corpus). A template in
 * which cfn-lint 1.51 finds no error must get no error from Policy Lens; one in which cfn-lint finds errors may
 * get only the errors listed here, each a genuine defect explained in docs/cloudformation.md. Every finding of any
 * severity is also counted by rule, so that a change in what the corpus gets is seen in review.
 */

/** Errors that are genuine defects of the template: path → `rule@line` for each. */
const GENUINE_ERRORS: Record<string, string[]> = {
  // "Fn::GetAZs": null in the JSON renderings (the YAML twins write !GetAZs ''); cfn-lint reports them too (E1015).
  'AutoScaling/AutoScalingRollingUpdates.json': ['cfn-function-arguments@342', 'cfn-function-arguments@481'],
  'Config/Config.json': ['cfn-function-arguments@60'],
  'DMS/DMSAuroraToS3FullLoadAndOngoingReplication.json': ['cfn-function-arguments@100', 'cfn-function-arguments@125'],
  'ElasticLoadBalancing/ELBGuidedAutoScalingRollingUpgrade.json': [
    'cfn-function-arguments@149',
    'cfn-function-arguments@337',
  ],
  'ElasticLoadBalancing/ELB_Access_Logs_And_Connection_Draining.json': [
    'cfn-function-arguments@142',
    'cfn-function-arguments@253',
  ],
  'Solutions/CloudFormationEndpointSignals/cfn-endpoint-creationpolicy.json': [
    'cfn-function-arguments@128',
    'cfn-function-arguments@156',
    'cfn-function-arguments@184',
    'cfn-function-arguments@212',
  ],
  'Solutions/CloudFormationEndpointSignals/cfn-endpoint-waitcondition-no-igw.json': [
    'cfn-function-arguments@125',
    'cfn-function-arguments@153',
  ],
  'Solutions/CloudFormationEndpointSignals/cfn-endpoint-waitcondition.json': [
    'cfn-function-arguments@165',
    'cfn-function-arguments@193',
    'cfn-function-arguments@221',
    'cfn-function-arguments@249',
  ],
  'Solutions/GitLab/GitLabServer-pkg.json': ['cfn-function-arguments@172'],
  'Solutions/Gitea/Gitea-pkg.json': ['cfn-function-arguments@182'],
  'Solutions/VSCode/VSCodeServer-pkg.json': ['cfn-function-arguments@182'],
  'VPC/VPC_With_Managed_NAT_And_Private_Subnet.json': [
    'cfn-function-arguments@73',
    'cfn-function-arguments@110',
    'cfn-function-arguments@131',
    'cfn-function-arguments@168',
    'cfn-function-arguments@189',
    'cfn-function-arguments@225',
    'cfn-function-arguments@246',
    'cfn-function-arguments@282',
  ],
};

describe('the CloudFormation corpus', () => {
  const counts = new Map<string, number>();
  const paths = Object.keys(CFN_LINT).sort();

  it('holds the 133 templates with their cfn-lint results', () => {
    assert.equal(paths.length, 133);
  });

  for (const path of paths) {
    const cfnLint = CFN_LINT[path];
    it(`${path}: ${cfnLint.errors === 0 ? 'no error, as cfn-lint finds none' : 'only its genuine errors'}`, () => {
      const findings = corpusFindings(path);
      for (const f of findings)
        counts.set(`${f.severity} ${f.ruleId}`, (counts.get(`${f.severity} ${f.ruleId}`) ?? 0) + 1);
      const errors = findings.filter((f) => f.severity === 'error');
      const unexplained = errors.filter((f) => !(GENUINE_ERRORS[path] ?? []).includes(`${f.ruleId}@${f.line}`));
      assert.deepEqual(
        unexplained.map((f) => `${f.line}: ${f.ruleId}: ${f.message}`),
        [],
        cfnLint.errors === 0 ? 'cfn-lint finds no error here' : `cfn-lint finds ${cfnLint.rules.join(', ')}`,
      );
      // A genuine error that is no longer found is a regression too.
      assert.deepEqual(
        errors.map((f) => `${f.ruleId}@${f.line}`),
        GENUINE_ERRORS[path] ?? [],
      );
    });
  }

  it('gets these findings in all, by severity and rule', () => {
    const seen = Object.fromEntries([...counts].sort((a, b) => a[0].localeCompare(b[0])));
    assert.deepEqual(seen, {
      'error cfn-function-arguments': 30,
      'hint action-case': 2,
      'hint cfn-redundant-depends-on': 65,
      'hint empty-sid': 1,
      'information key-admin-can-use-key': 2,
      'information prefer-typed-operator': 2,
      'warning key-missing-root-access': 2,
      'warning key-resource-not-star': 4,
      'warning non-unique-sid': 2,
      'warning old-version': 70,
      'warning resource-mismatch': 8,
      'warning unknown-action': 11,
    });
  });
});
