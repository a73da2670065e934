/** The CLI's exit codes, stable for CI scripts. */
export const EXIT = {
  /** No error-severity finding (warnings and notes allowed). */
  clean: 0,
  /** At least one error-severity finding. */
  findings: 1,
  /** The command could not do its job: a usage mistake, an input that matched nothing, a file it could not read. */
  failure: 2,
} as const;

/** One of {@link EXIT}'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake on the command line; its message is shown as one line, with no stack trace. */
export class UsageError extends Error {}
