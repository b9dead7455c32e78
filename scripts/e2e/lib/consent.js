// VS Code asks, in a modal dialog, before any extension's first session from an authentication
// provider ("The extension '…' wants to sign in using TWIN."). The in-editor suite cannot click it
// from the extension host, so the runner does, as the user would: only that dialog, only for TWIN.
'use strict';

const CONSENT = /wants (you )?to sign in (again )?using TWIN/;

/** Clicks "Allow" on TWIN's sign-in consent dialog whenever it appears; returns stop(). */
function allowTwinSignIn(page, { onAllowed = () => undefined } = {}) {
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      try {
        const box = page.locator('.monaco-dialog-box');
        if ((await box.count()) > 0) {
          const message = await box.locator('.dialog-message-text').innerText({ timeout: 1000 });
          if (CONSENT.test(message)) {
            await box.locator('.dialog-buttons .monaco-button', { hasText: 'Allow' }).first().click();
            onAllowed(message);
          }
        }
      } catch {
        // The dialog closed or the page navigated between the checks: look again.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  void loop();
  return () => {
    stopped = true;
  };
}

module.exports = { allowTwinSignIn };
