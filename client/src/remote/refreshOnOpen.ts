// When a manifest opens (or a token is stored) and a token is set, read what the platform holds in the
// background and pass it to the language server. Silent: no prompts, failures only go to the log.
import * as vscode from 'vscode';
import { describeTwinError, fetchRemote } from '../../../core/src/twin';
import { openApiSession } from '../commands/apiSession';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { namesFromRemote } from './remoteNames';

/** Keeps the editor's view of the platform fresh without getting in the way. */
export class RemoteRefresher implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private inFlight: Promise<void> | undefined;

  constructor(private readonly services: TwinServices) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      services.tokens.onDidChange(() => this.onOpen(undefined, true)),
    ];
  }

  /** Refreshes for the manifests already open: called after activation, as it may talk to TWIN. */
  refreshOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) this.onOpen(doc);
  }

  private onOpen(doc: vscode.TextDocument | undefined, force = false): void {
    if (doc !== undefined && doc.languageId !== 'twin-yaml') return;
    if (doc === undefined && !vscode.workspace.textDocuments.some((d) => d.languageId === 'twin-yaml'))
      return;
    const { baseUrl, refreshOnOpen } = readSettings();
    if (!refreshOnOpen || (!force && this.services.remoteState.isFresh(baseUrl))) return;
    // read() reports its own failures; this catch is the last guard against an unhandled rejection.
    this.refresh().catch((e: unknown) => this.logFailure(hostOf(baseUrl), e));
  }

  /** Reads the platform once (joining a read already under way) and sends what it holds. */
  refresh(): Promise<void> {
    this.inFlight ??= this.read().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async read(): Promise<void> {
    const host = hostOf(readSettings().baseUrl);
    try {
      // Inside the try: opening the session reads SecretStorage, which can fail (a locked keyring).
      const session = await openApiSession(this.services, { interactive: false });
      if (!session) return;
      const remote = await fetchRemote(session.client);
      if (remote === 'cannot-list') return;
      await this.services.remoteState.send(session.settings.baseUrl, namesFromRemote(remote));
    } catch (e) {
      this.logFailure(host, e);
    }
  }

  private logFailure(host: string, e: unknown): void {
    this.services.log.line(vscode.l10n.t('Could not read what {0} holds: {1}', host, describeTwinError(e)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
