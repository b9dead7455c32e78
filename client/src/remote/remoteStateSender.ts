// Tells the language server what the platform holds (`twin/remoteState`), so that it can mark entries
// "on TWIN" / "new", report remote-only items and rank platform names first in completion.
// Only names and the API URL cross over; never the token.
import type { LanguageClient } from 'vscode-languageclient/node';
import { RemoteStateNotification, type RemoteStateParams } from '../../../protocol/src';
import type { RemoteNames } from './remoteNames';

const FRESH_MS = 5 * 60 * 1000;

/** Sends remote state and remembers the last one, per API, for fresh-enough reuse. */
export class RemoteStateSender {
  private last: { params: RemoteStateParams; at: number } | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly ready: Promise<void>,
  ) {}

  /** Sends the platform's names for `api` (null: unknown, e.g. after the token was cleared). */
  async send(api: string, names: RemoteNames | null): Promise<void> {
    const params: RemoteStateParams = { api, sections: names };
    this.last = { params, at: Date.now() };
    await this.ready;
    await this.client.sendNotification(RemoteStateNotification, params);
  }

  /** True when state for `api` was sent within the last few minutes. */
  isFresh(api: string): boolean {
    return this.last !== undefined && this.last.params.api === api && this.last.params.sections !== null
      ? Date.now() - this.last.at < FRESH_MS
      : false;
  }

  /** The last state sent, for tests and for the status of the editor. */
  get lastSent(): RemoteStateParams | undefined {
    return this.last?.params;
  }
}
