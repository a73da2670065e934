import { Command, parseArgs } from './args';
import { EXIT, ExitCode, UsageError } from './exitCodes';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { HELP } from './help';
import { lint } from './lint';
import { LintReport } from './report';
import { versionText } from './version';

/** Where the CLI writes and which folder it works from, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** Runs the command line and returns its exit code. Never throws: every failure is one line on stderr. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  try {
    return execute(parseArgs(argv), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(error instanceof UsageError ? `policy-lens: ${message}\n` : `policy-lens: internal error: ${message}\n`);
    return EXIT.failure;
  }
}

function execute(command: Command, io: CliIo): ExitCode {
  if (command.name === 'help') {
    io.stdout(HELP);
    return EXIT.clean;
  }
  if (command.name === 'version') {
    io.stdout(versionText());
    return EXIT.clean;
  }
  const { options } = command;
  const report = lint(options, io.cwd);
  const format = options.format;
  io.stdout(
    format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report, io.cwd) : formatText(report),
  );
  for (const problem of report.problems) io.stderr(`policy-lens: ${problem}\n`);
  return exitCode(report);
}

/** 2 when something could not be checked, else 1 when an error-severity finding was reported, else 0. */
export function exitCode(report: LintReport): ExitCode {
  if (report.problems.length > 0) return EXIT.failure;
  return report.summary.errors > 0 ? EXIT.findings : EXIT.clean;
}
