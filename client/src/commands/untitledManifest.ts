// Where a new, unsaved manifest goes: `untitled:` with a path beside the open manifest (else in the
// first workspace folder), under a name no file there has, so that saving it never overwrites one.
import * as vscode from 'vscode';

/** `untitled:` URI of `<stem>.twin.yaml` (or `<stem>-2.twin.yaml`…) in the folder of `beside`. */
export async function freeUntitled(stem: string, beside?: vscode.Uri): Promise<vscode.Uri> {
  const folder = beside
    ? vscode.Uri.joinPath(beside, '..')
    : vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri;
  if (!folder) return vscode.Uri.from({ scheme: 'untitled', path: `${stem}.twin.yaml` });
  for (let n = 1; ; n++) {
    const file = vscode.Uri.joinPath(folder, n === 1 ? `${stem}.twin.yaml` : `${stem}-${n}.twin.yaml`);
    if (!(await exists(file))) return file.with({ scheme: 'untitled' });
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
