// Every text the sources translate has a Russian entry in l10n/bundle.l10n.ru.json with the same
// placeholders (plural texts: 2 English forms, 3 Russian), no entry is left that nothing uses, and
// package.json's titles exist in both package.nls files. The checker is tested on a fixture first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkBundle, scanSources, type Source } from './translatables';

const root = path.resolve(__dirname, '../../../..');
const LAYERS = ['core/src', 'server/src', 'client/src', 'cli/src', 'emulator/src', 'protocol/src'];
// The mechanism itself passes its caller's text on.
const MECHANISM = 'core/src/l10n/';

function sources(): Source[] {
  const out: Source[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (rel.endsWith('.ts') && !rel.startsWith(MECHANISM))
        out.push({ file: rel, text: fs.readFileSync(path.join(root, rel), 'utf8') });
    }
  };
  for (const layer of LAYERS) walk(layer);
  return out;
}

const readJson = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(root, name), 'utf8')) as Record<string, string>;

describe('the checker, on a fixture', () => {
  const fixture: Source[] = [
    {
      file: 'a.ts',
      text: [
        "import { t, tn as plural } from '../../core/src/l10n';",
        "import * as vscode from 'vscode';",
        "t('Saved {0}.', name);",
        "plural(n, '{0} item|{0} items');",
        "plural(n, 'Add {0} item to {1}|Add {0} items to {1}', where);",
        "vscode.l10n.t('Open');",
        't(`Plain template`);',
        't(message);',
        'const other = { t: (s: string) => s }; other.t(variable);',
      ].join('\n'),
    },
    { file: 'b.ts', text: 'const t = (s: string) => s; t(notOurs); tn(1, also);' },
  ];
  const scan = scanSources(fixture);

  test('finds the literal texts of t, an aliased tn and vscode.l10n.t, and only those', () => {
    assert.deepEqual(
      [...scan.texts.keys()],
      [
        'Saved {0}.',
        '{0} item|{0} items',
        'Add {0} item to {1}|Add {0} items to {1}',
        'Open',
        'Plain template',
      ],
    );
  });

  test('a text that is not a literal is a problem', () => {
    assert.deepEqual(scan.problems, ['a.ts:8: the text of t(…) is not a string literal: t(message)']);
  });

  test('a complete bundle passes', () => {
    const good = {
      'Saved {0}.': 'Сохранено: {0}.',
      '{0} item|{0} items': '{0} элемент|{0} элемента|{0} элементов',
      'Add {0} item to {1}|Add {0} items to {1}': 'Добавить {0} в {1}|Добавить {0} в {1}|Добавить {0} в {1}',
      Open: 'Открыть',
      'Plain template': 'Шаблон',
    };
    assert.deepEqual(checkBundle({ ...scan, problems: [] }, good), []);
  });

  test('missing, mismatched, wrongly plural and orphaned entries are each reported', () => {
    const bad = {
      'Saved {0}.': 'Сохранено.',
      '{0} item|{0} items': 'элемент|{0} элемента|{0} элементов',
      'Add {0} item to {1}|Add {0} items to {1}': 'Добавить {0}|Добавить {0} в {1}',
      'Plain template': 'Шаблон {1}',
      Gone: 'Нет',
    };
    const problems = checkBundle({ ...scan, problems: [] }, bad);
    assert.deepEqual(problems, [
      'a.ts:3: "Saved {0}.": Russian has {}, English {{0}}',
      'a.ts:4: "{0} item|{0} items": the Russian form "элемент" drops the count {0}',
      'a.ts:5: "Add {0} item to {1}|Add {0} items to {1}": its Russian entry needs 3 forms (one|few|many)',
      'a.ts:6: "Open" has no Russian entry',
      'a.ts:7: "Plain template": Russian has {{1}}, English {}',
      'the Russian entry "Gone" is used nowhere in the sources',
    ]);
  });

  test('a Russian plural that loses an argument is reported', () => {
    const problems = checkBundle(
      { ...scan, problems: [] },
      {
        'Saved {0}.': 'Сохранено: {0}.',
        '{0} item|{0} items': '{0} элемент|{0} элемента|{0} элементов',
        'Add {0} item to {1}|Add {0} items to {1}': 'Добавить {0}|Добавить {0}|Добавить {0}',
        Open: 'Открыть',
        'Plain template': 'Шаблон',
      },
    );
    assert.deepEqual(problems, [
      'a.ts:5: "Add {0} item to {1}|Add {0} items to {1}": the Russian forms leave out one of {{0} {1}}',
    ]);
  });
});

describe('the shipped Russian bundle', () => {
  test('covers every translatable text of the sources, with the same placeholders, and nothing more', () => {
    const scan = scanSources(sources());
    assert.ok(scan.texts.size > 150, `found only ${scan.texts.size} texts: the scan is broken`);
    assert.deepEqual(checkBundle(scan, readJson('l10n/bundle.l10n.ru.json')), []);
  });

  test('an entry with English words is written in Russian', () => {
    const notWords =
      /\{\d+\}|TWIN|API|JWT|UTF-8|http\S*|TWIN_\w+|--\w+|Ctrl\+C|export|twin \w+|`[^`]*`|"[^"]*"/g;
    for (const [en, ru] of Object.entries(readJson('l10n/bundle.l10n.ru.json')))
      if (/[a-z]{4}/i.test(en.replace(notWords, '')))
        assert.match(ru, /[а-яё]/i, `"${en}" is not translated`);
  });

  test('package.json %keys% exist in both package.nls files, which have the same keys', () => {
    const en = readJson('package.nls.json');
    const ru = readJson('package.nls.ru.json');
    assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    for (const m of manifest.matchAll(/"%([\w.]+)%"/g))
      assert.ok(m[1] && m[1] in en, `package.nls.json lacks ${m[1]}`);
  });
});
