// The language server's entry point. The transport comes from the command line: `--stdio` when run by hand or by
// another editor, `--node-ipc` when started by the VS Code client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { formatError } from './features/runSafe';
import { startServer } from './features/startServer';

const connection = createConnection(ProposedFeatures.all);

// Handlers are wrapped already; this is the last line of defence, so that a bug in a timer or a stray promise is
// logged where the user can see it instead of ending the server and every diagnostic with it.
process.on('uncaughtException', (error) => connection.console.error(formatError('Unexpected error', error)));
process.on('unhandledRejection', (reason) => connection.console.error(formatError('Unhandled rejection', reason)));

startServer(connection);
