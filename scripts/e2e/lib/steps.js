// Counted test steps for the browser E2E: each step passes or fails on its own, gets a screenshot
// (named after its number and title), and the run goes on; a step whose prerequisite failed is
// counted as failed without running, so a broken chain never reads as green.
'use strict';
const fs = require('fs');
const path = require('path');

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9а-яё]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * Creates the step runner. `getPage()` returns the page to screenshot (or null), `shotsDir` where
 * screenshots go. Returns { step(title, fn, { needs }), passed, failed, results, summaryLine() }.
 */
function createSteps({ shotsDir, getPage, log = console.log }) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const results = [];
  const outcome = new Map();
  const screenshot = async (file) => {
    const page = getPage();
    if (!page || page.isClosed() || page.url() === 'about:blank') return null;
    const target = path.join(shotsDir, file);
    try {
      await page.screenshot({ path: target, timeout: 10000 });
      return target;
    } catch {
      return null;
    }
  };

  const steps = {
    results,
    /**
     * Runs one step. `fn(step)` may call `step.note(text)` to report what it saw and
     * `step.shot(name)` for an extra screenshot. `needs`: titles of steps that must have passed.
     * Returns true when the step passed.
     */
    async step(title, fn, { needs = [] } = {}) {
      const n = String(results.length + 1).padStart(2, '0');
      const started = Date.now();
      const notes = [];
      const missing = needs.filter((t) => outcome.get(t) !== true);
      let error = null;
      if (missing.length) {
        error = new Error(`not run: needs ${missing.map((t) => `"${t}"`).join(', ')}`);
      } else {
        try {
          await fn({
            note: (text) => notes.push(text),
            shot: (name) => screenshot(`${n}-${slug(name)}.png`),
          });
        } catch (e) {
          error = e;
        }
      }
      const ms = Date.now() - started;
      const shot = missing.length
        ? null
        : await screenshot(`${n}-${slug(title)}${error ? '-FAILED' : ''}.png`);
      outcome.set(title, !error);
      results.push({ title, ok: !error, ms, error, notes, shot });
      const mark = error ? 'FAIL' : 'ok  ';
      log(`${mark} ${n} ${title} (${(ms / 1000).toFixed(1)} s)`);
      for (const t of notes) log(`       ${t}`);
      if (error)
        log(
          `       ${String(error.message || error)
            .split('\n')
            .slice(0, 6)
            .join('\n       ')}`,
        );
      return !error;
    },
    get passed() {
      return results.filter((r) => r.ok).length;
    },
    get failed() {
      return results.filter((r) => !r.ok).length;
    },
  };
  return steps;
}

module.exports = { createSteps };
