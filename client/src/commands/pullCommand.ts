// `TWIN: Pull from TWIN`: opens a new, unsaved manifest of what the platform holds, or says why not.
import * as vscode from 'vscode';
import { describeTwinError, fetchRemote } from '../../../core/src/twin';
import { manifestTextFromNames } from '../../../core/src/manifest/fromNames';
import { namesFromRemote } from '../remote/remoteNames';
import type { TwinServices } from '../services';
import { openApiSession } from './apiSession';

/** What the Pull command resolves to (for tests). */
export type PullCommandResult =
  { kind: 'opened'; document: vscode.TextDocument } | { kind: 'stopped'; reason?: string };

/** Builds the Pull command. */
export function pullCommand(services: TwinServices) {
  return async (): Promise<PullCommandResult> => {
    const session = await openApiSession(services, { interactive: true });
    if (!session) return { kind: 'stopped' };
    let reason: string;
    try {
      const remote = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Reading what {0} holds…', session.host),
        },
        () => fetchRemote(session.client),
      );
      if (remote !== 'cannot-list') {
        const names = namesFromRemote(remote);
        await services.remoteState.send(session.settings.baseUrl, names);
        const document = await vscode.workspace.openTextDocument({
          language: 'twin-yaml',
          content: manifestTextFromNames(
            names,
            vscode.l10n.t('Pulled from {0}: what the platform holds.', session.host),
          ),
        });
        await vscode.window.showTextDocument(document);
        services.log.line(vscode.l10n.t('Pull from {0}: opened a new manifest', session.settings.baseUrl));
        return { kind: 'opened', document };
      }
      reason = vscode.l10n.t(
        '{0} does not list its attributes and tags, so there is nothing to pull. A push still works, using the lock file.',
        session.host,
      );
    } catch (e) {
      reason = vscode.l10n.t('Could not pull from {0}: {1}', session.host, describeTwinError(e));
    }
    services.log.line(vscode.l10n.t('Pull stopped: {0}', reason));
    void vscode.window.showErrorMessage(reason);
    return { kind: 'stopped', reason };
  };
}
