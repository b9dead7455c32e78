// Activation: start the language server, build the services, register the command table, the code
// lens, the status bar and the background refresh. Kept cheap: nothing talks to TWIN until asked.
import * as vscode from 'vscode';
import { localeFrom } from '../../core/src/i18n/locale';
import { createApi, type TwinExtensionApi } from './api';
import { ManifestCodeLens } from './codeLens';
import { COMMANDS } from './commands/commandTable';
import { ModalConfirmer } from './confirmer';
import { createLanguageClient } from './languageClient';
import { TwinLog } from './output';
import { PlanPreview } from './plan/planPreview';
import { RemoteRefresher } from './remote/refreshOnOpen';
import { RemoteStateSender } from './remote/remoteStateSender';
import type { TwinServices } from './services';
import { TokenStatusBar } from './statusBar';
import { warnIfExpiringSoon } from './token/expiryWarning';
import { TokenPrompter } from './token/tokenPrompter';
import { TokenStore } from './token/tokenStore';

/** Starts the extension and returns its API. */
export function activate(context: vscode.ExtensionContext): TwinExtensionApi {
  const languageClient = createLanguageClient(context);
  const clientReady = languageClient.start();
  const tokens = new TokenStore(context.secrets);
  const log = new TwinLog();
  const statusBar = new TokenStatusBar(tokens, log);
  const planPreview = new PlanPreview();
  const services: TwinServices = {
    context,
    tokens,
    prompter: new TokenPrompter(),
    confirmer: new ModalConfirmer(),
    log,
    statusBar,
    languageClient,
    clientReady,
    remoteState: new RemoteStateSender(languageClient, clientReady),
    planPreview,
    locale: localeFrom(vscode.env.language),
  };
  const codeLens = new ManifestCodeLens();
  const refresher = new RemoteRefresher(services);
  context.subscriptions.push(
    { dispose: () => void languageClient.stop() },
    tokens,
    log,
    statusBar,
    planPreview,
    codeLens,
    refresher,
    vscode.languages.registerCodeLensProvider({ language: 'twin-yaml' }, codeLens),
    ...Object.entries(COMMANDS).map(([id, factory]) =>
      vscode.commands.registerCommand(id, factory(services)),
    ),
  );
  void warnIfExpiringSoon(tokens);
  return createApi(services, refresher);
}

/** Nothing left to do: disposing the subscriptions stops the language server. */
export function deactivate(): void {}
