// `TWIN: New Manifest`: an unsaved `company.twin.yaml` (numbered when that file exists) in the first
// workspace folder, with the three sections and a line that says what goes where.
import * as vscode from 'vscode';
import { freeUntitled } from './untitledManifest';

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
    const uri = await freeUntitled('company');
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
