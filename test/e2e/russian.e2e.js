// Browser E2E, part 3: VS Code with Russian as the display language (code-server --locale ru).
// First without a language pack (none can be downloaded here): VS Code then resolves the display
// language to English, so the extension stays English. Then with a local Russian language pack
// registered: VS Code reports "ru", and the extension's titles and diagnostics are Russian.
'use strict';
const fs = require('fs');
const path = require('path');
const ui = require('../../scripts/e2e/lib/ui');

const cyrillic = /[а-яё]/i;

/** The command titles the palette should show, from package.nls(.ru).json: "TWIN: <title>". */
function pushTitle(root, locale) {
  const file = path.join(root, locale === 'ru' ? 'package.nls.ru.json' : 'package.nls.json');
  return `TWIN: ${JSON.parse(fs.readFileSync(file, 'utf8'))['command.push']}`;
}

/** Runs the Russian steps; `ctx.startSession(opts)` starts code-server + browser for them. */
module.exports = async function russianSteps(ctx) {
  const { steps, root } = ctx;
  const english = pushTitle(root, 'en');
  const russian = pushTitle(root, 'ru');

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
    await ui.runCommand(ctx.ruSession.page, 'TWIN:');
    await s.shot('ru palette');
    await ctx.ruSession.page.keyboard.press('Escape');
  });

  await steps.step(
    'Russian diagnostics of broken.twin.yaml in the Problems panel',
    async (s) => {
      const page = ctx.ruSession.page;
      const englishMessages = new Map(
        ctx.expectedDiagnostics('broken.twin.yaml').map((d) => [d.code, d.message]),
      );
      await ui.quickOpen(page, 'broken.twin.yaml');
      const rows = await ui.waitForProblems(page, [/twin\(duplicate-name\)/]);
      const row = rows.find((r) => /twin\(duplicate-name\)/.test(r));
      // The message without the names quoted from the file (those may be Cyrillic in any language).
      const words = row.replace(/twin\(.*$/, '').replace(/["«“][^"»”]*["»”]/g, '');
      s.note(`duplicate-name: "${row}"`);
      if (!cyrillic.test(words)) throw new Error(`the message is not Russian: "${row}"`);
      if (row.includes(englishMessages.get('duplicate-name')))
        throw new Error('the message is the English one');
    },
    { needs: [withPack] },
  );
  if (ctx.ruSession) await ctx.ruSession.close();
};
