import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  LogMessageNotification,
  LogMessageParams,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** How long a test waits for a notification before failing with what it was waiting for. */
const WAIT_LIMIT_MS = 5000;

/** The `policyLens` section the test client answers for a scope URI. */
export type ConfigurationAnswer = (scopeUri: string | undefined) => unknown;

/**
 * The client side of a conversation with the server: sends document events and waits for the diagnostics the
 * server publishes, one notification at a time and in order, so tests wait on events rather than on time.
 */
export class Session {
  /** The scope URIs the server asked configuration for, in order. */
  readonly configurationScopes: (string | undefined)[] = [];
  /** Every log message the server sent. */
  readonly logs: LogMessageParams[] = [];
  /** What `workspace/configuration` answers; tests replace it. */
  configuration: ConfigurationAnswer = () => ({});
  private readonly received = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();

  constructor(readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.deliver(params));
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params);
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationScopes.push(item.scopeUri);
        return this.configuration(item.scopeUri);
      }),
    );
    connection.listen();
  }

  /** Runs the initialize handshake, announcing a client that answers `workspace/configuration` unless told not to. */
  async initialize(options: { debounceMs?: number; configuration?: boolean } = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: options.debounceMs === undefined ? undefined : { debounceMs: options.debounceMs },
      capabilities: {
        workspace: { configuration: options.configuration ?? true, didChangeConfiguration: {} },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'json'): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async change(uri: string, version: number, ...contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** The next diagnostics published for a document that this session has not returned yet. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const queued = this.received.get(uri);
    if (queued?.length) return Promise.resolve(queued.shift()!);
    if (this.waiting.has(uri)) return Promise.reject(new Error(`already waiting for diagnostics of ${uri}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(uri);
        reject(new Error(`no diagnostics published for ${uri} within ${WAIT_LIMIT_MS} ms`));
      }, WAIT_LIMIT_MS);
      this.waiting.set(uri, (params) => {
        clearTimeout(timer);
        resolve(params);
      });
    });
  }

  /** Asks the server to shut down and exit, as an editor does. */
  async shutdown(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
  }

  private deliver(params: PublishDiagnosticsParams): void {
    const waiter = this.waiting.get(params.uri);
    if (waiter) {
      this.waiting.delete(params.uri);
      waiter(params);
    } else {
      const queue = this.received.get(params.uri) ?? [];
      queue.push(params);
      this.received.set(params.uri, queue);
    }
  }
}
