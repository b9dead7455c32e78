import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createManifestAnalyzer, type ManifestDocument } from '../../../core/src/manifest';
import { configureBundledL10n } from '../../../core/src/l10n/bundled';

// Russian messages: they are longer and non-ASCII, which the offsets must survive.
configureBundledL10n('ru');

function generate(count: number): string {
  const names = ['Имя', 'Город', 'Телефон', 'Заказ', 'Компания'];
  let text = '# большой профиль\nversion: 1\n';
  for (const section of ['attributes', 'clientTags', 'sessionTags']) {
    text += `${section}:\n`;
    for (let i = 0; i < count; i++) {
      const name = `${names[i % names.length]} ${i % 97}`;
      text +=
        i % 7 === 0 ? `  - name: ${name}\n    description: описание ${i}\n` : `  # c${i}\n  - ${name}\n`;
    }
  }
  return text;
}

function summary(doc: ManifestDocument) {
  return {
    problems: doc.problems,
    manifest: doc.manifest,
    sections: doc.sections.map((s) => ({ key: s.key, end: s.end, entries: s.entries })),
  };
}

test('analysing in slices and after edits gives exactly what a whole-file analysis gives', () => {
  let text = generate(600);
  const incremental = createManifestAnalyzer();
  const whole = (t: string) => createManifestAnalyzer({ incremental: false }).analyze(t);
  const first = incremental.analyze(text);
  assert.equal(first.sliced, true);
  assert.deepEqual(summary(first), summary(whole(text)));
  const edits: Array<(t: string) => string> = [
    (t) => t.replace('  - Город 1\n', '  - Город 1\n  - город  1\n'),
    (t) => t.replace('описание 14', 'описание четырнадцать'),
    (t) => t.replace('clientTags:\n', 'clientTags:\n  - BИП\n'),
    (t) => t.replace(/ {2}- Имя 5\n/, ''),
    (t) => t.replace('version: 1\n', 'version: 2\n'),
    (t) => t.replace('  - Заказ 3\n', '  - "Заказ 3\n'),
    (t) => t.replace('  - "Заказ 3\n', '  - Заказ 3\n'),
    (t) => `${t}unknown: 1\n`,
    // Syntax errors that stay on their lines are reported from the slice: same result as whole.
    (t) => t.replace('  - name: Имя 0\n', '  - Имя 0\n'),
    (t) => t.replace('  - Город 1\n', '   - Город 1\n'),
    (t) => t.replace('  - Заказ 3\n', '  - Заказ: 3: x\n'),
    (t) => t.replace('  - Телефон 2\n', '  - Телефон 2\n\t- Телефон 22\n'),
    (t) => t.replace('  - Имя 5\n', '  - [Имя 5\n'),
  ];
  for (const edit of edits) {
    const next = edit(text);
    assert.notEqual(next, text);
    text = next;
    assert.deepEqual(summary(incremental.analyze(text)), summary(whole(text)));
  }
});

test('files the slicer does not handle fall back to a whole-file parse', () => {
  for (const text of [
    '%YAML 1.2\n---\nattributes: [a]\n',
    'attributes:\n  - &x a\nclientTags:\n  - *x\n',
    '{attributes: [a]}\n',
  ]) {
    const doc = createManifestAnalyzer().analyze(text);
    assert.equal(doc.sliced, false, text);
    assert.deepEqual(summary(doc), summary(createManifestAnalyzer({ incremental: false }).analyze(text)));
  }
});

test('the duplicate index follows edits that add, move and remove repeated blocks', () => {
  const block = Array.from({ length: 120 }, (_, i) => `  - Поле ${i}\n`).join('');
  const steps = [
    `attributes:\n${block}`,
    `attributes:\n${block}${block}`,
    `attributes:\n${block}clientTags:\n${block}`,
    `attributes:\n${block}${block}clientTags:\n${block}`,
    `attributes:\n  - новое\n${block}clientTags:\n${block}`,
    `attributes:\n${block}`,
  ];
  const analyzer = createManifestAnalyzer();
  for (const text of steps) {
    const incremental = analyzer.analyze(text);
    const whole = createManifestAnalyzer({ incremental: false }).analyze(text);
    assert.deepEqual(summary(incremental), summary(whole));
  }
  const last = analyzer.analyze(`attributes:\n${block}${block}`);
  assert.equal(last.problems.filter((p) => p.code === 'duplicate-name').length, 120);
});
