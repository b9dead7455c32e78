// What every command factory is given: the extension's long-lived parts, built once in activate().
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AccountSessions } from './auth/accountSessions';
import type { SignInPrompter } from './auth/signInPrompter';
import type { ModalConfirmer } from './confirmer';
import type { TwinLog } from './output';
import type { PlanView } from './plan/planView';
import type { RemoteStateSender } from './remote/remoteStateSender';
import type { TokenStatusBar } from './statusBar';
import type { TokenStore } from './token/tokenStore';

/** The extension's parts shared by the commands. */
export interface TwinServices {
  readonly context: vscode.ExtensionContext;
  readonly tokens: TokenStore;
  /** Asks how to sign in (and for the token or credentials) when no session can serve. */
  readonly prompter: SignInPrompter;
  /** One refreshing token source per account (API base URL), shared by every command. */
  readonly sessions: AccountSessions;
  /** Asks the modal questions before a push (save first; create N items). */
  readonly confirmer: ModalConfirmer;
  readonly log: TwinLog;
  readonly statusBar: TokenStatusBar;
  readonly languageClient: LanguageClient;
  /** Resolves once the language server answered `initialize`. */
  readonly clientReady: Promise<void>;
  readonly remoteState: RemoteStateSender;
  /** The plan panels, kept true as the file, the token and the platform change. */
  readonly planView: PlanView;
}
