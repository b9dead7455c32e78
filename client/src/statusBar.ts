// The status bar item: a short TWIN label (the token state only when it needs action), the host and
// the details in its tooltip; a click sets the token. It re-reads the token when SecretStorage changes
// (this or another window), when the base URL changes, and hourly, since "valid for N days" drifts.
import * as vscode from 'vscode';
import type { TwinLog } from './output';
import { hostOf, readSettings } from './settings';
import { checkToken, isUsable, type TokenCheck } from '../../core/src/twin/tokenRule';
import { tokenStateLabel } from './token/tokenMessages';
import type { TokenStore } from './token/tokenStore';

const HOUR_MS = 60 * 60 * 1000;

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
    this.item.name = vscode.l10n.t('TWIN API token');
    this.item.command = 'twin.setToken';
    this.disposables.push(
      tokens.onDidChange(() => this.redraw()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('twin.api.baseUrl')) this.redraw();
      }),
    );
    this.timer = setInterval(() => this.redraw(), HOUR_MS);
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
      this.item.text = `$(warning) TWIN: ${vscode.l10n.t('token state unknown')}`;
      this.setTooltip(vscode.l10n.t('Could not read the TWIN API token for {0}: {1}', host, reason));
      this.log.line(this.tooltip);
    });
  }

  /** The state of the token for the configured base URL (undefined: none stored). */
  async currentCheck(): Promise<TokenCheck | undefined> {
    const token = await this.tokens.get(readSettings().baseUrl);
    return token === undefined ? undefined : checkToken(token, Date.now());
  }

  /** Re-reads the token and redraws the item; resolves to the text shown. */
  async refresh(): Promise<string> {
    const host = hostOf(readSettings().baseUrl);
    const check = await this.currentCheck();
    const state = tokenStateLabel(check);
    const icon =
      check === undefined || check.kind === 'expired' || check.kind === 'malformed'
        ? '$(warning)'
        : check.kind === 'expiresSoon'
          ? '$(clock)'
          : '$(cloud)';
    // Short on the bar (it shares the row with everything else); the host and the details in the tooltip.
    this.item.text =
      check !== undefined && isUsable(check) && check.kind !== 'expiresSoon'
        ? `${icon} TWIN`
        : `${icon} TWIN: ${state}`;
    this.setTooltip(vscode.l10n.t('TWIN API at {0}: {1}. Click to set the token.', host, state));
    this.item.backgroundColor =
      check === undefined || check.kind === 'expired'
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    return this.item.text;
  }

  /** The text shown now. */
  get text(): string {
    return this.item.text;
  }

  /** The tooltip shown now (also what a screen reader says). */
  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : '';
  }

  private setTooltip(tooltip: string): void {
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: tooltip };
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
