// Commands that send the token refuse in an untrusted (Restricted Mode) workspace.
import * as vscode from 'vscode';

/** Why a command that uses the token does nothing in Restricted Mode, in the user's language. */
export function restrictedModeReason(): string {
  return vscode.l10n.t(
    'TWIN commands that use the API token are disabled in Restricted Mode. Trust this workspace to use them.',
  );
}

/** True when the workspace is trusted; otherwise says why the command does nothing. */
export function requireTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(restrictedModeReason());
  return false;
}
