import { AnalysisSettings, normaliseSettings } from '../engine/settings';

/** The configuration section the extension contributes. */
export const SETTINGS_SECTION = 'policyLens';

/** The settings that apply to one document. */
export interface DocumentSettings {
  /** `policyLens.enable`: false leaves the document alone. */
  enable: boolean;
  analysis: AnalysisSettings;
}

/** Reads a `policyLens` configuration section from the client, dropping what is malformed. */
export function readDocumentSettings(raw: unknown): DocumentSettings {
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return { enable: section.enable !== false, analysis: normaliseSettings(section) };
}

/** Asks the client for a section of configuration as it applies to a document. */
export type ConfigurationSource = (scopeUri: string) => Promise<unknown>;

/**
 * Settings per document, asked of the client with the document's URI as scope (so folder settings apply) and
 * remembered until the configuration changes. Clients that cannot be asked push their settings with
 * `workspace/didChangeConfiguration` instead; those apply to every document.
 */
export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
  private pushed: DocumentSettings = readDocumentSettings(undefined);

  /** `source` is undefined when the client does not answer `workspace/configuration`. */
  constructor(
    private readonly source: ConfigurationSource | undefined,
    private readonly onError: (scopeUri: string, error: unknown) => void,
  ) {}

  /** The settings of a document; on a failed request, the defaults (and the error is reported). */
  get(uri: string): Promise<DocumentSettings> {
    if (!this.source) return Promise.resolve(this.pushed);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.source(uri).then(readDocumentSettings, (error: unknown) => {
        this.onError(uri, error);
        return readDocumentSettings(undefined);
      });
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** Forgets every document's settings; `pushed` is the `settings` of a didChangeConfiguration notification. */
  reset(pushed: unknown): void {
    this.perDocument.clear();
    const section =
      pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (!this.source && section !== undefined) this.pushed = readDocumentSettings(section);
  }

  /** Forgets a closed document's settings. */
  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
