// Every user-facing string of the client exists in Russian, and package.json's titles in both
// package.nls files; the command table and package.json list the same commands.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './helpers';

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

const readJson = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, name), 'utf8')) as Record<string, unknown>;

describe('client localization', () => {
  // Every translated text and its Russian entry: test/unit/l10n/bundle.test.ts (read from the AST).

  test('the TWIN output channel is localised too: no log line is written as a raw literal', () => {
    const raw: string[] = [];
    for (const { file, text } of clientSources())
      for (const m of text.matchAll(/\blog\.line\(\s*[`'"]/g))
        raw.push(`${file}:${text.slice(0, m.index).split('\n').length}`);
    assert.deepEqual(raw, [], 'log.line(...) with a literal: wrap it in vscode.l10n.t');
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
