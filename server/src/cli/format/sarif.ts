import { pathToFileURL } from 'node:url';
import { sep } from 'node:path';
import { ruleDocUrl } from '../../rules/docsUrl';
import { EVERY_RULE, RuleInfo } from '../../engine/rules';
import { Finding, Severity } from '../../rules/rule';
import { Checked, isNote, LintReport } from '../report';
import { catalogSource, TOOL } from '../version';

/** SARIF's levels for ours: it has no "hint", and "note" is its lowest level that still shows. */
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};
const SRCROOT = '%SRCROOT%';

/**
 * The report as a SARIF 2.1.0 log with one run, for code-scanning services: every rule described (so a viewer can
 * show rules that did not fire as checked), results located by 1-based line and UTF-16 column, relative to the
 * working folder, with a fix where the finding suggests a replacement.
 */
export function formatSarif(report: LintReport, cwd: string): string {
  const ruleIndex = new Map(EVERY_RULE.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            informationUri: TOOL.informationUri,
            rules: EVERY_RULE.map(ruleDescriptor),
            properties: { catalog: catalogSource() },
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        invocations: [invocation(report)],
        columnKind: 'utf16CodeUnits',
        results: report.results.flatMap((r) =>
          r.status === 'checked' ? r.findings.map((f) => result(r, f, ruleIndex)) : [],
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.summary },
    fullDescription: { text: plainText(rule.description), markdown: rule.description },
    helpUri: ruleDocUrl(rule.id),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { title: rule.name },
  };
}

/** Markdown as plain text: code spans, emphasis and links lose their marks. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1');
}

function invocation(report: LintReport) {
  const skipped = report.results.filter(isNote).map((r) => ({
    level: 'note',
    message: { text: `${r.path}: ${r.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(r) } }],
  }));
  const problems = report.problems.map((text) => ({ level: 'error', message: { text } }));
  return { executionSuccessful: report.problems.length === 0, toolExecutionNotifications: [...problems, ...skipped] };
}

function result(file: Checked, finding: Finding, ruleIndex: Map<string, number>) {
  const location = artifactLocation(file);
  const region = regionOf(file, finding);
  const replacement = finding.data?.replacement;
  const fix =
    typeof replacement === 'string'
      ? {
          fixes: [
            {
              description: { text: `Replace with ${replacement}` },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: [{ deletedRegion: region, insertedContent: { text: replacement } }],
                },
              ],
            },
          ],
        }
      : {};
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
    ...fix,
  };
}

function regionOf(file: Checked, finding: Finding) {
  const start = file.lines.positionAt(finding.offset);
  const end = file.lines.positionAt(finding.offset + finding.length);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

/** Files under the working folder are relative to %SRCROOT% (so the log is portable); others get a file URI. */
function artifactLocation(file: { path: string; absolutePath: string }) {
  if (file.path.startsWith('../') || file.path === '..' || /^([a-z]:)?[\\/]/i.test(file.path)) {
    return { uri: pathToFileURL(file.absolutePath).href };
  }
  return { uri: file.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
