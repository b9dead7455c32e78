// `TWIN: Pull from TWIN`: opens an unsaved manifest named `pulled.twin.yaml` (beside the open manifest,
// if any) of what the platform holds, offering to compare it with the open manifest; or says why not.
import * as vscode from 'vscode';
import { describeTwinError, fetchRemote } from '../../../core/src/twin';
import { manifestTextFromNames } from '../../../core/src/manifest/fromNames';
import { namesFromRemote } from '../remote/remoteNames';
import type { TwinServices } from '../services';
import { openApiSession } from './apiSession';
import { basename, isManifestArgument } from './manifestTarget';
import { freeUntitled } from './untitledManifest';

/** What the Pull command resolves to (for tests). */
export type PullCommandResult =
  | {
      kind: 'opened';
      document: vscode.TextDocument;
      /** The manifest file it was offered to compare with (the one open when pulling). */
      compareWith?: vscode.Uri;
    }
  | { kind: 'stopped'; reason?: string };

/** Builds the Pull command. */
export function pullCommand(services: TwinServices) {
  return async (arg?: unknown): Promise<PullCommandResult> => {
    const beside = openManifest(services, arg);
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
        const text = manifestTextFromNames(
          names,
          vscode.l10n.t('Pulled from {0}: what the platform holds.', session.host),
        );
        const document = await openPulled(await freeUntitled('pulled', beside), text);
        services.log.line(vscode.l10n.t('Pull from {0}: opened a new manifest', session.settings.baseUrl));
        services.planView.replanAll();
        if (beside) offerCompare(beside, document.uri, session.host);
        return { kind: 'opened', document, ...(beside ? { compareWith: beside } : {}) };
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

/** The manifest file the user is looking at (argument, plan view, editor), if it is a saved file. */
function openManifest(services: TwinServices, arg: unknown): vscode.Uri | undefined {
  const candidate =
    isManifestArgument(arg) && /\.twin\.ya?ml$/i.test(arg.path)
      ? arg
      : (services.planView.activeManifest() ??
        (vscode.window.activeTextEditor?.document.languageId === 'twin-yaml'
          ? vscode.window.activeTextEditor.document.uri
          : undefined));
  return candidate?.scheme === 'file' ? candidate : undefined;
}

/** Opens (or reuses, after an earlier pull) the untitled manifest and sets its text. */
async function openPulled(uri: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  let document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  if (document.languageId !== 'twin-yaml')
    document = await vscode.languages.setTextDocumentLanguage(document, 'twin-yaml');
  await vscode.window.showTextDocument(document);
  return document;
}

/** A notification offering the diff of the open manifest against what was pulled. */
function offerCompare(file: vscode.Uri, pulled: vscode.Uri, host: string): void {
  const compare = vscode.l10n.t('Compare with {0}', basename(file));
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Pulled what {0} holds into a new manifest.', host), compare)
    .then((choice) => {
      if (choice !== compare) return;
      void vscode.commands.executeCommand(
        'vscode.diff',
        file,
        pulled,
        vscode.l10n.t('{0} ↔ pulled from {1}', basename(file), host),
      );
    });
}
