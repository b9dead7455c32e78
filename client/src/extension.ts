// Activation: start the language server, build the services, register the command table; the code
// lens, the status bar, the session's renewal timer and the background refresh follow once the
// server runs. The TWIN account is registered with VS Code's Accounts menu at once. Kept cheap: nothing
// talks to TWIN or reads the token before the language server has started.
import * as vscode from 'vscode';
import { configureL10n } from '../../core/src/l10n';
import { createApi, type TwinExtensionApi } from './api';
import { AccountSessions } from './auth/accountSessions';
import { TWIN_AUTH_PROVIDER_ID, TwinAuthenticationProvider } from './auth/authProvider';
import { signInFlow } from './auth/signInFlow';
import { SignInPrompter } from './auth/signInPrompter';
import { clearToken } from './commands/tokenCommands';
import { signInAgain } from './commands/apiSession';
import { ManifestCodeLens } from './codeLens';
import { COMMANDS } from './commands/commandTable';
import { ModalConfirmer } from './confirmer';
import { createLanguageClient } from './languageClient';
import { TwinLog } from './output';
import { replanQuietly } from './commands/planCommand';
import { PlanView } from './plan/planView';
import { RemoteRefresher } from './remote/refreshOnOpen';
import { RemoteStateSender } from './remote/remoteStateSender';
import type { TwinServices } from './services';
import { TokenStatusBar } from './statusBar';
import { warnIfExpiringSoon } from './token/expiryWarning';
import { TokenStore } from './token/tokenStore';

/** Starts the extension and returns its API. */
export function activate(context: vscode.ExtensionContext): TwinExtensionApi {
  // Core's texts (plan, results, API errors) shown here come in VS Code's display language, from the
  // same bundle vscode.l10n.t reads.
  configureL10n(vscode.env.language, vscode.l10n.bundle);
  const languageClient = createLanguageClient(context);
  const clientReady = languageClient.start();
  const tokens = new TokenStore(context.secrets);
  const log = new TwinLog();
  const statusBar = new TokenStatusBar(tokens, log);
  const planView = new PlanView();
  const sessions = new AccountSessions(tokens);
  const services: TwinServices = {
    context,
    tokens,
    prompter: new SignInPrompter(),
    sessions,
    confirmer: new ModalConfirmer(),
    log,
    statusBar,
    languageClient,
    clientReady,
    remoteState: new RemoteStateSender(languageClient, clientReady),
    planView,
  };
  sessions.onReauthenticate((baseUrl, reason, error) => signInAgain(services, baseUrl, reason, error));
  const authProvider = new TwinAuthenticationProvider(
    tokens,
    () => signInFlow(services),
    () => clearToken(services),
  );
  planView.setReplanner((uri) => replanQuietly(services, uri));
  const codeLens = new ManifestCodeLens();
  const refresher = new RemoteRefresher(services);
  let active = true;
  context.subscriptions.push(
    { dispose: () => void languageClient.stop() },
    { dispose: () => (active = false) },
    tokens,
    sessions,
    authProvider,
    vscode.authentication.registerAuthenticationProvider(
      TWIN_AUTH_PROVIDER_ID,
      vscode.l10n.t('TWIN'),
      authProvider,
      { supportsMultipleAccounts: false },
    ),
    log,
    statusBar,
    planView,
    tokens.onDidChange(() => planView.replanAll()),
    codeLens,
    refresher,
    ...Object.entries(COMMANDS).map(([id, factory]) =>
      vscode.commands.registerCommand(id, factory(services)),
    ),
  );
  // What is not needed before the language server runs comes after it started (or failed to): the
  // SecretStorage reads of the status bar and the expiry warning, the background refresh (network),
  // the code lens. They would otherwise share the extension host with the server's start-up.
  const afterServerStart = () => {
    if (!active) return;
    context.subscriptions.push(
      vscode.languages.registerCodeLensProvider({ language: 'twin-yaml' }, codeLens),
    );
    statusBar.show();
    void authProvider.prime();
    sessions.keepFresh();
    void markWorkspaceManifests();
    refresher.refreshOpenDocuments();
    void warnIfExpiringSoon(tokens);
  };
  // On the next turn, so that whoever awaits the server's start (the API's whenLanguageServerReady,
  // a command) goes first.
  const later = () => void setImmediate(afterServerStart);
  void clientReady.then(later, later);
  return createApi(services, refresher);
}

/** Sets `twin.hasManifest`, which hides the getting-started walkthrough once a manifest exists. */
async function markWorkspaceManifests(): Promise<void> {
  const found = await vscode.workspace.findFiles('**/*.twin.yaml', '**/node_modules/**', 1);
  await vscode.commands.executeCommand('setContext', 'twin.hasManifest', found.length > 0);
}

/** Nothing left to do: disposing the subscriptions stops the language server. */
export function deactivate(): void {}
