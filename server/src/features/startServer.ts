import {
  CodeActionKind,
  CodeLensRefreshRequest,
  Connection,
  Diagnostic,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getCatalog } from '../catalog/load';
import { ruleInfo } from '../engine/rules';
import { ruleDocUrl } from '../rules/docsUrl';
import { codeActions, SHOW_RULE_DOCUMENTATION } from './codeActions';
import { getCfnSpec } from '../cfn/spec/load';
import { analysisOf } from './analyses';
import { completionListAt } from './completion';
import { cursorAt } from './cursor';
import { hoverAt } from './hover';
import { diagnosticsOf } from './diagnostics';
import { kindLenses } from './kindLens';
import { definitionAt, referencesAt } from './navigation';
import { readServerOptions, ServerOptions } from './options';
import { formatError, runSafe, runSafeNotification } from './runSafe';
import { SETTINGS_SECTION, SettingsStore } from './settings';
import { documentSymbols } from './symbols';
import { Validator } from './validator';

/**
 * The characters after which the editor asks for completions by itself: a quote opens a value, `:` separates a
 * service from its action and an ARN's fields, `!` starts a YAML tag, `.` an attribute, `$`/`{` a Sub variable.
 */
const COMPLETION_TRIGGERS = ['"', ':', '!', '.', '$', '{', ' '];

/** The server's name and version, as announced to the client. */
export const SERVER_INFO = { name: 'Policy Lens', version: '0.1.0' };

/**
 * Serves Policy Lens on a connection: keeps the open documents in sync and pushes their diagnostics. All state lives
 * in this call, so a test can run several servers in one process.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = connection.console;
  let settings = new SettingsStore(undefined, () => undefined);
  let validator: Validator | undefined;
  let canRefreshLenses = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options: ServerOptions = readServerOptions(params.initializationOptions);
    const canAsk = params.capabilities.workspace?.configuration === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    settings = new SettingsStore(
      canAsk ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }) : undefined,
      (uri, error) => log.error(formatError(`Reading the settings of ${uri} failed; using the defaults`, error)),
    );
    validator = new Validator(
      {
        document: (uri) => documents.get(uri),
        diagnose: async (document) =>
          diagnosticsOf(document, await settings.get(document.uri), options.maxDocumentLength),
        publish: async (uri: string, diagnostics: Diagnostic[], version?: number) =>
          connection.sendDiagnostics({ uri, version, diagnostics }),
        log,
      },
      options.debounceMs,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        documentSymbolProvider: { label: 'Policy Lens' },
        definitionProvider: true,
        referencesProvider: true,
        executeCommandProvider: { commands: [SHOW_RULE_DOCUMENTATION] },
      },
      serverInfo: SERVER_INFO,
    };
  });

  connection.onInitialized(() => {
    // Loading the catalog takes a moment: do it now rather than when the first document is opened.
    setImmediate(() => void runSafe(log, 'Loading the AWS catalog failed', undefined, getCatalog));
  });

  connection.onCodeLens((params, token) =>
    runSafe(
      log,
      `Computing the code lenses of ${params?.textDocument?.uri} failed`,
      [],
      async () => {
        const document = documents.get(params.textDocument.uri);
        return document ? kindLenses(document, await settings.get(document.uri)) : [];
      },
      token,
    ),
  );

  connection.onCodeAction((params, token) =>
    runSafe(
      log,
      `Computing the code actions of ${params.textDocument.uri} failed`,
      [],
      async () => {
        const document = documents.get(params.textDocument.uri);
        return document ? codeActions(document, params, await settings.get(document.uri)) : [];
      },
      token,
    ),
  );

  connection.onExecuteCommand((params) =>
    runSafe(log, `Running ${params.command} failed`, undefined, async () => {
      const ruleId = params.arguments?.[0];
      if (params.command !== SHOW_RULE_DOCUMENTATION || typeof ruleId !== 'string' || !ruleInfo(ruleId)) return;
      // The editor opens the page in the browser; the server itself never reaches the network.
      await connection.window.showDocument({ uri: ruleDocUrl(ruleId), external: true });
    }),
  );

  /** The document and its analysis at this version, for the requests that read it. */
  async function analysed(uri: string) {
    const document = documents.get(uri);
    if (!document) return undefined;
    const analysis = analysisOf(document, await settings.get(uri));
    return analysis ? { document, analysis } : undefined;
  }

  connection.onCompletion((params, token) =>
    runSafe(
      log,
      `Computing the completions at ${params.textDocument.uri}:${params.position.line + 1}:${params.position.character + 1} failed`,
      { isIncomplete: false, items: [] },
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return { isIncomplete: false, items: [] };
        const context = cursorAt(document, document.offsetAt(params.position), await settings.get(document.uri));
        return completionListAt(context, getCatalog(), getCfnSpec());
      },
      token,
    ),
  );

  connection.onHover((params, token) =>
    runSafe(
      log,
      `Computing the hover at ${params.textDocument.uri}:${params.position.line + 1}:${params.position.character + 1} failed`,
      null,
      async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        const context = cursorAt(document, document.offsetAt(params.position), await settings.get(document.uri));
        return hoverAt(context, getCatalog(), getCfnSpec());
      },
      token,
    ),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe(
      log,
      `Computing the symbols of ${params.textDocument.uri} failed`,
      [],
      async () => {
        const found = await analysed(params.textDocument.uri);
        return found ? documentSymbols(found.analysis, found.document) : [];
      },
      token,
    ),
  );

  connection.onDefinition((params, token) =>
    runSafe(
      log,
      `Finding the definition at ${params.textDocument.uri}:${params.position.line + 1}:${params.position.character + 1} failed`,
      null,
      async () => {
        const found = await analysed(params.textDocument.uri);
        return found ? definitionAt(found.analysis, found.document, found.document.offsetAt(params.position)) : null;
      },
      token,
    ),
  );

  connection.onReferences((params, token) =>
    runSafe(
      log,
      `Finding the references at ${params.textDocument.uri}:${params.position.line + 1}:${params.position.character + 1} failed`,
      [],
      async () => {
        const found = await analysed(params.textDocument.uri);
        if (!found) return [];
        const offset = found.document.offsetAt(params.position);
        return referencesAt(found.analysis, found.document, offset, params.context.includeDeclaration);
      },
      token,
    ),
  );

  documents.onDidChangeContent(({ document }) => {
    runSafeNotification(log, `Scheduling validation of ${document.uri} failed`, () =>
      validator?.schedule(document.uri),
    );
  });

  documents.onDidClose(({ document }) => {
    runSafeNotification(log, `Closing ${document.uri} failed`, () => {
      settings.forget(document.uri);
      validator?.close(document.uri);
    });
  });

  connection.onDidChangeConfiguration((change) => {
    runSafeNotification(log, 'Applying the new settings failed', () => {
      settings.reset(change.settings);
      for (const document of documents.all()) validator?.schedule(document.uri);
      // The kind a lens shows may come from the settings; the editor asks again only when told to.
      if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  });

  connection.onShutdown(() => validator?.dispose());

  documents.listen(connection);
  connection.listen();
}
