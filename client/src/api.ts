// What `activate` returns: a small API for tests (and other extensions) that runs the same code paths
// as the commands without their prompts. It never hands out the token.
import type { RemoteStateParams } from './languageClient';
import type { RemoteRefresher } from './remote/refreshOnOpen';
import type { TwinServices } from './services';
import { readSettings } from './settings';
import { clearToken } from './commands/tokenCommands';
import { setTokenFlow, type SetTokenOutcome } from './token/setTokenFlow';

/** The extension's exported API. */
export interface TwinExtensionApi {
  /** `TWIN: Set API Token` with this value instead of the input box: checks, verifies, stores. */
  setToken(token: string): Promise<SetTokenOutcome>;
  /** `TWIN: Clear API Token` without its notification; true when a token was stored. */
  clearToken(): Promise<boolean>;
  /** True when a token is stored for the configured base URL. */
  hasToken(): Promise<boolean>;
  /** Redraws the status bar item and returns its text. */
  statusBarText(): Promise<string>;
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
  /** Resolves once the language server is running. */
  whenLanguageServerReady(): Promise<void>;
}

/** Builds the exported API over the running services. */
export function createApi(services: TwinServices, refresher: RemoteRefresher): TwinExtensionApi {
  return {
    setToken: (token) => setTokenFlow(services, token),
    clearToken: () => clearToken(services),
    hasToken: async () => (await services.tokens.get(readSettings().baseUrl)) !== undefined,
    statusBarText: () => services.statusBar.refresh(),
    lastRemoteState: () => services.remoteState.lastSent,
    refreshRemoteState: () => refresher.refresh(),
    answerTokenPrompts: (answers) => {
      services.prompter.script(answers);
      return services.prompter.count;
    },
    tokenPromptCount: () => services.prompter.count,
    whenLanguageServerReady: () => services.clientReady,
  };
}
