// Browser E2E, part 2: set the API token from the palette, push to the emulator through the modal
// confirmation, and check what the platform received and what the editor shows afterwards.
'use strict';
const ui = require('../../scripts/e2e/lib/ui');
const { waitUntil } = require('../../scripts/e2e/lib/wait');
const { emulatorState, issueToken } = require('../../scripts/e2e/lib/emulator');
const { sampleCompany } = require('../../scripts/e2e/lib/sample-company');
const { planPushFromView } = require('./planFlow');

/** What the editor shows on a line beyond the file's own text (inlay hints: injected text). */
function injectedText(rendered, original) {
  let start = 0;
  while (start < original.length && rendered[start] === original[start]) start++;
  let end = 0;
  while (
    end < original.length - start &&
    rendered[rendered.length - 1 - end] === original[original.length - 1 - end]
  )
    end++;
  return rendered.slice(start, rendered.length - end).trim();
}

/** Each entry line of the manifest in view, with the mark the editor shows beside it. */
async function entryMarks(page, fileText) {
  // Every entry in view: the panel would cut the editor to a dozen lines.
  await ui.hidePanel(page);
  // From the top: Go to Line 1 (a person would scroll; keys sent to a focused textarea can get lost).
  await ui.goToLine(page, 1);
  const fileLines = fileText.split('\n');
  return (await ui.editorLines(page))
    .filter((l) => /^\s*-\s+\S/.test(fileLines[l.line - 1] || ''))
    .map((l) => {
      const mark = injectedText(l.text, fileLines[l.line - 1]);
      return {
        line: l.line,
        text: fileLines[l.line - 1].trim(),
        mark,
        onTwin: mark === 'on TWIN',
        isNew: mark === 'new',
      };
    });
}

/** Runs the token and push steps; `ctx` is the scenario context of scripts/e2e/run-browser-e2e.js. */
module.exports = async function pushSteps(ctx) {
  const { steps, page, emulator } = ctx;
  const host = new URL(emulator.baseUrl).host;
  const workbench = ctx.workbenchStep;
  // Entries of the manifest: every one must be in view and marked.
  const entryCount = () =>
    ctx
      .readWorkspaceFile('company.twin.yaml')
      .split('\n')
      .filter((l) => /^\s*-\s+\S/.test(l)).length;

  const tokenStep =
    'TWIN: Set API Token from the palette: a password box takes the token the emulator issued';
  await steps.step(
    tokenStep,
    async (s) => {
      const token = await issueToken(emulator.adminUrl);
      await ui.quickOpen(page, 'company.twin.yaml');
      await ui.runCommand(page, 'TWIN: Set API Token');
      const prompt = await ui.waitForInputBox(page, /token/i);
      s.note(`input box: "${prompt}"`);
      if (!(await ui.inputBoxIsPassword(page))) throw new Error('the token input box is not a password box');
      await ui.answerInputBox(page, token, { beforeEnter: () => s.shot('token typed (masked)') });
      const stored = await ui.waitForNotification(page, /token stored|токен .*сохран/i);
      s.note(`notification: "${stored}"`);
      // A short label on the bar; the host and the token's days in its tooltip (also its aria-label).
      const bar = await waitUntil(
        async () => {
          const texts = await page.locator('.statusbar-item').allInnerTexts();
          // Short on the bar: a pasted token that does not need action yet shows as "API token".
          return texts.map(ui.squash).find((t) => /TWIN: API token/.test(t));
        },
        { timeout: 15000, what: `the status bar to show the token set for ${host}` },
      );
      s.note(`status bar: "${bar}"`);
      await ui.clearNotifications(page);
    },
    { needs: [workbench, ctx.emulatorStep] },
  );

  await steps.step(
    'with the token set, the editor marks entries already on TWIN ("on TWIN") and the rest ("new")',
    async (s) => {
      await ui.quickOpen(page, 'company.twin.yaml');
      const onPlatform = new Set(ctx.seededNames());
      const marks = await waitUntil(
        async () => {
          const m = await entryMarks(page, ctx.readWorkspaceFile('company.twin.yaml'));
          return m.length === entryCount() && m.every((e) => e.onTwin || e.isNew) && m.some((e) => e.isNew)
            ? m
            : null;
        },
        { timeout: 30000, what: 'an "on TWIN"/"new" mark on every entry' },
      );
      const nameOf = (text) => text.replace(/^-\s+(name:\s*)?/, '').replace(/\s+#.*$/, '');
      const wrong = marks.filter((e) => e.onTwin !== onPlatform.has(nameOf(e.text)));
      s.note(`${marks.filter((e) => e.onTwin).length} on TWIN, ${marks.filter((e) => e.isNew).length} new`);
      if (wrong.length)
        throw new Error(`wrong marks: ${wrong.map((e) => `${e.text} (${e.mark})`).join(' | ')}`);
    },
    { needs: [tokenStep] },
  );

  const { pushStep } = await planPushFromView(ctx, {
    page,
    host,
    locale: 'en',
    label: 'English',
    shotName: 'en',
    needs: [tokenStep],
    beforePush: async () => (ctx.beforePush = await emulatorState(emulator.adminUrl)),
  });

  await steps.step(
    'the emulator received every entry of the file exactly once',
    async (s) => {
      const expected = ctx.manifestNames('company.twin.yaml');
      const state = await emulatorState(emulator.adminUrl);
      const company = Object.values(state.companies)[0] || {};
      const problems = [];
      let created = 0;
      for (const [section, names] of Object.entries(expected)) {
        const stored = (company[section] || []).map((i) => i.name);
        for (const name of names) {
          const times = stored.filter((n) => n === name).length;
          if (times !== 1) problems.push(`${section} "${name}" stored ${times} times`);
        }
        // Nothing else: the platform holds the file's entries plus what it had before, no more.
        const wanted = new Set([...names, ...(sampleCompany[section] || [])]);
        if (stored.length !== wanted.size)
          problems.push(`${section}: ${stored.length} items on the platform, expected ${wanted.size}`);
        const posts = state.log.filter((e) => e.method === 'POST' && e.resource === section);
        const before = ctx.beforePush.log.filter((e) => e.method === 'POST' && e.resource === section).length;
        const pushed = posts.slice(before);
        created += pushed.length;
        for (const name of new Set(pushed.map((e) => e.name))) {
          const times = pushed.filter((e) => e.name === name).length;
          if (times > 1) problems.push(`${section} "${name}" POSTed ${times} times`);
        }
      }
      s.note(
        `${created} create requests; every one of ${Object.values(expected).flat().length} entries stored once`,
      );
      if (problems.length) throw new Error(problems.join('; '));
    },
    { needs: [pushStep] },
  );

  await steps.step(
    'after the push the editor shows every entry "on TWIN"',
    async (s) => {
      await ui.quickOpen(page, 'company.twin.yaml');
      const marks = await waitUntil(
        async () => {
          const m = await entryMarks(page, ctx.readWorkspaceFile('company.twin.yaml'));
          return m.length === entryCount() && m.every((e) => e.onTwin && !e.isNew) ? m : null;
        },
        { timeout: 30000, what: 'every entry marked "on TWIN"' },
      );
      s.note(`${marks.length} entries marked on TWIN, e.g. "${marks[0].text}" + "${marks[0].mark}"`);
    },
    { needs: [pushStep] },
  );
};
