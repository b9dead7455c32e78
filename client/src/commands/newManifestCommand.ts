// `TWIN: New Manifest`: an unsaved `company.twin.yaml` (numbered when that file exists) in the first
// workspace folder, with the three sections and a line that says what goes where.
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

/** Builds the New Manifest command; resolves to the document it opened. */
export function newManifestCommand() {
  return async (): Promise<vscode.TextDocument> => {
    const text = [
      `# ${vscode.l10n.t('A TWIN company profile: list the names, then run TWIN: Plan and TWIN: Push to TWIN.')}`,
      'version: 1',
      `attributes: # ${vscode.l10n.t('client attributes')}`,
      '  - ФИО',
      `clientTags: [] # ${vscode.l10n.t('client tags')}`,
      `sessionTags: [] # ${vscode.l10n.t('session tags')}`,
      '',
    ].join('\n');
    const uri = newManifestUri();
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
    await vscode.workspace.applyEdit(edit);
    const shown =
      document.languageId === 'twin-yaml'
        ? document
        : await vscode.languages.setTextDocumentLanguage(document, 'twin-yaml');
    await vscode.window.showTextDocument(shown);
    return shown;
  };
}

/** `untitled:` URI of a name no file in the folder has, so that saving never overwrites one. */
function newManifestUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  if (!folder) return vscode.Uri.from({ scheme: 'untitled', path: 'company.twin.yaml' });
  let file = path.join(folder, 'company.twin.yaml');
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `company-${n}.twin.yaml`);
  return vscode.Uri.file(file).with({ scheme: 'untitled' });
}
