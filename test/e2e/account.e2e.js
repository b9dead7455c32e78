// Browser E2E, part 2b: the TWIN account as a person meets it. "TWIN: Sign In" asks how (email and
// password, or a token), takes the email, then the password in a masked box; the account then shows
// in VS Code's Accounts menu with its name and company, and the status bar names it. Signing out
// there would remove it; here "TWIN: Sign Out" does, and the status bar says so.
'use strict';
const ui = require('../../scripts/e2e/lib/ui');
const { waitUntil } = require('../../scripts/e2e/lib/wait');

// The emulator's demo account (emulator/src/iam.ts DEMO_USER).
const DEMO = { email: 'demo@twin.local', password: 'demo-password', label: /Анна Демо \(company 1\)/ };

/** Runs the account steps; `ctx` is the scenario context of scripts/e2e/run-browser-e2e.js. */
module.exports = async function accountSteps(ctx) {
  const { steps, page } = ctx;
  const signedIn = 'TWIN: Sign In with email and password: the password box is masked, IAM signs in';

  await steps.step(
    signedIn,
    async (s) => {
      await ui.runCommand(page, 'TWIN: Sign In');
      await ui.waitUntilQuickPick(page, /Email and password/);
      await page.keyboard.type('Email and password');
      await page.keyboard.press('Enter');
      await ui.waitForInputBox(page, /email you sign in/i);
      await ui.answerInputBox(page, DEMO.email);
      await ui.waitForInputBox(page, /password/i);
      if (!(await ui.inputBoxIsPassword(page))) throw new Error('the password input box is not masked');
      await ui.answerInputBox(page, DEMO.password);
      const bar = await waitUntil(
        async () =>
          (await page.locator('.statusbar-item').allInnerTexts())
            .map(ui.squash)
            .find((t) => /TWIN: Анна Демо/.test(t)),
        { timeout: 15000, what: 'the status bar to name the account' },
      );
      s.note(`status bar: "${bar}"`);
      s.note(`notification: "${await ui.waitForNotification(page, /Signed in to TWIN/)}"`);
      await ui.clearNotifications(page);
    },
    { needs: [ctx.emulatorStep, ctx.workbenchStep] },
  );

  await steps.step(
    'the Accounts menu lists the TWIN account with its name and company',
    async (s) => {
      const labels = await waitUntil(
        async () => {
          const l = await ui.openAccountsMenu(page);
          if (l.some((t) => DEMO.label.test(t))) return l;
          await page.keyboard.press('Escape');
          return null;
        },
        { timeout: 20000, what: 'the TWIN account in the Accounts menu' },
      );
      s.note(`Accounts menu: ${labels.join(' | ')}`);
      const account = labels.find((t) => DEMO.label.test(t));
      const sub = await ui.submenuItems(page, DEMO.label);
      s.note(`under "${account}": ${sub.join(' | ')}`);
      if (!sub.some((t) => /Sign Out/.test(t)))
        throw new Error(`no Sign Out under the account: ${sub.join(' | ')}`);
      await s.shot('accounts menu with the TWIN account');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    },
    { needs: [signedIn] },
  );

  await steps.step(
    'TWIN: Sign Out removes the account; the status bar says "not signed in"',
    async (s) => {
      await ui.runCommand(page, 'TWIN: Sign Out');
      const bar = await waitUntil(
        async () =>
          (await page.locator('.statusbar-item').allInnerTexts())
            .map(ui.squash)
            .find((t) => /TWIN: not signed in/.test(t)),
        { timeout: 15000, what: 'the status bar to say "not signed in"' },
      );
      s.note(`status bar: "${bar}"`);
      await ui.clearNotifications(page);
    },
    { needs: [signedIn] },
  );
};
