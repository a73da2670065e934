import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** Where handler failures are reported; the connection's console in the server. */
export interface ErrorLog {
  error(message: string): void;
}

/** A failure as one line of log: what was being done, the error, and its stack when there is one. */
export function formatError(what: string, error: unknown): string {
  try {
    if (error instanceof Error) return `${what}: ${error.message}\n${error.stack ?? ''}`.trimEnd();
    return `${what}: ${String(error)}`;
  } catch {
    // Anything can be thrown, even a value that cannot be printed (`Object.create(null)`, a throwing getter): the
    // report of a failure must not fail in turn.
    return `${what}: a value that cannot be printed was thrown`;
  }
}

/**
 * Runs a handler so that a failure never reaches the connection: the error is logged with what was being done
 * (name the document's URI there) and the fallback is answered instead. A request cancelled before or during the
 * work answers with the LSP's cancellation error, as clients expect.
 */
export async function runSafe<T>(
  log: ErrorLog,
  what: string,
  fallback: T,
  work: () => T | Promise<T>,
  token?: CancellationToken,
): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = await work();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    safeLog(log, formatError(what, error));
    return fallback;
  }
}

/** Runs a notification handler that answers nothing: a failure is logged and swallowed. */
export function runSafeNotification(log: ErrorLog, what: string, work: () => void | Promise<void>): void {
  void runSafe(log, what, undefined, work);
}

function safeLog(log: ErrorLog, message: string): void {
  try {
    log.error(message);
  } catch {
    // The connection is already gone: there is no one left to tell.
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
