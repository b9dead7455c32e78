// Browser E2E, shared by the English and the Russian session: Plan → Push from the plan view's title
// bar → the same view says there is nothing to do. The words come from the l10n bundle and the
// package.nls files, so both languages run the same steps.
'use strict';
const fs = require('fs');
const path = require('path');
const ui = require('./../../scripts/e2e/lib/ui');
const { waitUntil } = require('../../scripts/e2e/lib/wait');

/** The texts a person sees in `locale`: palette titles, the view's title and headline words. */
function wordsFor(root, locale) {
  const nls = JSON.parse(
    fs.readFileSync(path.join(root, locale === 'ru' ? 'package.nls.ru.json' : 'package.nls.json'), 'utf8'),
  );
  const bundle =
    locale === 'ru'
      ? JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.ru.json'), 'utf8'))
      : {};
  const tr = (s) => bundle[s] || s;
  const firstForm = (s) => tr(s).split('|')[0];
  const headline = firstForm(
    'A push will create {0} item. Nothing is ever deleted or renamed.|A push will create {0} items. Nothing is ever deleted or renamed.',
  ).split('{0}')[0];
  return {
    plan: `TWIN: ${nls['command.plan']}`,
    push: nls['command.push'],
    pushInPalette: `TWIN: ${nls['command.push']}`,
    title: (file, host) => tr('Plan: {0} → {1}').replace('{0}', file).replace('{1}', host),
    willCreate: headline.trim(),
    nothing: tr('Nothing to create: the platform already has every entry of the file.').split(':')[0],
  };
}

/** The plan view's text, once a webview shows text matching `re`. */
async function viewText(page, re, what) {
  return waitUntil(async () => (await ui.webviewTexts(page)).find((t) => re.test(t)), {
    timeout: 30000,
    what,
  });
}

/** The first number in a text (the count of a headline or a dialog). */
const countIn = (text) => Number((/\d+/.exec(text) || [])[0]);

/**
 * Runs the three steps; `opts`: { page, host, locale, label (step title prefix), needs, shotName,
 * beforePush }. Resolves to the titles of the steps; each step passes or fails on its own.
 */
async function planPushFromView(ctx, opts) {
  const { steps } = ctx;
  const { page, host, locale, label, needs } = opts;
  const w = wordsFor(ctx.root, locale);
  const title = w.title('company.twin.yaml', host);
  const planStep = `${label}: TWIN: Plan opens the plan view titled "${title}"`;
  const pushStep = `${label}: Push from the plan view's title bar pushes the planned file, the dialog counts what the view shows`;

  await steps.step(
    planStep,
    async (s) => {
      await ui.quickOpen(page, 'company.twin.yaml');
      await ui.runCommand(page, w.plan);
      const tab = page.locator('.tabs-container .tab', { hasText: title });
      await tab.first().waitFor({ timeout: 30000 });
      const text = await viewText(
        page,
        new RegExp(escapeRe(w.willCreate)),
        `the plan view to say "${w.willCreate}"`,
      );
      s.note(`tab: "${ui.squash(await tab.first().innerText())}"; view: "${text.slice(0, 140)}…"`);
      ctx.planned = countIn(text.slice(text.indexOf(w.willCreate)));
      await s.shot(`${opts.shotName} plan view`);
    },
    { needs },
  );

  await steps.step(
    pushStep,
    async (s) => {
      // Focus the view, as a click on its tab does; then the palette lists Push, and its title bar has it.
      await page.locator('.tabs-container .tab', { hasText: title }).first().click();
      // Asked by its own title: a list of every TWIN: command shows only the rows in view.
      const labels = await ui.paletteLabels(page, w.pushInPalette);
      if (!labels.includes(w.pushInPalette))
        throw new Error(
          `"${w.pushInPalette}" not in the palette with the plan view focused: ${labels.join(' | ')}`,
        );
      if (opts.beforePush) await opts.beforePush();
      const action = page.locator(
        `.editor-group-container.active .editor-actions .action-label[aria-label^="${w.push}"]`,
      );
      await action.first().click({ timeout: 10000 });
      const dialog = await ui.waitForDialog(page);
      s.note(`dialog: "${dialog.message}" / "${dialog.detail}"`);
      if (countIn(dialog.message) !== ctx.planned)
        throw new Error(`the dialog says ${countIn(dialog.message)}, the view said ${ctx.planned}`);
      if (!dialog.message.includes(host)) throw new Error(`the dialog does not name ${host}`);
      if (/: 0\b/.test(dialog.detail)) throw new Error(`a zero row in the dialog: ${dialog.detail}`);
      await s.shot(`${opts.shotName} push confirmation`);
      await ui.clickDialogButton(page);
    },
    { needs: [planStep] },
  );

  await steps.step(
    `${label}: after the push the plan view says there is nothing to do`,
    async (s) => {
      const text = await viewText(
        page,
        new RegExp(escapeRe(w.nothing)),
        `the plan view to say "${w.nothing}"`,
      );
      s.note(`view: "${text.slice(0, 160)}"`);
      await ui.parkMouse(page);
      await s.shot(`${opts.shotName} nothing to do`);
    },
    { needs: [pushStep] },
  );
  return { planStep, pushStep };
}

function escapeRe(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = { planPushFromView, wordsFor };
