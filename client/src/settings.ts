// The extension's settings, read fresh each time so that a change applies to the next command.
import * as vscode from 'vscode';
import {
  API_BASE_URL,
  keyInTwin,
  PUSH_CONCURRENCY,
  PUSH_CONFIRM,
  REFRESH_ON_OPEN,
} from '../../core/src/settings';

const DEFAULT_API_URL = API_BASE_URL.default;

/** A push never sends more requests at once than this, whatever the setting says. */
export const MAX_PUSH_CONCURRENCY = PUSH_CONCURRENCY.maximum;

/** The settings the commands use. */
export interface TwinSettings {
  baseUrl: string;
  concurrency: number;
  confirm: boolean;
  refreshOnOpen: boolean;
}

/** Reads the `twin.*` settings with their defaults. */
export function readSettings(): TwinSettings {
  const c = vscode.workspace.getConfiguration('twin');
  // Where the token goes is the user's call alone. The `application` scope already keeps workspace
  // values out in VS Code; reading only the user's own value keeps it so wherever scopes are not
  // enforced (a workspace folder's settings.json, a host that merges every level into get()).
  const userBaseUrl = c.inspect<string>(keyInTwin(API_BASE_URL))?.globalValue;
  const baseUrl = (typeof userBaseUrl === 'string' ? userBaseUrl : DEFAULT_API_URL).trim() || DEFAULT_API_URL;
  // The same for the push's safety valves: a cloned repository's .vscode/settings.json must not be
  // able to switch off the confirmation (a code lens click would then write to production unasked)
  // or raise the request rate against the user's company. Both are `application` settings too.
  const concurrency = c.inspect<number>(keyInTwin(PUSH_CONCURRENCY))?.globalValue;
  const confirm = c.inspect<boolean>(keyInTwin(PUSH_CONFIRM))?.globalValue;
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    concurrency:
      // Over the cap (a hand-edited settings.json) means "as many as allowed", not the default.
      typeof concurrency === 'number' &&
      Number.isInteger(concurrency) &&
      concurrency >= PUSH_CONCURRENCY.minimum
        ? Math.min(concurrency, PUSH_CONCURRENCY.maximum)
        : PUSH_CONCURRENCY.default,
    confirm: typeof confirm === 'boolean' ? confirm : PUSH_CONFIRM.default,
    refreshOnOpen: c.get<boolean>(keyInTwin(REFRESH_ON_OPEN), REFRESH_ON_OPEN.default),
  };
}

/** The host a base URL points at, for titles and messages (`chat-api.twin24.ai`). */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
