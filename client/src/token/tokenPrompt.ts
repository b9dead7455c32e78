// The password input box for the API token, with a help button that opens where the token is found.
import * as vscode from 'vscode';
import { checkToken } from '../../../core/src/twin/tokenRule';
import { tokenRefusal } from './tokenMessages';

/** TWIN's help article: the token is copied in the admin cabinet under "Помощь – API". */
export const TOKEN_HELP_URL = 'https://confluence.twin24.ai/spaces/TWINDOC/pages/163447114/';

/** Asks for a token; resolves to what was typed, or undefined when the box was dismissed. */
export function promptForToken(title: string): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = title;
  box.password = true;
  box.ignoreFocusOut = true;
  box.placeholder = 'eyJhbGciOi…';
  box.prompt = vscode.l10n.t(
    'Paste the JWT from the TWIN admin cabinet → Помощь – API. It is kept in VS Code secret storage only.',
  );
  const help: vscode.QuickInputButton = {
    iconPath: new vscode.ThemeIcon('question'),
    tooltip: vscode.l10n.t('Where do I find the token? (opens the TWIN help page)'),
  };
  box.buttons = [help];
  return new Promise((resolve) => {
    let accepted: string | undefined;
    box.onDidChangeValue((value) => {
      box.validationMessage = value === '' ? undefined : tokenRefusal(checkToken(value, Date.now()));
    });
    box.onDidTriggerButton(() => void vscode.env.openExternal(vscode.Uri.parse(TOKEN_HELP_URL)));
    box.onDidAccept(() => {
      if (tokenRefusal(checkToken(box.value, Date.now())) !== undefined) return;
      accepted = box.value;
      box.hide();
    });
    box.onDidHide(() => {
      box.dispose();
      resolve(accepted);
    });
    box.show();
  });
}
