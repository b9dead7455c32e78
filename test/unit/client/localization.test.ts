// Every user-facing string of the client exists in Russian, and package.json's titles in both
// package.nls files; the command table and package.json list the same commands.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot, russianBundle } from './helpers';

function clientSources(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts'))
        out.push({ file: path.relative(repoRoot, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(repoRoot, 'client', 'src'));
  return out;
}

/** Sources outside the extension host that speak through core/src/l10n's `t` (the same bundle). */
function coreL10nSources(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const text = fs.readFileSync(p, 'utf8');
        if (/from '[./]*(?:core\/src\/)?l10n'/.test(text))
          out.push({ file: path.relative(repoRoot, p), text });
      }
    }
  };
  for (const dir of ['core/src', 'cli/src', 'server/src']) walk(path.join(repoRoot, dir));
  return out;
}

/** The first argument of every `l10n.t(…)` / `tr(…)` (client) or core `t(…)` call that is a string literal. */
function messagesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of [...clientSources(), ...coreL10nSources()])
    for (const m of text.matchAll(/(?:l10n\.t|\btr|\bt)\(\s*('(?:[^'\\]|\\.)*')/g)) {
      const literal = m[1] ?? "''";
      found.set(literal.slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, '\\'), file);
    }
  for (const [message, file] of pluralMessagesInSources()) found.set(message, file);
  return found;
}

/** The message of every `tn(count, '…one|…other')` call (core's plural texts used in the client). */
function pluralMessagesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of clientSources())
    for (const m of text.matchAll(/\btn\(\s*[^'()]*(?:\([^()]*\))?[^'()]*,\s*('(?:[^'\\]|\\.)*')/g)) {
      const literal = m[1] ?? "''";
      found.set(literal.slice(1, -1).replace(/\\'/g, "'").replace(/\\\\/g, '\\'), file);
    }
  return found;
}

const readJson = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, name), 'utf8')) as Record<string, unknown>;

describe('client localization', () => {
  test('every message has a Russian translation with the same placeholders', () => {
    const bundle = russianBundle();
    const messages = messagesInSources();
    assert.ok(messages.size > 50, `found only ${messages.size} messages: the scan is broken`);
    for (const [message, file] of messages) {
      const ru = bundle[message];
      assert.ok(ru !== undefined, `${file}: no Russian for "${message}"`);
      // Placeholders as a set: a plural text repeats them once per form.
      const holes = (s: string) => [...new Set([...s.matchAll(/\{\d+\}/g)].map((x) => x[0]))].sort();
      assert.deepEqual(holes(ru), holes(message), `placeholders differ for "${message}"`);
    }
  });

  test('plural texts list two English forms and three Russian ones (one|few|many)', () => {
    const bundle = russianBundle();
    const plurals = pluralMessagesInSources();
    assert.ok(plurals.size >= 5, `found only ${plurals.size} plural texts: the scan is broken`);
    for (const [message, file] of plurals) {
      assert.equal(message.split('|').length, 2, `${file}: "${message}" is not one|other`);
      assert.equal(
        bundle[message]?.split('|').length,
        3,
        `${file}: Russian of "${message}" is not one|few|many`,
      );
    }
  });

  test('the TWIN output channel is localised too: no log line is written as a raw literal', () => {
    const raw: string[] = [];
    for (const { file, text } of clientSources())
      for (const m of text.matchAll(/\blog\.line\(\s*[`'"]/g))
        raw.push(`${file}:${text.slice(0, m.index).split('\n').length}`);
    assert.deepEqual(raw, [], 'log.line(...) with a literal: wrap it in vscode.l10n.t');
  });

  test('the bundle holds no entry the code no longer uses', () => {
    const messages = messagesInSources();
    const stale = Object.keys(russianBundle()).filter((k) => !messages.has(k));
    assert.deepEqual(stale, []);
  });

  test('package.json %keys% exist in both package.nls files, which have the same keys', () => {
    const en = readJson('package.nls.json');
    const ru = readJson('package.nls.ru.json');
    assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
    const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([\w.]+)%"/g))
      assert.ok(m[1] && m[1] in en, `package.nls.json lacks ${m[1]}`);
  });

  test('the command table and package.json contribute the same commands, each with a title', () => {
    const table = fs.readFileSync(path.join(repoRoot, 'client/src/commands/commandTable.ts'), 'utf8');
    const registered = [...table.matchAll(/'(twin\.\w+)':/g)].map((m) => m[1]).sort();
    const pkg = readJson('package.json') as {
      contributes: { commands: Array<{ command: string; title: string }> };
    };
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(registered, contributed);
    assert.ok(pkg.contributes.commands.every((c) => /^%command\.\w+%$/.test(c.title)));
  });
});
