// The extension's settings, read fresh each time so that a change applies to the next command.
import * as vscode from 'vscode';
import { DEFAULT_API_URL } from '../../core/src/twin/client';
import { DEFAULT_IAM_URL } from '../../core/src/twin/iam';

/** A push never sends more requests at once than this, whatever the setting says. */
export const MAX_PUSH_CONCURRENCY = 16;

/** The settings the commands use. */
export interface TwinSettings {
  baseUrl: string;
  /** TWIN's IAM: sign-in with email and password, and refreshing sessions. */
  iamUrl: string;
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
  const userBaseUrl = c.inspect<string>('api.baseUrl')?.globalValue;
  const baseUrl = (typeof userBaseUrl === 'string' ? userBaseUrl : DEFAULT_API_URL).trim() || DEFAULT_API_URL;
  // The password and the refresh token go to IAM: the same rule, the user's own value only.
  const userIamUrl = c.inspect<string>('api.iamUrl')?.globalValue;
  const iamUrl = (typeof userIamUrl === 'string' ? userIamUrl : DEFAULT_IAM_URL).trim() || DEFAULT_IAM_URL;
  // The same for the push's safety valves: a cloned repository's .vscode/settings.json must not be
  // able to switch off the confirmation (a code lens click would then write to production unasked)
  // or raise the request rate against the user's company. Both are `application` settings too.
  const concurrency = c.inspect<number>('push.concurrency')?.globalValue;
  const confirm = c.inspect<boolean>('push.confirm')?.globalValue;
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    iamUrl: iamUrl.replace(/\/+$/, ''),
    concurrency:
      typeof concurrency === 'number' && Number.isInteger(concurrency) && concurrency > 0
        ? Math.min(concurrency, MAX_PUSH_CONCURRENCY)
        : 4,
    confirm: typeof confirm === 'boolean' ? confirm : true,
    refreshOnOpen: c.get<boolean>('remote.refreshOnOpen', true),
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
