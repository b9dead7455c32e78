// A code lens at the top of every manifest: Plan · Push to TWIN · Pull from TWIN (trusted workspaces).
import * as vscode from 'vscode';

/** Offers the TWIN commands on the first line of a manifest. */
export class ManifestCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly trustGranted = vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire());
  readonly onDidChangeCodeLenses = this.changed.event;

  dispose(): void {
    this.trustGranted.dispose();
    this.changed.dispose();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lens = (title: string, command: string): vscode.CodeLens =>
      new vscode.CodeLens(top, { title, command, arguments: [document.uri] });
    return [
      lens(`$(preview) ${vscode.l10n.t('Plan')}`, 'twin.plan'),
      lens(`$(cloud-upload) ${vscode.l10n.t('Push to TWIN')}`, 'twin.push'),
      lens(`$(cloud-download) ${vscode.l10n.t('Pull from TWIN')}`, 'twin.pull'),
    ];
  }
}
