import { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorLog, runSafe } from './runSafe';

/** What the validator needs from the server around it. */
export interface ValidatorHost {
  /** The open document with this URI, at its latest version. */
  document(uri: string): TextDocument | undefined;
  /** Computes a document's diagnostics; may wait for its settings. */
  diagnose(document: TextDocument): Promise<Diagnostic[]>;
  publish(uri: string, diagnostics: Diagnostic[], version?: number): Promise<void>;
  log: ErrorLog;
}

/**
 * Pushes diagnostics for open documents: at once for a document just opened, after a quiet `delayMs` for edits, so
 * typing does not lint every keystroke. Every request supersedes the earlier ones for the same document, so the
 * result of an older version (or of older settings) is never published over a newer one.
 */
export class Validator {
  /** The latest request per open document; a run that is no longer the latest drops its result. */
  private readonly latest = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private requests = 0;

  constructor(
    private readonly host: ValidatorHost,
    private readonly delayMs: number,
  ) {}

  /** Validates a document soon: immediately when it was not seen before, after the delay otherwise. */
  schedule(uri: string): void {
    const delay = this.latest.has(uri) ? this.delayMs : 0;
    clearTimeout(this.timers.get(uri));
    const request = ++this.requests;
    this.latest.set(uri, request);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, request);
      }, delay),
    );
  }

  /** Stops work on a closed document and clears what was published for it. */
  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.latest.delete(uri);
    void this.host.publish(uri, []).catch(() => undefined);
  }

  /** Stops every pending validation (at shutdown). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.latest.clear();
  }

  private async run(uri: string, request: number): Promise<void> {
    const current = () => this.latest.get(uri) === request;
    const document = this.host.document(uri);
    if (!document || !current()) return;
    // A failed analysis publishes an empty list rather than leaving diagnostics of an older text in place.
    const diagnostics = await runSafe(this.host.log, `Validating ${uri} failed`, [], () =>
      this.host.diagnose(document),
    );
    if (!current() || !Array.isArray(diagnostics)) return;
    await this.host.publish(uri, diagnostics, document.version).catch(() => undefined);
  }
}
