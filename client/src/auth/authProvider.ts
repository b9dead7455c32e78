// The TWIN account in VS Code's Accounts menu: an AuthenticationProvider (id `twin`) over the session
// stored for the configured API base URL. Signing in there runs the same sign-in as `TWIN: Sign In`;
// signing out there removes the stored session. Sessions changed by this or another window (sign-in,
// refresh, sign-out) are announced through onDidChangeSessions, so the menu stays current.
import * as vscode from 'vscode';
import type { TwinSession } from '../../../core/src/twin/sessionTokens';
import { readSettings } from '../settings';
import type { TokenStore } from '../token/tokenStore';
import { accountId, accountLabel } from './accountLabel';
import type { SignInOutcome } from './passwordSignIn';

/** The provider's id (package.json `contributes.authentication`). */
export const TWIN_AUTH_PROVIDER_ID = 'twin';

/** VS Code's view of a TWIN session; its id is the base URL it is for. */
export function toAuthSession(baseUrl: string, session: TwinSession): vscode.AuthenticationSession {
  return {
    id: baseUrl,
    accessToken: session.token,
    account: { id: accountId(session), label: accountLabel(session) },
    scopes: [],
  };
}

/** The Accounts menu's TWIN entry. */
export class TwinAuthenticationProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed =
    new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  private readonly disposables: vscode.Disposable[] = [];
  /** What was last announced, to tell an added session from a changed or removed one. */
  private shown: vscode.AuthenticationSession | undefined;
  private announcing: Promise<void> = Promise.resolve();

  readonly onDidChangeSessions = this.changed.event;

  constructor(
    private readonly store: TokenStore,
    private readonly signIn: () => Promise<SignInOutcome>,
    private readonly signOut: () => Promise<boolean>,
  ) {
    this.disposables.push(
      store.onDidChange(() => void this.announce()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('twin.api.baseUrl')) void this.announce();
      }),
    );
  }

  /** The session of the configured base URL, if any (scopes are not used by TWIN). */
  async getSessions(): Promise<vscode.AuthenticationSession[]> {
    const current = await this.current();
    return current ? [current] : [];
  }

  /** Signs in (the QuickPick); throws when the user cancelled or TWIN refused, as VS Code expects. */
  async createSession(): Promise<vscode.AuthenticationSession> {
    const outcome = await this.signIn();
    if (outcome.kind !== 'signed-in')
      throw new Error(
        outcome.kind === 'cancelled' ? vscode.l10n.t('Sign-in to TWIN was cancelled.') : outcome.reason,
      );
    const session = toAuthSession(readSettings().baseUrl, outcome.session);
    await this.announce();
    return session;
  }

  /** Signing out in the Accounts menu: the stored session goes. */
  async removeSession(): Promise<void> {
    await this.signOut();
    await this.announce();
  }

  private async current(): Promise<vscode.AuthenticationSession | undefined> {
    const baseUrl = readSettings().baseUrl;
    const session = await this.store.getSession(baseUrl).catch(() => undefined);
    return session ? toAuthSession(baseUrl, session) : undefined;
  }

  /** One comparison at a time, so a burst of store events announces each change once. */
  private announce(): Promise<void> {
    this.announcing = this.announcing.then(() => this.announceNow()).catch(() => undefined);
    return this.announcing;
  }

  /** Compares with what was announced and fires the difference. */
  private async announceNow(): Promise<void> {
    const before = this.shown;
    const now = await this.current();
    this.shown = now;
    if (!before && !now) return;
    if (before && now && before.id === now.id && before.account.id === now.account.id) {
      if (before.accessToken !== now.accessToken || before.account.label !== now.account.label)
        this.changed.fire({ added: [], removed: [], changed: [now] });
      return;
    }
    this.changed.fire({ added: now ? [now] : [], removed: before ? [before] : [], changed: [] });
  }

  /** Learns what is stored without announcing it (at start, the menu asks getSessions itself). */
  async prime(): Promise<void> {
    this.shown = await this.current();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
