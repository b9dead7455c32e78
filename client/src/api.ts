// What `activate` returns. Other extensions get nothing that acts or reveals: in Production only a
// "ready" promise. The members that run the commands' code paths without their prompts (store or clear
// a token, answer the sign-in prompts, read the platform's names) exist only when VS Code runs the
// extension for development or tests; any installed extension could otherwise swap the token, and with
// it the company a push writes to, or answer a 401 prompt silently. Nothing here hands out the token.
import * as vscode from 'vscode';
import type { RemoteStateParams } from '../../protocol/src';
import type { ScriptedAnswer } from './confirmer';
import type { PlanViewSnapshot } from './plan/planView';
import type { RemoteRefresher } from './remote/refreshOnOpen';
import type { TwinServices } from './services';
import { readSettings } from './settings';
import type { SignInAnswer } from './auth/signInPrompter';
import { clearToken } from './commands/tokenCommands';
import { setTokenFlow, type SetTokenOutcome } from './token/setTokenFlow';

/** What every extension may use. */
export interface TwinPublicApi {
  /** Resolves once the language server is running. */
  whenLanguageServerReady(): Promise<void>;
}

/** The test hooks, present only outside Production (the in-editor suite, the development host). */
export interface TwinTestApi extends TwinPublicApi {
  /** `TWIN: Set API Token` with this value instead of the input box: checks, verifies, stores. */
  setToken(token: string): Promise<SetTokenOutcome>;
  /** `TWIN: Clear API Token` without its notification; true when a token was stored. */
  clearToken(): Promise<boolean>;
  /** True when a token is stored for the configured base URL. */
  hasToken(): Promise<boolean>;
  /** Redraws the status bar item and returns its text. */
  statusBarText(): Promise<string>;
  /** Redraws the status bar item and returns its tooltip (the host, the company, the time left). */
  statusBarTooltip(): Promise<string>;
  /** The last `twin/remoteState` sent to the language server. */
  lastRemoteState(): RemoteStateParams | undefined;
  /** Reads the platform now and sends its names to the language server (as on opening a manifest). */
  refreshRemoteState(): Promise<void>;
  /**
   * Queues answers for the next "paste a token" prompts (no token stored, or a 401 during a command),
   * in place of the input box; resolves to how many prompts were shown so far.
   */
  answerTokenPrompts(answers: ReadonlyArray<string | undefined>): number;
  /** How many times a token was asked for. */
  tokenPromptCount(): number;
  /**
   * Queues answers for the next "sign in" questions (the way, then the token or email and password),
   * in place of the quick pick and input boxes; resolves to how many were asked so far.
   */
  answerSignInPrompts(answers: ReadonlyArray<SignInAnswer | undefined>): number;
  /** How many times the sign-in question was asked. */
  signInPromptCount(): number;
  /** The stored session for the configured base URL, without its secrets. */
  sessionState(): Promise<SessionState | undefined>;
  /** Which SecretStorage keys hold something for the configured base URL (names only). */
  storedSecretKeys(): Promise<string[]>;
  /**
   * Queues answers (true: the accept button) for the next modal questions before a push ("Save and
   * Push", the push confirmation); resolves to how many were asked so far.
   */
  answerConfirmations(answers: readonly ScriptedAnswer[]): number;
  /** How many modal questions were asked. */
  confirmationCount(): number;
  /** The plan view's panels as shown now. */
  planViews(): PlanViewSnapshot[];
  /** Focuses the plan view's panel of a manifest (as a click on its tab); false when none is open. */
  focusPlanView(manifest: vscode.Uri): boolean;
  /** The status bar item's text and tooltip, redrawn. */
  statusBar(): Promise<{ text: string; tooltip: string }>;
}

/** What a test may know of the stored session: never the token or the refresh token. */
export interface SessionState {
  renews: boolean;
  expiresAt?: number;
  companyId?: string;
  email?: string;
}

/** The extension's exported API: the public part, plus the test hooks outside Production. */
export type TwinExtensionApi = TwinPublicApi | TwinTestApi;

/** True when the API carries the test hooks. */
export function hasTestHooks(api: TwinExtensionApi | undefined): api is TwinTestApi {
  return api !== undefined && 'setToken' in api;
}

/** Builds the exported API over the running services. */
export function createApi(services: TwinServices, refresher: RemoteRefresher): TwinExtensionApi {
  const publicApi: TwinPublicApi = { whenLanguageServerReady: () => services.clientReady };
  if (services.context.extensionMode === vscode.ExtensionMode.Production) return publicApi;
  const testApi: TwinTestApi = {
    ...publicApi,
    setToken: (token) => setTokenFlow(services, token),
    clearToken: () => clearToken(services),
    hasToken: async () => (await services.tokens.get(readSettings().baseUrl)) !== undefined,
    statusBarText: () => services.statusBar.refresh(),
    statusBarTooltip: async () => {
      await services.statusBar.refresh();
      return services.statusBar.tooltip;
    },
    lastRemoteState: () => services.remoteState.lastSent,
    refreshRemoteState: () => refresher.refresh(),
    answerTokenPrompts: (answers) => {
      services.prompter.script(
        answers.map((token) => (token === undefined ? undefined : { kind: 'token', token })),
      );
      return services.prompter.tokenCount;
    },
    tokenPromptCount: () => services.prompter.tokenCount,
    answerSignInPrompts: (answers) => {
      services.prompter.script(answers);
      return services.prompter.signInCount;
    },
    signInPromptCount: () => services.prompter.signInCount,
    sessionState: async () => {
      const session = await services.tokens.getSession(readSettings().baseUrl);
      if (!session) return undefined;
      const state: SessionState = { renews: session.refreshToken !== undefined };
      if (session.expiresAt !== undefined) state.expiresAt = session.expiresAt;
      if (session.account?.companyId) state.companyId = session.account.companyId;
      if (session.account?.email) state.email = session.account.email;
      return state;
    },
    storedSecretKeys: () => services.tokens.keysHeld(readSettings().baseUrl),
    answerConfirmations: (answers) => {
      services.confirmer.script(answers);
      return services.confirmer.count;
    },
    confirmationCount: () => services.confirmer.count,
    planViews: () => services.planView.snapshots(),
    focusPlanView: (manifest) => services.planView.focus(manifest),
    statusBar: async () => ({
      text: await services.statusBar.refresh(),
      tooltip: services.statusBar.tooltip,
    }),
  };
  return testApi;
}
