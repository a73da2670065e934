import { Finding } from '../../rules/rule';
import { Checked, LintReport } from '../report';
import { catalogSource, TOOL } from '../version';

/**
 * The report as JSON for scripts. Ranges use LSP's convention (0-based line and UTF-16 character, end exclusive);
 * `offset` and `length` count UTF-16 code units from the start of the text (after any byte-order mark).
 */
export function formatJson(report: LintReport): string {
  const { package: name, version } = catalogSource();
  const output = {
    version: TOOL.version,
    catalog: { package: name, version },
    files: report.results.flatMap((r) => (r.status === 'checked' ? [fileJson(r)] : [])),
    skipped: report.results.flatMap((r) =>
      r.status === 'skipped' && r.shown ? [{ path: r.path, reason: r.reason, message: r.message }] : [],
    ),
    notes: report.notes,
    problems: report.problems,
    summary: report.summary,
  };
  return JSON.stringify(output, null, 2) + '\n';
}

function fileJson(result: Checked) {
  return { path: result.path, kind: result.kind ?? null, findings: result.findings.map((f) => findingJson(result, f)) };
}

function findingJson(result: Checked, finding: Finding) {
  const replacement = typeof finding.data?.replacement === 'string' ? { replacement: finding.data.replacement } : {};
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    range: {
      start: result.lines.positionAt(finding.offset),
      end: result.lines.positionAt(finding.offset + finding.length),
    },
    offset: finding.offset,
    length: finding.length,
    ...replacement,
  };
}
