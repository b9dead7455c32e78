// Browser E2E, part 1: the editor as a newcomer meets it. Open the example manifest, see the broken
// one's problems in the Problems panel, and complete an entry from the suggest widget.
'use strict';
const ui = require('../../scripts/e2e/lib/ui');
const { waitUntil } = require('../../scripts/e2e/lib/wait');

/** Runs the editor steps; `ctx` is the scenario context of scripts/e2e/run-browser-e2e.js. */
module.exports = async function editorSteps(ctx) {
  const { steps, page } = ctx;

  await steps.step(
    'open company.twin.yaml: TWIN YAML language mode, no problems',
    async (s) => {
      await ui.quickOpen(page, 'company.twin.yaml');
      const mode = await waitUntil(
        async () => {
          const text = await ui.statusBarText(page, 'status.editor.mode');
          return /TWIN/i.test(text) && text;
        },
        { timeout: 30000, what: 'the TWIN YAML language mode in the status bar' },
      );
      s.note(`language mode: ${mode}`);
      // The language server has answered once the file's own diagnostics (none) are published;
      // the example is valid, so no error squiggle may appear.
      await ui.openProblems(page);
      const rows = await ui.problemRows(page);
      const own = rows.filter((r) => /company\.twin\.yaml/.test(r));
      if (own.length) throw new Error(`the valid example has problems: ${rows.join(' | ')}`);
      if (await page.locator('.editor-instance .monaco-editor .squiggly-error').count())
        throw new Error('error squiggles in the valid example');
    },
    { needs: [ctx.workbenchStep] },
  );

  await steps.step(
    'open broken.twin.yaml: every kind of problem it has is in the Problems panel',
    async (s) => {
      const expected = ctx.expectedDiagnostics('broken.twin.yaml');
      const codes = [...new Set(expected.map((d) => d.code))];
      s.note(`the analyzer finds ${expected.length} problems, codes: ${codes.join(', ')}`);
      await ui.quickOpen(page, 'broken.twin.yaml');
      await page
        .locator('.editor-instance .monaco-editor .squiggly-error')
        .first()
        .waitFor({ timeout: 30000 });
      await ui.openProblems(page);
      // Maximised, the panel shows every row (the list only renders the rows in view).
      await ui.runCommand(page, 'View: Toggle Maximized Panel');
      try {
        const rows = await ui.waitForProblems(
          page,
          // The row reads `message twin(code) [Ln, Col]`; the brackets are CSS, not text.
          codes.map((c) => new RegExp(`\\btwin\\s*\\(?${c}\\)?\\s*\\[Ln`)),
          { timeout: 30000 },
        );
        const problems = rows.filter((r) => /\btwin\s*\(?[a-z-]+\)?\s*\[Ln/.test(r));
        s.note(`Problems panel: ${problems.length} rows from twin, e.g. "${problems[0]}"`);
        await s.shot('broken problems maximised');
      } finally {
        await ui.runCommand(page, 'View: Toggle Maximized Panel');
      }
    },
    { needs: [ctx.workbenchStep] },
  );

  await steps.step(
    'completion: Ctrl+Space in a section lists names, picking one writes it into the file',
    async (s) => {
      await ui.quickOpen(page, 'company.twin.yaml');
      await ui.hidePanel(page);
      const lines = ctx.readWorkspaceFile('company.twin.yaml').split('\n');
      try {
        // The last list entry of the file: Enter after it starts a new entry ("- ") by the language's
        // onEnter rule, as it does for a person typing.
        const lastIndex = lines.findLastIndex((l) => /^\s*-\s+\S/.test(l));
        if (lastIndex < 0) throw new Error('no list entry in company.twin.yaml');
        const entryLine = lastIndex + 1;
        await ui.goToLine(page, entryLine, { end: true });
        await page.keyboard.press('Enter');
        const newLine = () => ui.editorLine(page, entryLine + 1);
        const started = await waitUntil(async () => /^\s*-\s*$/.test(await newLine()), {
          timeout: 5000,
          what: `a new "- " entry on line ${entryLine + 1} after Enter`,
        });
        if (!started) throw new Error('Enter after an entry did not start a new one');
        const labels = await ui.triggerSuggest(page);
        s.note(`suggestions: ${labels.slice(0, 8).join(', ')}${labels.length > 8 ? ', …' : ''}`);
        await s.shot('suggest widget');
        const present = new Set(
          lines.map((l) =>
            l
              .replace(/^\s*-\s+(name:\s*)?/, '')
              .replace(/\s+#.*$/, '')
              .trim(),
          ),
        );
        const pick = labels.find((l) => l && !present.has(l));
        if (!pick) throw new Error(`every suggestion is already in the file: ${labels.join(', ')}`);
        await ui.pickSuggestion(page, pick);
        const written = await waitUntil(async () => (await newLine()).includes(pick) && (await newLine()), {
          timeout: 10000,
          what: `"${pick}" in the editor`,
        });
        s.note(`picked "${pick}": line ${entryLine + 1} is now "${written.trim()}"`);
        await page.keyboard.press('Control+KeyS');
        await waitUntil(() => ctx.readWorkspaceFile('company.twin.yaml').includes(pick), {
          timeout: 10000,
          what: 'the saved file to hold the picked name',
        });
        ctx.completedName = pick;
      } catch (e) {
        // Leave the file as it is on disk, so the later steps see the example, not a half-typed entry.
        await page.keyboard.press('Escape');
        await ui.runCommand(page, 'File: Revert File').catch(() => {});
        throw e;
      }
    },
    { needs: ['open company.twin.yaml: TWIN YAML language mode, no problems'] },
  );
};
