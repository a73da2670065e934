// How many times the client restarts a server that keeps dying. Kept free of `vscode` so that it can be tested in
// plain Node: a server that crashes at start must not be restarted forever, nor announce each crash.

/** How many restarts are allowed within how long. */
export interface CrashLimits {
  /** Restarts allowed within the window; one more crash and the server stays stopped. */
  maxRestarts: number;
  windowMs: number;
}

/** Four restarts in three minutes: a server that crashes a fifth time in that window stays stopped. */
export const DEFAULT_CRASH_LIMITS: CrashLimits = { maxRestarts: 4, windowMs: 3 * 60_000 };

/** Connection errors in a row that are tolerated before the connection is given up. */
export const MAX_CONNECTION_ERRORS = 3;

/** What to do after the server died: restart it, or leave it stopped and maybe tell the user. */
export type CrashDecision = { restart: true; crashes: number } | { restart: false; notify: boolean };

/**
 * Counts the server's crashes in a sliding window and decides whether to restart it. Once it gives up, it asks for
 * one message to the user; further give-ups stay silent until the user restarts the server by hand (`reset`).
 */
export class CrashBudget {
  private crashes: number[] = [];
  private notified = false;

  constructor(
    readonly limits: CrashLimits = DEFAULT_CRASH_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that the server's connection closed unexpectedly. */
  crashed(): CrashDecision {
    const time = this.now();
    // Only the latest maxRestarts + 1 crashes can decide anything, so the list stays bounded.
    this.crashes = [...this.crashes.filter((t) => time - t < this.limits.windowMs), time].slice(
      -(this.limits.maxRestarts + 1),
    );
    if (this.crashes.length <= this.limits.maxRestarts) return { restart: true, crashes: this.crashes.length };
    return { restart: false, notify: this.takeNotice() };
  }

  /** Decides after a connection error; `count` is how many came in a row (the client resets it on success). */
  connectionError(count: number | undefined): { shutdown: false } | { shutdown: true; notify: boolean } {
    if ((count ?? 1) <= MAX_CONNECTION_ERRORS) return { shutdown: false };
    return { shutdown: true, notify: this.takeNotice() };
  }

  /** The user restarted the server: a fresh count, and a fresh message should it fail again. */
  reset(): void {
    this.crashes = [];
    this.notified = false;
  }

  private takeNotice(): boolean {
    const first = !this.notified;
    this.notified = true;
    return first;
  }
}
