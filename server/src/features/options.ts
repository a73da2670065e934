/** What the client may tune in `initializationOptions`. */
export interface ServerOptions {
  /** How long edits must pause before a document is linted again, in milliseconds. */
  debounceMs: number;
}

/** The defaults: short enough to feel immediate, long enough not to lint every keystroke. */
export const DEFAULT_SERVER_OPTIONS: ServerOptions = { debounceMs: 150 };

/** Reads `initializationOptions`, keeping the default for anything missing or out of range. */
export function readServerOptions(raw: unknown): ServerOptions {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const debounce = source.debounceMs;
  const valid = typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 && debounce <= 10_000;
  return { debounceMs: valid ? debounce : DEFAULT_SERVER_OPTIONS.debounceMs };
}
