// The API token lives only in VS Code's SecretStorage (OS keychain on desktop), one per API base URL,
// so a token for a test server is never sent to production. SecretStorage is shared by all windows;
// its change event keeps every window's status bar in step.
import * as vscode from 'vscode';

const KEY_PREFIX = 'twin.apiToken:';

/** Stores, reads and removes the API token per base URL, and tells listeners when it changes. */
export class TokenStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly subscription: vscode.Disposable;

  /** Fires with the base URL whose token changed, here or in another window. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((e) => {
      if (e.key.startsWith(KEY_PREFIX)) this.changed.fire(e.key.slice(KEY_PREFIX.length));
    });
  }

  /** The token for this base URL, if one is stored. */
  async get(baseUrl: string): Promise<string | undefined> {
    const value = await this.secrets.get(keyFor(baseUrl));
    return value === undefined || value === '' ? undefined : value;
  }

  /** Stores the token for this base URL. */
  async set(baseUrl: string, token: string): Promise<void> {
    await this.secrets.store(keyFor(baseUrl), token);
  }

  /** Removes the token for this base URL. */
  async clear(baseUrl: string): Promise<void> {
    await this.secrets.delete(keyFor(baseUrl));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The secret's key: the base URL without a trailing slash, so `…/v1` and `…/v1/` share a token. */
function keyFor(baseUrl: string): string {
  return KEY_PREFIX + baseUrl.replace(/\/+$/, '');
}
