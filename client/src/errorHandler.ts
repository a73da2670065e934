// What the client does when the server dies or its connection fails: restart it a few times quietly (the output
// keeps a line for each), then stop and say so once, with a way to restart it and a way to see why.
import { window } from 'vscode';
import { CloseAction, ErrorAction, ErrorHandler } from 'vscode-languageclient/node';
import { CrashBudget } from './crashBudget';

/** What the user can do from the message shown when the server stays stopped. */
export interface StoppedServerActions {
  restart(): void;
  showOutput(): void;
}

const RESTART = 'Restart';
const SHOW_OUTPUT = 'Show Output';

/**
 * An error handler for the LanguageClient that follows a {@link CrashBudget}. Every result is marked `handled`, so
 * the client only logs its own message to the output and never shows a notification of its own.
 */
export function createErrorHandler(budget: CrashBudget, actions: StoppedServerActions): ErrorHandler {
  return {
    error(_error, _message, count) {
      const decision = budget.connectionError(count);
      if (!decision.shutdown) return { action: ErrorAction.Continue, handled: true };
      if (decision.notify) tell('the connection to the language server kept failing, so it was stopped', actions);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const decision = budget.crashed();
      const { maxRestarts, windowMs } = budget.limits;
      const minutes = Math.round(windowMs / 60_000);
      if (decision.restart) {
        return {
          action: CloseAction.Restart,
          message:
            `The Policy Lens server stopped unexpectedly; restarting it ` +
            `(restart ${decision.crashes} of ${maxRestarts} allowed within ${minutes} minutes).`,
          handled: true,
        };
      }
      if (decision.notify) {
        tell(
          `the language server stopped ${maxRestarts + 1} times in ${minutes} minutes, so it was not restarted`,
          actions,
        );
      }
      return {
        action: CloseAction.DoNotRestart,
        message: `The Policy Lens server stopped ${maxRestarts + 1} times in ${minutes} minutes; it stays stopped.`,
        handled: true,
      };
    },
  };
}

function tell(what: string, actions: StoppedServerActions): void {
  void window
    .showErrorMessage(`Policy Lens: ${what}. Policies are not checked until you restart it.`, RESTART, SHOW_OUTPUT)
    .then((choice) => {
      if (choice === RESTART) actions.restart();
      else if (choice === SHOW_OUTPUT) actions.showOutput();
    });
}
