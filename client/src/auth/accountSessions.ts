// One refreshing token source per account (API base URL) for the whole window: every command's client
// shares it, so one refresh serves them all; its timer renews the configured account's token ahead of
// expiry while the extension runs; a SecretStorage change (a refresh or sign-in in another window)
// makes it read the store again. When no refresh can help, `reauthenticate` asks the user once.
import * as vscode from 'vscode';
import { checkTokenTarget } from '../../../core/src/twin';
import { createIamClient, type IamClient } from '../../../core/src/twin/iam';
import {
  createSessionTokens,
  type ReauthReason,
  type SessionTokens,
  type TwinSession,
} from '../../../core/src/twin/sessionTokens';
import { readSettings } from '../settings';
import type { TokenStore } from '../token/tokenStore';
import { SESSION_TTL_SECONDS } from './passwordSignIn';

/** Signs in again for a base URL; the new session, or undefined when the user declined. */
export type Reauthenticate = (
  baseUrl: string,
  reason: ReauthReason,
  error: unknown,
) => Promise<TwinSession | undefined>;

/** The token sources by base URL, and the timer of the configured one. */
export class AccountSessions implements vscode.Disposable {
  private readonly sources = new Map<string, { iamUrl: string; tokens: SessionTokens }>();
  private stopTimer: (() => void) | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private reauthenticate: Reauthenticate = () => Promise.resolve(undefined);

  constructor(private readonly store: TokenStore) {
    this.disposables.push(
      store.onDidChange((baseUrl) => {
        this.sources.get(baseUrl)?.tokens.reload();
        if (baseUrl === readSettings().baseUrl) this.keepFresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('twin.api.baseUrl') || e.affectsConfiguration('twin.api.iamUrl'))
          this.keepFresh();
      }),
    );
  }

  /** Who asks the user to sign in again (set once the services exist). */
  onReauthenticate(handler: Reauthenticate): void {
    this.reauthenticate = handler;
  }

  /** The token source of this base URL; a new one when the IAM setting changed. */
  tokensFor(baseUrl: string): SessionTokens {
    const { iamUrl } = readSettings();
    const known = this.sources.get(baseUrl);
    if (known && known.iamUrl === iamUrl) return known.tokens;
    const iam = iamFor(iamUrl);
    const tokens = createSessionTokens({
      store: this.store.storeFor(baseUrl),
      ...(iam ? { iam } : {}),
      ttlSeconds: SESSION_TTL_SECONDS,
      reauthenticate: (reason, error) => this.reauthenticate(baseUrl, reason, error),
    });
    this.sources.set(baseUrl, { iamUrl, tokens });
    return tokens;
  }

  /** (Re)starts the timer that renews the configured account's token before it expires. */
  keepFresh(): void {
    this.stopTimer?.();
    const source = this.tokensFor(readSettings().baseUrl);
    source.reload();
    this.stopTimer = source.keepFresh();
  }

  dispose(): void {
    this.stopTimer?.();
    for (const d of this.disposables) d.dispose();
  }
}

/** An IAM client, or undefined when the setting breaks the rules (no session refreshes then). */
function iamFor(iamUrl: string): IamClient | undefined {
  try {
    checkTokenTarget(iamUrl);
    return createIamClient({ iamUrl, timeoutMs: 30_000 });
  } catch {
    return undefined;
  }
}
