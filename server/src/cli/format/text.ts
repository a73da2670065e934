import { Severity } from '../../rules/rule';
import { Checked, isNote, LintReport, Summary } from '../report';

const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint',
};

/**
 * Compiler-style lines, `path:line:col: severity rule-id: message` (1-based, so editors and terminals can jump to
 * them), grouped by file, then a summary line. Problems that set exit code 2 go to stderr, not here.
 */
export function formatText(report: LintReport): string {
  // When nothing could be looked at, the problems on stderr say it all; "0 errors in 0 files" would read as a pass.
  if (report.results.length === 0 && report.problems.length > 0) return '';
  const blocks: string[] = [];
  for (const result of report.results) {
    if (result.status === 'checked' && result.findings.length > 0) blocks.push(findingLines(result).join('\n'));
    else if (isNote(result) && !report.quiet) blocks.push(`${result.path}: ${result.message}`);
  }
  if (report.notes.length > 0) blocks.push(report.notes.map((n) => `${n.path}: ${n.message}`).join('\n'));
  blocks.push(summaryLine(report.summary, report.quiet));
  return blocks.join('\n\n') + '\n';
}

function findingLines(result: Checked): string[] {
  return result.findings.map((finding) => {
    const { line, character } = result.lines.positionAt(finding.offset);
    return `${result.path}:${line + 1}:${character + 1}: ${SEVERITY_WORDS[finding.severity]} ${finding.ruleId}: ${finding.message}`;
  });
}

/** `2 errors, 1 warning, 0 infos in 3 files (1 skipped)`; hints are named only when there are some. */
export function summaryLine(summary: Summary, quiet: boolean): string {
  const counts = [count(summary.errors, 'error')];
  if (!quiet) {
    counts.push(count(summary.warnings, 'warning'), count(summary.infos, 'info'));
    if (summary.hints > 0) counts.push(count(summary.hints, 'hint'));
  }
  const skipped = summary.skipped > 0 ? ` (${summary.skipped} skipped)` : '';
  return `${counts.join(', ')} in ${count(summary.files, 'file')}${skipped}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
