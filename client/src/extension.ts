// The VS Code side of Policy Lens: it only starts the language server, tells it which documents and settings to
// follow, and offers commands to restart it and to change a file's policy kind. All linting happens in the server.
import { commands, ExtensionContext, LogOutputChannel, window } from 'vscode';
import { changePolicyKind, CHANGE_KIND_COMMAND } from './changePolicyKind';
import { CrashBudget } from './crashBudget';
import { createErrorHandler } from './errorHandler';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

const CLIENT_ID = 'policyLens';
const CLIENT_NAME = 'Policy Lens';

/**
 * The languages whose documents the server is sent, in any URI scheme: the server reads only the text it is sent, so
 * files of virtual workspaces (`vscode-vfs:`, ...) and unsaved buffers are linted like files on disk.
 */
const DOCUMENT_SELECTOR = ['json', 'jsonc', 'yaml'].map((language) => ({ language }));

let client: LanguageClient | undefined;
const crashes = new CrashBudget();

/** Starts the language server when a JSON, JSONC or YAML document is first opened. */
export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(outputChannel);
  const restart = () => restartServer(outputChannel);
  client = createClient(context, outputChannel, restart);
  context.subscriptions.push(
    commands.registerCommand('policyLens.restartServer', restart),
    commands.registerCommand(CHANGE_KIND_COMMAND, changePolicyKind),
  );
  await client.start();
}

/** Stops the server with the extension, so that it exits cleanly. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Restarts the server by hand, or starts it again after the client gave up on it; the crash count starts afresh. */
async function restartServer(outputChannel: LogOutputChannel): Promise<void> {
  outputChannel.info('Restarting the language server.');
  crashes.reset();
  try {
    // A client that gave up on its server is stopped, or failed to start: it can only be started, not restarted.
    await (client?.isRunning() ? client.restart() : client?.start());
  } catch (error) {
    outputChannel.error(`Restarting the language server failed: ${error instanceof Error ? error.message : error}`);
    void window.showErrorMessage('Policy Lens: the language server could not be restarted. The output says why.');
  }
}

function createClient(
  context: ExtensionContext,
  outputChannel: LogOutputChannel,
  restart: () => Promise<void>,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: CLIENT_ID },
    outputChannel,
    errorHandler: createErrorHandler(crashes, {
      restart: () => void restart(),
      showOutput: () => outputChannel.show(),
    }),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
