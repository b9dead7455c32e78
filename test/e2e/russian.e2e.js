// Browser E2E, part 3: VS Code with Russian as the display language (code-server --locale ru).
// First without a language pack (none can be downloaded here): VS Code then resolves the display
// language to English, so the extension stays English. Then with a local Russian language pack
// registered: VS Code reports "ru", and the extension's titles and diagnostics are Russian.
'use strict';
const fs = require('fs');
const path = require('path');
const ui = require('../../scripts/e2e/lib/ui');
const { issueToken } = require('../../scripts/e2e/lib/emulator');
const { planPushFromView } = require('./planFlow');

const cyrillic = /[а-яё]/i;

/**
 * The title the palette shows for Set API Token (listed with or without a manifest open), from
 * package.nls(.ru).json: "TWIN: <title>".
 */
function setTokenTitle(root, locale) {
  const file = path.join(root, locale === 'ru' ? 'package.nls.ru.json' : 'package.nls.json');
  return `TWIN: ${JSON.parse(fs.readFileSync(file, 'utf8'))['command.setToken']}`;
}

/** Runs the Russian steps; `ctx.startSession(opts)` starts code-server + browser for them. */
module.exports = async function russianSteps(ctx) {
  const { steps, root } = ctx;
  const english = setTokenTitle(root, 'en');
  const russian = setTokenTitle(root, 'ru');

  const plain = 'code-server --locale ru without a language pack: the extension stays English';
  await steps.step(plain, async (s) => {
    const session = await ctx.startSession({ name: 'ru-no-pack', locale: 'ru' });
    try {
      await session.openWorkbench();
      const labels = await ui.paletteLabels(session.page, 'TWIN:');
      s.note(`palette: ${labels.filter((l) => l.startsWith('TWIN')).join(' | ')}`);
      if (!labels.includes(english))
        throw new Error(`"${english}" not in the palette: ${labels.join(' | ')}`);
      await s.shot('ru without pack palette');
    } finally {
      await session.close();
    }
  });

  const withPack = 'code-server --locale ru with a Russian language pack: Russian command titles';
  await steps.step(withPack, async (s) => {
    ctx.ruSession = await ctx.startSession({ name: 'ru', locale: 'ru', russianLanguagePack: true });
    await ctx.ruSession.openWorkbench();
    const labels = await ui.paletteLabels(ctx.ruSession.page, 'TWIN:');
    s.note(`palette: ${labels.filter((l) => l.startsWith('TWIN')).join(' | ')}`);
    if (!labels.includes(russian)) throw new Error(`"${russian}" not in the palette: ${labels.join(' | ')}`);
    await ui.openPalette(ctx.ruSession.page, 'TWIN:');
    await s.shot('ru palette');
    await ctx.ruSession.page.keyboard.press('Escape');
  });

  await steps.step(
    'Russian diagnostics of broken.twin.yaml in the Problems panel',
    async (s) => {
      const page = ctx.ruSession.page;
      const russianMessages = ctx.expectedDiagnostics('broken.twin.yaml', 'ru').map((d) => d.message);
      const englishMessages = ctx.expectedDiagnostics('broken.twin.yaml', 'en').map((d) => d.message);
      await ui.quickOpen(page, 'broken.twin.yaml');
      const fromTwin = /\btwin\s*\(?[a-z-]+\)?\s*\[Ln/;
      const rows = await ui.waitForProblems(page, [fromTwin]);
      const shown = rows.filter((r) => fromTwin.test(r));
      s.note(`Problems panel: "${shown[0]}"`);
      // Russian: the analyzer's own Russian wording is on screen, and none of its English wording is.
      const russianRows = shown.filter((r) => russianMessages.some((m) => r.includes(m)));
      const englishRows = shown.filter((r) => englishMessages.some((m) => r.includes(m)));
      if (!russianRows.length)
        throw new Error(`no Russian message in the Problems panel: ${shown.join(' | ')}`);
      if (englishRows.length)
        throw new Error(`English messages in the Problems panel: ${englishRows.join(' | ')}`);
      if (!cyrillic.test(russianRows[0].replace(/["«“][^"»”]*["»”]/g, '')))
        throw new Error(`"${russianRows[0]}" is not in Russian`);
      s.note(`${russianRows.length} of ${shown.length} rows carry the analyzer's Russian messages`);
    },
    { needs: [withPack] },
  );
  const tokenStep = 'Russian: TWIN: Задать API-токен stores a token of another company (nothing on TWIN yet)';
  await steps.step(
    tokenStep,
    async (s) => {
      const page = ctx.ruSession.page;
      const token = await issueToken(ctx.emulator.adminUrl, { companyId: 'ru-e2e' });
      await ui.quickOpen(page, 'company.twin.yaml');
      await ui.runCommand(page, russian);
      s.note(`input box: "${await ui.waitForInputBox(page, /токен/i)}"`);
      await ui.answerInputBox(page, token);
      s.note(`notification: "${await ui.waitForNotification(page, /токен .*сохран/i)}"`);
      await ui.clearNotifications(page);
    },
    { needs: [withPack] },
  );
  if (ctx.ruSession)
    await planPushFromView(ctx, {
      page: ctx.ruSession.page,
      host: new URL(ctx.emulator.baseUrl).host,
      locale: 'ru',
      label: 'Russian',
      shotName: 'ru',
      needs: [tokenStep],
    });
  if (ctx.ruSession) await ctx.ruSession.close();
};
