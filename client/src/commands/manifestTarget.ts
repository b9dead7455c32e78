// Which manifest a command acts on, and its validated model from the language server (YAML is
// parsed in one place only: the server).
import * as vscode from 'vscode';
import { tn } from '../../../core/src/l10n';
import type { Manifest } from '../../../core/src/manifest';
import { errorCount, ManifestRequest, type ManifestResult } from '../../../protocol/src';
import type { TwinServices } from '../services';

/**
 * The manifest URI: the explorer/editor-title/code-lens argument, else the file of the focused plan
 * view, else the active twin-yaml editor.
 */
export function resolveManifestUri(services: TwinServices, arg: unknown): vscode.Uri | undefined {
  if (isManifestArgument(arg)) return arg;
  const planned = services.planView.activeManifest();
  if (planned) return planned;
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'twin-yaml') return doc.uri;
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a *.twin.yaml manifest first.'));
  return undefined;
}

/**
 * True for a URI a menu or code lens passes for a manifest. The plan view's title bar passes the
 * webview's own resource (not a file), which must fall through to the view's planned file.
 */
export function isManifestArgument(arg: unknown): arg is vscode.Uri {
  return (
    arg instanceof vscode.Uri &&
    (arg.scheme === 'file' || arg.scheme === 'untitled' || /\.twin\.ya?ml$/i.test(arg.path))
  );
}

/** A manifest ready to plan, or how many errors block it (-1: the server has not read it). */
export type LoadedManifest =
  { ok: true; manifest: Manifest; document: vscode.TextDocument } | { ok: false; errors: number };

/**
 * The validated model, or the error count after telling the user about them (`quiet`: without telling,
 * for a background re-plan that reports on its panel instead).
 */
export async function loadValidManifest(
  services: TwinServices,
  uri: vscode.Uri,
  quiet = false,
): Promise<LoadedManifest> {
  // Opening the document makes the server see it (didOpen) even when it came from the explorer.
  const document = await vscode.workspace.openTextDocument(uri);
  const response = await requestManifest(services, document);
  if (response === null) {
    if (quiet) return { ok: false, errors: -1 };
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The TWIN language server has not read {0}. Is it a *.twin.yaml file?', basename(uri)),
    );
    return { ok: false, errors: -1 };
  }
  const errors = errorCount(response);
  if (response.manifest === null || errors > 0) {
    if (quiet) return { ok: false, errors: Math.max(errors, 1) };
    const message = tn(
      Math.max(errors, 1),
      '{1} has {0} error. Fix it before talking to TWIN.|{1} has {0} errors. Fix them before talking to TWIN.',
      basename(uri),
    );
    void vscode.window.showErrorMessage(message);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return { ok: false, errors: Math.max(errors, 1) };
  }
  return { ok: true, manifest: response.manifest, document };
}

/** Asks the server for the model; null when it does not know the document (yet: didOpen may lag). */
async function requestManifest(
  services: TwinServices,
  document: vscode.TextDocument,
): Promise<ManifestResult | null> {
  await services.clientReady;
  const uri = services.languageClient.code2ProtocolConverter.asUri(document.uri);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const response = await services.languageClient.sendRequest(ManifestRequest, { uri });
    if (response !== null || Date.now() > deadline || document.languageId !== 'twin-yaml') return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The file name of a URI, for messages. */
export function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
