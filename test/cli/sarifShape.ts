import assert from 'node:assert/strict';

// The required properties, enums and bounds of the SARIF 2.1.0 schema (OASIS sarif-schema-2.1.0.json) for the
// objects Policy Lens writes; a failed check names the path of the offending value.

type Json = Record<string, unknown>;

const LOG_PROPERTIES = ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'];
const LEVELS = ['none', 'note', 'warning', 'error'];

/** Asserts that a parsed SARIF log has every property the 2.1.0 schema requires, with valid values. */
export function assertSarifShape(log: Json): void {
  for (const key of Object.keys(log)) assert.ok(LOG_PROPERTIES.includes(key), `sarifLog has no property ${key}`);
  assert.equal(log.version, '2.1.0', 'sarifLog.version');
  const runs = array(log.runs, 'runs');
  runs.forEach((run, i) => checkRun(run, `runs[${i}]`));
}

function checkRun(run: Json, path: string): void {
  const driver = object(object(run.tool, `${path}.tool`).driver, `${path}.tool.driver`);
  string(driver.name, `${path}.tool.driver.name`);
  if (driver.informationUri !== undefined)
    assert.doesNotThrow(() => new URL(string(driver.informationUri, 'informationUri')));
  const rules = driver.rules === undefined ? [] : array(driver.rules, `${path}.tool.driver.rules`);
  rules.forEach((rule, i) => checkRule(rule, `${path}.tool.driver.rules[${i}]`));
  const baseIds = (run.originalUriBaseIds ?? {}) as Record<string, Json>;
  for (const [id, location] of Object.entries(baseIds)) {
    // A base id's URI must be absolute and end with a slash (§3.14.14).
    assert.match(string(location.uri, `originalUriBaseIds.${id}.uri`), /^file:\/\/.*\/$/);
  }
  for (const [i, invocation] of (run.invocations === undefined
    ? []
    : array(run.invocations, 'invocations')
  ).entries()) {
    assert.equal(typeof invocation.executionSuccessful, 'boolean', `${path}.invocations[${i}].executionSuccessful`);
    const notes =
      invocation.toolExecutionNotifications === undefined
        ? []
        : array(invocation.toolExecutionNotifications, 'notifications');
    notes.forEach((note, j) =>
      checkMessage(note.message, `${path}.invocations[${i}].toolExecutionNotifications[${j}].message`),
    );
  }
  const results = run.results === undefined ? [] : array(run.results, `${path}.results`);
  results.forEach((result, i) => checkResult(result, `${path}.results[${i}]`, rules, baseIds));
}

function checkRule(rule: Json, path: string): void {
  string(rule.id, `${path}.id`);
  for (const key of ['shortDescription', 'fullDescription', 'help']) {
    if (rule[key] !== undefined) string(object(rule[key], `${path}.${key}`).text, `${path}.${key}.text`);
  }
  if (rule.helpUri !== undefined) assert.doesNotThrow(() => new URL(string(rule.helpUri, `${path}.helpUri`)));
  const level = (rule.defaultConfiguration as Json | undefined)?.level;
  if (level !== undefined) assert.ok(LEVELS.includes(level as string), `${path}.defaultConfiguration.level`);
}

function checkResult(result: Json, path: string, rules: Json[], baseIds: Record<string, Json>): void {
  checkMessage(result.message, `${path}.message`);
  if (result.level !== undefined) assert.ok(LEVELS.includes(result.level as string), `${path}.level`);
  if (result.ruleIndex !== undefined) {
    assert.ok(Number.isInteger(result.ruleIndex) && (result.ruleIndex as number) >= -1, `${path}.ruleIndex`);
    assert.equal(rules[result.ruleIndex as number]?.id, result.ruleId, `${path}.ruleIndex points at its rule`);
  }
  const locations = array(result.locations, `${path}.locations`);
  locations.forEach((location, i) => {
    const physical = object(location.physicalLocation, `${path}.locations[${i}].physicalLocation`);
    checkArtifactLocation(
      physical.artifactLocation,
      `${path}.locations[${i}].physicalLocation.artifactLocation`,
      baseIds,
    );
    checkRegion(
      object(physical.region, `${path}.locations[${i}].physicalLocation.region`),
      `${path}.locations[${i}].region`,
    );
  });
  const fixes = result.fixes === undefined ? [] : array(result.fixes, `${path}.fixes`);
  fixes.forEach((fix, i) => {
    const changes = array(fix.artifactChanges, `${path}.fixes[${i}].artifactChanges`);
    assert.ok(changes.length > 0, `${path}.fixes[${i}].artifactChanges is empty`);
    for (const change of changes) {
      checkArtifactLocation(change.artifactLocation, `${path}.fixes[${i}].artifactLocation`, baseIds);
      const replacements = array(change.replacements, `${path}.fixes[${i}].replacements`);
      assert.ok(replacements.length > 0, `${path}.fixes[${i}].replacements is empty`);
      for (const r of replacements)
        checkRegion(object(r.deletedRegion, 'deletedRegion'), `${path}.fixes[${i}].deletedRegion`);
    }
  });
}

function checkMessage(message: unknown, path: string): void {
  const value = object(message, path);
  assert.ok(typeof value.text === 'string' || typeof value.id === 'string', `${path} needs text or id`);
}

function checkArtifactLocation(value: unknown, path: string, baseIds: Record<string, Json>): void {
  const location = object(value, path);
  const uri = string(location.uri, `${path}.uri`);
  assert.doesNotMatch(uri, /[\\ ]/, `${path}.uri is not a URI reference`);
  assert.doesNotThrow(() => new URL(uri, 'file:///base/'), `${path}.uri`);
  if (location.uriBaseId !== undefined) {
    assert.ok(string(location.uriBaseId, `${path}.uriBaseId`) in baseIds, `${path}.uriBaseId is declared`);
    assert.doesNotMatch(uri, /^[a-z]+:|^\//i, `${path}.uri is relative to its base`);
  }
}

function checkRegion(region: Json, path: string): void {
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
    if (region[key] !== undefined)
      assert.ok(Number.isInteger(region[key]) && (region[key] as number) >= 1, `${path}.${key} >= 1`);
  }
  assert.ok(region.startLine !== undefined, `${path}.startLine`);
  const endLine = (region.endLine ?? region.startLine) as number;
  assert.ok(endLine >= (region.startLine as number), `${path} ends before it starts`);
  if (endLine === region.startLine && region.endColumn !== undefined) {
    assert.ok((region.endColumn as number) >= (region.startColumn as number), `${path} ends before it starts`);
  }
}

function object(value: unknown, path: string): Json {
  assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), `${path} must be an object`);
  return value as Json;
}

function array(value: unknown, path: string): Json[] {
  assert.ok(Array.isArray(value), `${path} must be an array`);
  return value as Json[];
}

function string(value: unknown, path: string): string {
  assert.equal(typeof value, 'string', `${path} must be a string`);
  return value as string;
}
