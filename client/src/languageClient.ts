// Starts the language server (dist/server.js) over Node IPC. The server parses and validates; the
// client only asks it for the validated model and tells it what the platform holds.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

/** The port the language server of a development copy listens on for a debugger (see launch.json). */
export const SERVER_INSPECT_PORT = 6009;

/** Creates the client; `twin.trace.server` controls its protocol trace (the id is `twin`). */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The client takes `debug` when the extension host itself runs under a debugger (F5). Only then, and
  // only for a development copy (`--extensionDevelopmentPath`), the server listens for a debugger on
  // SERVER_INSPECT_PORT (.vscode/launch.json "Attach to Language Server"): an installed copy never opens
  // a port, even in a debugged extension host.
  const development = context.extensionMode === vscode.ExtensionMode.Development;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: development ? { execArgv: ['--nolazy', `--inspect=${SERVER_INSPECT_PORT}`] } : {},
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'twin-yaml', scheme: 'file' },
      { language: 'twin-yaml', scheme: 'untitled' },
    ],
    // The server answers in the display language; the token is never part of what it is given.
    initializationOptions: { locale: vscode.env.language },
    // No `synchronize.configurationSection` (deprecated): the server registers for configuration
    // changes itself and pulls `twin.validation.maxNameLength` (server/src/startServer.ts).
    outputChannelName: vscode.l10n.t('TWIN Language Server'),
  };
  return new LanguageClient('twin', vscode.l10n.t('TWIN Language Server'), serverOptions, clientOptions);
}
