// What a person does in the VS Code workbench, as Playwright steps: the command palette, Quick Open,
// input boxes, the Notifications center, modal dialogs, the Problems panel, the suggest widget and
// reading the editor. Selectors were found on code-server 4.139 (Code 1.139).
'use strict';
const { waitUntil } = require('./wait');

const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
const quickInput = (page) => page.locator('.quick-input-widget');
const quickInputRows = (page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

/** Moves the mouse to an empty spot of the Explorer, so no hover or tooltip stays over the UI. */
async function parkMouse(page) {
  await page.mouse.move(200, 700);
}

/**
 * Opens the command palette, types `title` and runs the command whose label contains it. Retries
 * while the palette does not list it yet (extensions register their commands after the load).
 */
async function runCommand(page, title, { timeout = 20000 } = {}) {
  await waitUntil(
    async () => {
      await page.keyboard.press('F1');
      await quickInput(page).locator('input').waitFor({ state: 'visible', timeout: 5000 });
      await page.keyboard.type(title);
      const row = quickInputRows(page).filter({ hasText: title }).first();
      try {
        await row.waitFor({ timeout: 5000 });
      } catch (e) {
        await page.keyboard.press('Escape');
        throw e;
      }
      await row.click();
      await parkMouse(page);
      return true;
    },
    { timeout, interval: 300, what: `"${title}" in the command palette` },
  );
}

/**
 * The labels the command palette lists for `query`, once it lists any command whose label starts
 * with `query` (right after a load the extensions' commands may not be registered yet). The palette
 * is closed afterwards.
 */
async function paletteLabels(page, query, { timeout = 20000 } = {}) {
  const labels = await waitUntil(
    async () => {
      await page.keyboard.press('F1');
      await quickInput(page).locator('input').waitFor({ state: 'visible', timeout: 5000 });
      await page.keyboard.type(query);
      await quickInputRows(page).first().waitFor({ timeout: 5000 });
      const found = (
        await quickInputRows(page).evaluateAll((rows) =>
          rows.map((r) => r.querySelector('.label-name')?.textContent || r.getAttribute('aria-label') || ''),
        )
      ).map(squash);
      await page.keyboard.press('Escape');
      return found.some((l) => l.startsWith(query)) ? found : null;
    },
    { timeout, interval: 500, what: `commands starting with "${query}" in the palette` },
  );
  return labels;
}

/** Opens the command palette with `query` typed and leaves it open (for a look or a screenshot). */
async function openPalette(page, query, { timeout = 20000 } = {}) {
  await page.keyboard.press('F1');
  await quickInput(page).locator('input').waitFor({ state: 'visible', timeout });
  await page.keyboard.type(query);
  await quickInputRows(page).first().waitFor({ timeout });
}

/** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor. */
async function quickOpen(page, fileName, { timeout = 20000 } = {}) {
  await page.keyboard.press('Control+KeyP');
  await quickInput(page).locator('input').waitFor({ state: 'visible', timeout });
  await page.keyboard.type(fileName);
  // Clicked, not Enter: while the filter catches up, the focused row may still be a recent file.
  const row = quickInputRows(page).filter({ has: page.locator('.label-name', { hasText: fileName }) });
  await row.first().click({ timeout });
  await parkMouse(page);
  // Active in its group (with two groups, both may show it).
  await page
    .locator('.tabs-container .tab.active', { hasText: fileName })
    .first()
    .waitFor({ timeout, state: 'visible' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/**
 * Waits until an input box is shown (a quick input without a list, unlike the palette) whose text
 * (title, prompt) matches `re`; returns that text.
 */
async function waitForInputBox(page, re, { timeout = 20000 } = {}) {
  return waitUntil(
    async () => {
      const widget = quickInput(page);
      if (!(await widget.isVisible())) return null;
      if (await widget.locator('.quick-input-list .monaco-list-row').first().isVisible()) return null;
      const text = squash(await widget.innerText());
      return re.test(text) ? text : null;
    },
    { timeout, what: `an input box matching ${re}` },
  );
}

/**
 * Types `text` into the open input box and presses Enter, as a person would, and returns once VS Code
 * has taken the answer: the box closed or moved on to its next question. VS Code validates the answer
 * in the extension host before it accepts it; anything the script does before that (opening the
 * palette, say) would close the box and the extension would read it as dismissed. `beforeEnter` runs
 * once the text is in the box (a screenshot of it, say). A next question that opens with the same
 * text already in it would not be told from this one (none of ours does).
 */
async function answerInputBox(page, text, { timeout = 20000, beforeEnter } = {}) {
  const widget = quickInput(page);
  const input = widget.locator('.quick-input-box input');
  // A secret typed anywhere else would land in the focused editor, so wait for the box, never guess.
  await waitUntil(
    async () => (await widget.isVisible()) && (await input.evaluate((el) => el === document.activeElement)),
    { timeout: 5000, what: 'an input box with the focus to type into' },
  );
  await page.keyboard.type(text);
  await waitUntil(async () => (await input.inputValue()) === text, {
    timeout,
    what: 'the input box to hold what was typed',
  });
  if (beforeEnter) await beforeEnter();
  await page.keyboard.press('Enter');
  await waitUntil(async () => !(await widget.isVisible()) || (await input.inputValue()) !== text, {
    timeout,
    what: 'the input box to take the answer',
  }).catch(async (e) => {
    const says = squash(await widget.innerText().catch(() => ''));
    throw new Error(`${e.message}; the box says "${says}"`);
  });
}

/** True when the visible input box is a password box (typed text is masked). */
async function inputBoxIsPassword(page) {
  return (await quickInput(page).locator('input[type="password"]').count()) > 0;
}

/** Shows the Notifications center (toasts are suppressed when the smoke-test driver is on). */
async function showNotificationsCenter(page) {
  if (await page.locator('.notifications-center.visible').count()) return;
  await runCommand(page, 'Notifications: Show Notifications');
  await page.locator('.notifications-center.visible').waitFor({ timeout: 10000 });
}

/** The texts of all notifications (toasts and the Notifications center). */
async function notificationTexts(page) {
  const texts = await page
    .locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item')
    .evaluateAll((els) => els.map((e) => e.textContent || ''));
  return texts.map(squash);
}

/** Waits for a notification whose text matches `re` (opening the Notifications center); returns it. */
async function waitForNotification(page, re, { timeout = 30000 } = {}) {
  return waitUntil(
    async () => {
      await showNotificationsCenter(page);
      return (await notificationTexts(page)).find((t) => re.test(t));
    },
    { timeout, interval: 300, what: `a notification matching ${re}` },
  );
}

/** Clears and hides the Notifications center. */
async function clearNotifications(page) {
  if (!(await page.locator('.notifications-center.visible').count())) return;
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.keyboard.press('Escape');
}

/** Waits for a modal dialog and returns { message, detail, buttons }. */
async function waitForDialog(page, { timeout = 30000 } = {}) {
  const box = page.locator('.monaco-dialog-box');
  await box.waitFor({ state: 'visible', timeout });
  return {
    message: squash(await box.locator('.dialog-message-text').innerText()),
    detail: squash(
      await box
        .locator('.dialog-message-detail')
        .innerText()
        .catch(() => ''),
    ),
    buttons: (await box.locator('.dialog-buttons .monaco-button').allInnerTexts()).map(squash),
  };
}

/** Clicks the dialog's primary button (or the one labelled `label`) and waits for it to close. */
async function clickDialogButton(page, label) {
  const box = page.locator('.monaco-dialog-box');
  const button = label
    ? box.locator('.dialog-buttons .monaco-button', { hasText: label })
    : box.locator('.dialog-buttons .monaco-button:not(.secondary)');
  await button.first().click();
  await parkMouse(page);
  await box.waitFor({ state: 'hidden', timeout: 10000 });
}

/** Shows the Problems panel (Ctrl+Shift+M). */
async function openProblems(page) {
  if (
    !(await page
      .locator('.markers-panel')
      .isVisible()
      .catch(() => false))
  ) {
    await page.keyboard.press('Control+Shift+KeyM');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10000 });
}

/** Hides the panel (Problems, Output…) so the editor shows as many lines as it can. */
async function hidePanel(page) {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible().catch(() => false))) return;
  await page.keyboard.press('Control+KeyJ');
  await panel.waitFor({ state: 'hidden', timeout: 10000 });
}

/** The rows of the Problems panel as text (file rows and problem rows). */
async function problemRows(page) {
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(squash);
}

/** Waits until the Problems panel has rows matching every regexp in `patterns`; returns all rows. */
async function waitForProblems(page, patterns, { timeout = 30000 } = {}) {
  await openProblems(page);
  let rows = [];
  try {
    return await waitUntil(
      async () => {
        rows = await problemRows(page);
        return patterns.every((re) => rows.some((r) => re.test(r))) ? rows : null;
      },
      { timeout, what: `problems matching ${patterns.join(', ')}` },
    );
  } catch (e) {
    e.message += `; the Problems panel shows: ${rows.length ? rows.join(' | ') : 'nothing'}`;
    throw e;
  }
}

/** Moves the cursor to line `line` (1-based) of the active editor with Go to Line; `end`: to its end. */
async function goToLine(page, line, { end = false } = {}) {
  await page.keyboard.press('Control+KeyG');
  await quickInput(page).locator('input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  // Keys pressed while Go to Line is still open would go to it, not to the editor.
  await quickInput(page).waitFor({ state: 'hidden', timeout: 10000 });
  await page.keyboard.press(end ? 'End' : 'Home');
  await waitUntil(
    async () => new RegExp(`\\bLn ${line},`).test(await statusBarText(page, 'status.editor.selection')),
    {
      timeout: 10000,
      what: `the cursor on line ${line}`,
    },
  );
}

/** Opens the suggest widget (Ctrl+Space) and returns its item labels once it lists any. */
async function triggerSuggest(page, { timeout = 20000 } = {}) {
  const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  return waitUntil(
    async () => {
      if (!(await rows.count())) {
        await page.keyboard.press('Control+Space');
        await rows.first().waitFor({ timeout: 3000 });
      }
      const labels = await rows.evaluateAll((els) =>
        els.map((r) => r.querySelector('.label-name')?.textContent || ''),
      );
      return labels.some((l) => l && !/^loading/i.test(l)) ? labels.map(squash) : null;
    },
    { timeout, interval: 200, what: 'the suggest widget to list items' },
  );
}

/** Picks the suggestion labelled `label` (arrow keys to it, then Enter). */
async function pickSuggestion(page, label) {
  const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  await rows.filter({ hasText: label }).first().click();
  await page.locator('.editor-widget.suggest-widget.visible').waitFor({ state: 'hidden', timeout: 10000 });
}

/**
 * The rendered lines of the active editor as { line, text } (1-based line numbers from the gutter;
 * injected text such as inlay hints included). Only lines in view are rendered.
 */
async function editorLines(page) {
  return page
    .locator('.editor-instance .monaco-editor')
    .first()
    .evaluate((editor) => {
      const top = (el) => Math.round(parseFloat(el.style.top) || 0);
      const numbers = new Map();
      for (const row of editor.querySelectorAll('.margin-view-overlays > div')) {
        const n = Number(row.querySelector('.line-numbers')?.textContent);
        if (n) numbers.set(top(row), n);
      }
      return [...editor.querySelectorAll('.view-lines .view-line')]
        .map((l) => ({ line: numbers.get(top(l)) || 0, text: (l.textContent || '').replace(/\u00a0/g, ' ') }))
        .filter((l) => l.line > 0)
        .sort((a, b) => a.line - b.line);
    });
}

/** The rendered text of line `line` of the active editor ('' when it is not in view). */
async function editorLine(page, line) {
  return ((await editorLines(page)).find((l) => l.line === line) || { text: '' }).text;
}

/** The visible text of every webview (iframes in the page), e.g. a Markdown preview. */
async function webviewTexts(page) {
  const texts = [];
  for (const frame of page.frames()) {
    if (!/\/webview\/browser\/pre\//.test(frame.url())) continue;
    const text = await frame.evaluate(() => (document.body ? document.body.innerText : '')).catch(() => '');
    if (text.trim()) texts.push(squash(text));
  }
  return texts;
}

/**
 * Opens the page of the installed extension `displayName` in the Extensions view, as a user clicks it
 * there. Returns its README's text and the images in it that did not load.
 */
async function installedExtensionPage(page, displayName, { timeout = 30000 } = {}) {
  await runCommand(page, 'Extensions: Show Installed Extensions');
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: displayName }).first();
  await row.click({ timeout });
  await parkMouse(page);
  const readPage = () => ({
    text: document.body ? document.body.innerText : '',
    broken: [...document.images].filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.src),
  });
  return waitUntil(
    async () => {
      for (const frame of page.frames()) {
        if (!/\/webview\/browser\/pre\//.test(frame.url())) continue;
        const found = await frame.evaluate(readPage).catch(() => null);
        if (found && found.text.includes(displayName))
          return { text: squash(found.text), brokenImages: found.broken };
      }
      return null;
    },
    { timeout, what: `the page of ${displayName} in the Extensions view` },
  );
}

/** The text of the status bar item with id `id` (e.g. 'status.editor.mode'), or '' when absent. */
async function statusBarText(page, id) {
  const item = page.locator(`[id="${id}"]`);
  return (await item.count()) ? squash(await item.first().innerText()) : '';
}

/** Opens the Accounts menu (activity bar) and returns the labels of its entries, submenus included. */
async function openAccountsMenu(page, { timeout = 10000 } = {}) {
  await page.keyboard.press('Escape');
  // The item, not its label: the "sign in requested" badge lies over the label and takes the click.
  await page
    .locator('.activitybar .action-item:has(.codicon-accounts-view-bar-icon)')
    .first()
    .click({ timeout: 5000 });
  const menu = page.locator('.monaco-menu-container .monaco-menu').first();
  await menu.waitFor({ timeout });
  return (await menu.locator('.action-item .action-label').allInnerTexts()).map(squash).filter(Boolean);
}

/** Clicks the open menu's entry whose label matches `re` (a submenu opens on hover). */
async function clickMenuItem(page, re, { timeout = 10000 } = {}) {
  const item = page
    .locator('.monaco-menu-container .monaco-menu .action-item .action-label')
    .filter({ hasText: re });
  await item.first().waitFor({ timeout });
  await item.first().click();
}

/** The entries of the submenu under `re` in the open menu (hovered to open it). */
async function submenuItems(page, re, { timeout = 10000 } = {}) {
  const item = page
    .locator('.monaco-menu-container .monaco-menu .action-item .action-label')
    .filter({ hasText: re });
  await item.first().waitFor({ timeout });
  await item.first().hover();
  const sub = page.locator('.monaco-menu-container .monaco-submenu .monaco-menu').last();
  await sub.waitFor({ timeout });
  return (await sub.locator('.action-item .action-label').allInnerTexts()).map(squash).filter(Boolean);
}

/** Opens the Accounts menu until it lists TWIN's sign-in request, and chooses it. */
async function waitUntilAccountsEntry(page, { timeout = 20000 } = {}) {
  const entry = /Sign in with TWIN/;
  await waitUntil(
    async () => {
      const labels = await openAccountsMenu(page);
      if (labels.some((l) => entry.test(l))) return true;
      await page.keyboard.press('Escape');
      return false;
    },
    { timeout, interval: 500, what: '"Sign in with TWIN" in the Accounts menu' },
  );
  await clickMenuItem(page, entry);
}

/** Waits for a quick pick (a list, not an input box) with a row matching `re`. */
async function waitUntilQuickPick(page, re, { timeout = 20000 } = {}) {
  return waitUntil(
    async () => {
      const rows = (await quickInputRows(page).allInnerTexts()).map(squash);
      return rows.some((r) => re.test(r)) ? rows : null;
    },
    { timeout, what: `a quick pick with a row matching ${re}` },
  );
}

module.exports = {
  waitUntilQuickPick,
  waitUntilAccountsEntry,
  openAccountsMenu,
  clickMenuItem,
  submenuItems,
  squash,
  parkMouse,
  runCommand,
  paletteLabels,
  openPalette,
  quickOpen,
  waitForInputBox,
  answerInputBox,
  inputBoxIsPassword,
  showNotificationsCenter,
  notificationTexts,
  waitForNotification,
  clearNotifications,
  waitForDialog,
  clickDialogButton,
  openProblems,
  hidePanel,
  problemRows,
  waitForProblems,
  goToLine,
  triggerSuggest,
  pickSuggestion,
  editorLines,
  editorLine,
  statusBarText,
  webviewTexts,
  installedExtensionPage,
};
