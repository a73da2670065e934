import { PolicyKind } from '../model/kind';
import { Finding } from '../rules/rule';
import { LineIndex } from './positions';

/** A file that was linted as a policy. */
export interface Checked {
  status: 'checked';
  /** As shown: relative to the working folder, forward slashes. */
  path: string;
  absolutePath: string;
  /** Undefined for a file named as a policy that is too broken to read as one. */
  kind?: PolicyKind;
  findings: Finding[];
  lines: LineIndex;
}

/** Why a file was not linted. */
export type SkipReason = 'not-a-policy' | 'too-large' | 'binary' | 'unreadable' | 'internal-error';

/** A file that was not linted. */
export interface Skipped {
  status: 'skipped';
  path: string;
  absolutePath: string;
  reason: SkipReason;
  /** What to tell the user, after the path. */
  message: string;
  /** False for files found by searching that are not policies: they are only counted. */
  shown: boolean;
}

/** Something worth saying about an input that is not a finding, e.g. a folder with no policy in it. */
export interface Note {
  path: string;
  message: string;
}

/** Counts over a run. */
export interface Summary {
  /** Files linted as policies. */
  files: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** Everything a run found, in the order the files were given and found. */
export interface LintReport {
  results: (Checked | Skipped)[];
  notes: Note[];
  /** One-line problems that make the exit code 2: inputs that matched nothing, files that could not be read. */
  problems: string[];
  summary: Summary;
  /** Only error findings were kept. */
  quiet: boolean;
}

/** The counts of a run's results. */
export function summarise(results: readonly (Checked | Skipped)[]): Summary {
  const summary: Summary = { files: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const result of results) {
    if (result.status === 'skipped') {
      summary.skipped++;
      continue;
    }
    summary.files++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else if (finding.severity === 'information') summary.infos++;
      else summary.hints++;
    }
  }
  return summary;
}

/** A skipped file worth a note in the output; those that could not be read are problems, told on stderr instead. */
export function isNote(result: Checked | Skipped): result is Skipped {
  return (
    result.status === 'skipped' && result.shown && (result.reason === 'not-a-policy' || result.reason === 'too-large')
  );
}
