import { analyze } from '../engine/analyze';
import { AnalysisSettings } from '../engine/settings';
import { LintOptions } from './args';
import { Candidate, discover } from './discover';
import { displayPath } from './paths';
import { LineIndex } from './positions';
import { readSource } from './readSource';
import { Checked, LintReport, Note, Skipped, SkipReason, summarise } from './report';

/** Finds the files the inputs name and lints each one with the editor's engine. */
export function lint(options: LintOptions, cwd: string): LintReport {
  const discovery = discover(options.inputs, cwd);
  const run: Run = {
    cwd,
    options,
    settings: { rules: options.rules, policyKinds: options.policyKinds },
    problems: [...discovery.problems],
  };
  const results = discovery.candidates.map((candidate) => lintFile(candidate, run));
  const notes = options.quiet ? [] : folderNotes(discovery.folders, discovery.candidates, results);
  return { results, notes, problems: run.problems, summary: summarise(results), quiet: options.quiet };
}

/** What every file of a run shares. */
interface Run {
  cwd: string;
  options: LintOptions;
  settings: AnalysisSettings;
  /** Collects the problems that make the exit code 2. */
  problems: string[];
}

function lintFile(candidate: Candidate, run: Run): Checked | Skipped {
  const path = displayPath(candidate.path, run.cwd);
  const skip = (reason: SkipReason, message: string, shown = true): Skipped => {
    return { status: 'skipped', path, absolutePath: candidate.path, reason, message, shown };
  };
  const source = readSource(candidate.path, run.options.maxFileSize);
  switch (source.type) {
    case 'too-large':
      return skip(
        'too-large',
        `skipped: ${formatSize(source.size)} is over the --max-file-size limit of ${formatSize(run.options.maxFileSize)}`,
      );
    case 'unreadable':
      run.problems.push(`cannot read ${path}: ${source.why}`);
      return skip('unreadable', `cannot read: ${source.why}`);
    case 'binary': {
      // A binary file that a glob swept up beside the policies is simply not one; one given or named as JSON is a mistake.
      const mistaken = candidate.origin !== 'glob' || /\.(jsonc?|ya?ml|template)$/i.test(path);
      if (mistaken) run.problems.push(`cannot lint ${path}: ${source.why}`);
      return skip('binary', `skipped: ${source.why}`, mistaken);
    }
  }
  try {
    const analysis = analyze({
      text: source.text,
      fileName: path,
      languageId: languageOf(path, source.text),
      settings: run.settings,
    });
    if (!analysis.policy && !analysis.template && analysis.findings.length === 0)
      return skip(
        'not-a-policy',
        'not an IAM policy or CloudFormation template, skipped',
        candidate.origin === 'explicit',
      );
    const findings = run.options.quiet ? analysis.findings.filter((f) => f.severity === 'error') : analysis.findings;
    return {
      status: 'checked',
      path,
      absolutePath: candidate.path,
      kind: analysis.policy?.kind,
      findings,
      lines: new LineIndex(source.text),
    };
  } catch (error) {
    // A rule must never throw; if one does, the other files are still linted and the run says it is incomplete.
    run.problems.push(
      `internal error while linting ${path}: ${error instanceof Error ? error.message : String(error)} (please report it)`,
    );
    return skip('internal-error', 'skipped after an internal error');
  }
}

/** Says so when a folder that was given holds no policy, so an empty result is not mistaken for a clean one. */
function folderNotes(
  folders: readonly string[],
  candidates: readonly Candidate[],
  results: readonly (Checked | Skipped)[],
): Note[] {
  return folders.flatMap((folder) => {
    const inFolder = candidates.filter((c) => c.folders.includes(folder)).length;
    const checked = results.some((r, i) => r.status === 'checked' && candidates[i].folders.includes(folder));
    if (checked) return [];
    const looked =
      inFolder === 0
        ? 'no .json, .jsonc, .yaml, .yml or .template file in it'
        : `${inFolder} JSON or YAML ${inFolder === 1 ? 'file' : 'files'} looked at`;
    return [{ path: folder, message: `no IAM policy or CloudFormation template found (${looked})` }];
  });
}

/**
 * The language of a file: JSONC and YAML by their extensions; a `.template` (CloudFormation's old extension for
 * either) is JSON when it starts with `{`, else YAML; anything else is JSON.
 */
export function languageOf(path: string, text: string): 'json' | 'jsonc' | 'yaml' {
  if (/\.jsonc$/i.test(path)) return 'jsonc';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.template$/i.test(path)) return /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml';
  return 'json';
}

/** A byte count as people read it: 6.2 MB, 512 KB, 900 bytes (1024-based, as --max-file-size reads them). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
