import { MAX_ANALYSED_LENGTH } from './diagnostics';

/** What the client may tune in `initializationOptions`. */
export interface ServerOptions {
  /** How long edits must pause before a document is linted again, in milliseconds. */
  debounceMs: number;
  /** Documents longer than this many characters are not analysed; they get one diagnostic saying so. */
  maxDocumentLength: number;
}

/** The defaults: short enough to feel immediate, long enough not to lint every keystroke. */
export const DEFAULT_SERVER_OPTIONS: ServerOptions = { debounceMs: 150, maxDocumentLength: MAX_ANALYSED_LENGTH };

/** Reads `initializationOptions`, keeping the default for anything missing or out of range. */
export function readServerOptions(raw: unknown): ServerOptions {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    debounceMs: within(source.debounceMs, 0, 10_000) ?? DEFAULT_SERVER_OPTIONS.debounceMs,
    maxDocumentLength: within(source.maxDocumentLength, 1, 500_000_000) ?? DEFAULT_SERVER_OPTIONS.maxDocumentLength,
  };
}

function within(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}
