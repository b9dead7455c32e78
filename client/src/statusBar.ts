// The status bar item: who is signed in (short), with the company, the host and how long the session
// lasts in its tooltip; a click signs in. It re-reads the session when SecretStorage changes (this or
// another window, a refresh included), when the base URL changes, and every few minutes, since the
// time left drifts.
import * as vscode from 'vscode';
import type { TwinLog } from './output';
import { hostOf, readSettings } from './settings';
import { needsAttention, sessionDetails, timeLeft, whoLabel } from './auth/accountLabel';
import type { TokenStore } from './token/tokenStore';

const REDRAW_MS = 5 * 60 * 1000;

/** Shows `TWIN host: token state` and keeps it current. */
export class TokenStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'twin.token',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly tokens: TokenStore,
    private readonly log: TwinLog,
  ) {
    this.item.name = vscode.l10n.t('TWIN account');
    this.item.command = 'twin.signIn';
    this.disposables.push(
      tokens.onDidChange(() => this.redraw()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('twin.api.baseUrl')) this.redraw();
      }),
    );
    this.timer = setInterval(() => this.redraw(), REDRAW_MS);
  }

  /** Reads the token and shows the item: called once the language server is up, so activation does not wait on SecretStorage. */
  show(): void {
    this.redraw();
    this.item.show();
  }

  /** Redraws in the background; when the token cannot be read (a locked keyring) says so, and logs why. */
  private redraw(): void {
    this.refresh().catch((e: unknown) => {
      const host = hostOf(readSettings().baseUrl);
      const reason = e instanceof Error ? e.message : String(e);
      this.item.text = `$(warning) TWIN ${host}: ${vscode.l10n.t('token state unknown')}`;
      this.item.tooltip = vscode.l10n.t('Could not read the TWIN API token for {0}: {1}', host, reason);
      this.log.line(this.item.tooltip);
    });
  }

  /** Re-reads the session and redraws the item; resolves to the text shown. */
  async refresh(): Promise<string> {
    const host = hostOf(readSettings().baseUrl);
    const session = await this.tokens.getSession(readSettings().baseUrl);
    const now = Date.now();
    if (!session) {
      this.item.text = `$(account) TWIN: ${vscode.l10n.t('not signed in')}`;
      this.item.tooltip = vscode.l10n.t('TWIN API at {0}: not signed in. Click to sign in.', host);
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      return this.item.text;
    }
    const expired = session.expiresAt !== undefined && session.expiresAt <= now && !session.refreshToken;
    const attention = expired || needsAttention(session, now);
    const left = attention ? timeLeft(session, now) : undefined;
    const who = whoLabel(session);
    // Short on the bar (it shares the row with everything else): who, and the time only when it needs
    // action; the company, the host and the details in the tooltip.
    this.item.text = `${expired ? '$(warning)' : attention ? '$(clock)' : '$(account)'} TWIN: ${who}${left ? ` · ${left}` : ''}`;
    this.item.tooltip = [
      ...sessionDetails(session, host, now),
      vscode.l10n.t('Click to sign in again or to another account.'),
    ].join('\n');
    this.item.backgroundColor = expired
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    return this.item.text;
  }

  /** The tooltip shown now. */
  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : '';
  }

  /** The text shown now. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
