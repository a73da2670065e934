// The VS Code side of Policy Lens: it only starts the language server, tells it which documents and settings to
// follow, and offers commands to restart it and to change a file's policy kind. All linting happens in the server.
import { commands, ExtensionContext, LogOutputChannel, window } from 'vscode';
import { changePolicyKind, CHANGE_KIND_COMMAND } from './changePolicyKind';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

const CLIENT_ID = 'policyLens';
const CLIENT_NAME = 'Policy Lens';

let client: LanguageClient | undefined;

/** Starts the language server when a JSON, JSONC or YAML document is first opened. */
export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(outputChannel);
  client = createClient(context, outputChannel);
  context.subscriptions.push(
    commands.registerCommand('policyLens.restartServer', async () => {
      outputChannel.info('Restarting the language server.');
      await client?.restart();
    }),
    commands.registerCommand(CHANGE_KIND_COMMAND, changePolicyKind),
  );
  await client.start();
}

/** Stops the server with the extension, so that it exits cleanly. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['json', 'jsonc', 'yaml'].flatMap((language) =>
      ['file', 'untitled'].map((scheme) => ({ language, scheme })),
    ),
    synchronize: { configurationSection: CLIENT_ID },
    outputChannel,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
