// VS Code hands an extension a session from an authentication provider only after the user allowed
// it, and in an extension test run it refuses to show the modal consent dialog at all. The one other
// way a user grants it is the Accounts menu: a getSession request adds "Sign in with TWIN to use …"
// there, and choosing it signs in and allows. The in-editor suite cannot click from the extension
// host, so it prints a marker line and the runner does it in the workbench, as the user would.
'use strict';
const ui = require('./ui');

/** The line the suite prints when it wants the runner to sign in through the Accounts menu. */
const MARKER = 'TWIN-RUNNER: sign in through the Accounts menu';

/** Returns a `print`-side hook: on the marker, opens the Accounts menu and chooses TWIN's sign-in entry. */
function accountsMenuSignIn(page, log) {
  let busy = Promise.resolve();
  return (text) => {
    if (!text.includes(MARKER)) return;
    busy = busy.then(async () => {
      try {
        await ui.waitUntilAccountsEntry(page);
        log('      (runner: chose "Sign in with TWIN" in the Accounts menu)');
      } catch (e) {
        log(`      (runner: could not sign in through the Accounts menu: ${e.message})`);
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    });
  };
}

module.exports = { accountsMenuSignIn, MARKER };
