import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import YAML from 'yaml';
import { createManifestAnalyzer, type ManifestDocument } from '../../../core/src/manifest';
import { fastItems } from '../../../core/src/manifest/fastItems';
import { configureBundledL10n } from '../../../core/src/l10n/bundled';

// Russian messages: they are longer and non-ASCII, which the offsets must survive.
configureBundledL10n('ru');

function summary(doc: ManifestDocument) {
  return { problems: doc.problems, manifest: doc.manifest, sections: doc.sections };
}

// Pieces of names chosen to sit on the fast path's edges: indicators, colons, hashes, quotes,
// spaces, tabs, YAML 1.1 words, numbers, look-alike letters.
const piece = fc.constantFrom(
  'ФИО',
  'Город',
  'BИП',
  'vip',
  'yes',
  '2024',
  '~',
  '-',
  '- x',
  ':',
  ': ',
  'a:b',
  '18:00',
  ':x',
  'a#b',
  'a:#',
  '#',
  ' #',
  ' # коммент',
  '"',
  "'",
  '[',
  '{',
  '&a',
  '*a',
  '!t',
  '|',
  '  ',
  ' ',
  '\t',
  'ё',
  '?',
  '%',
  '@',
  ',',
);
const name = fc.array(piece, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));
const entry = fc.oneof(
  name.map((n) => `  - ${n}`),
  fc
    .tuple(name, fc.option(name))
    .map(([n, d]) => (d === null ? `  - name: ${n}` : `  - name: ${n}\n    description: ${d}`)),
  name.map((d) => `  - description: ${d}`),
  name.map((c) => `  #${c}`),
  fc.constant(''),
);

test('the fast path for simple items builds exactly what the YAML parser builds', () => {
  fc.assert(
    fc.property(fc.array(entry, { minLength: 1, maxLength: 60 }), (lines) => {
      const text = `attributes:\n${lines.join('\n')}\n`;
      const sliced = createManifestAnalyzer().analyze(text);
      const whole = createManifestAnalyzer({ incremental: false }).analyze(text);
      assert.deepEqual(summary(sliced), summary(whole));
    }),
    { numRuns: 400, seed: 20261128 },
  );
});

// Whole documents built from lines that stress the slicer: keys, items at two indents, mappings,
// comments, multi-line quotes, flow lists, anchors and aliases, tabs, document markers.
const line = fc.constantFrom(
  'attributes:',
  'clientTags:',
  'sessionTags: # теги',
  'version: 1',
  'unknown:',
  '  - ФИО',
  '  - фио',
  '- Город',
  '  - name: Возраст',
  '    description: лет',
  '    descripton: x',
  '  - "многострочная',
  '    строка"',
  '  - [a, b',
  '  - &a якорь',
  '  - *a',
  '\t- таб',
  '---',
  '# комментарий',
  '',
  '   - три пробела',
  '  -',
  'attributes: [x, y]',
  '  bad: value',
);

test('after any sequence of edits the incremental analysis equals a fresh whole-file one', () => {
  fc.assert(
    fc.property(
      fc.array(line, { minLength: 0, maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), line), { minLength: 1, maxLength: 6 }),
      (initial, edits) => {
        const lines = [...initial];
        const analyzer = createManifestAnalyzer();
        analyzer.analyze(lines.join('\n'));
        for (const [at, deleteCount, insert] of edits) {
          lines.splice(lines.length === 0 ? 0 : at % (lines.length + 1), deleteCount, insert);
          const text = lines.join('\n');
          const incremental = analyzer.analyze(text);
          const whole = createManifestAnalyzer({ incremental: false }).analyze(text);
          assert.deepEqual(summary(incremental), summary(whole), text);
        }
      },
    ),
    { numRuns: 300, seed: 42 },
  );
});

// Quoted names and descriptions on one line are read by the fast path; their escapes must mean what
// they mean to YAML, and an escape YAML rejects must leave the slice to the parser (same diagnostics).
const quotedPiece = fc.constantFrom(
  'Город',
  'после 18:00',
  'a: b',
  ' # не комментарий',
  '#',
  ' ',
  'BИП',
  'ё',
  "'",
  "''",
  '\\"',
  '\\\\',
  '\\/',
  '\\ ',
  '\\0',
  '\\a',
  '\\b',
  '\\e',
  '\\f',
  '\\n',
  '\\r',
  '\\t',
  '\\v',
  '\\N',
  '\\_',
  '\\L',
  '\\P',
  '\\x41',
  '\\x4',
  '\\xZZ',
  '\\u0439',
  '\\u00A0',
  '\\ud83d\\ude00',
  '\\U0001F600',
  '\\U00110000',
  '\\UFFFFFFFF',
  '\\q',
  '\\',
  '\t',
  '\u00a0',
  '\u2028',
);
const quotedText = fc.array(quotedPiece, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));
const double = quotedText.map((s) => `"${s}"`);
const single = quotedText.map((s) => `'${s.replace(/'/g, "''")}'`);
const quoted = fc.oneof(
  double,
  single,
  quotedText.map((s) => `'${s}'`),
);
const quotedEntry = fc.oneof(
  quoted.map((q) => `  - ${q}`),
  quoted.map((q) => `  - ${q}  # комментарий`),
  fc.tuple(quoted, quoted).map(([n, d]) => `  - name: ${n}\n    description: ${d}`),
  fc.tuple(name, quoted).map(([n, d]) => `  - description: ${d}\n    name: ${n}`),
  name.map((n) => `  - ${n}`),
);

test('quoted names with escapes build on the fast path exactly what the YAML parser builds', () => {
  fc.assert(
    fc.property(fc.array(quotedEntry, { minLength: 1, maxLength: 30 }), (lines) => {
      const text = `attributes:\n${lines.join('\n')}\n`;
      const sliced = createManifestAnalyzer().analyze(text);
      const whole = createManifestAnalyzer({ incremental: false }).analyze(text);
      assert.deepEqual(summary(sliced), summary(whole), text);
    }),
    { numRuns: 600, seed: 20261128 },
  );
});

test('every escape YAML defines reads as YAML reads it, and the ones it rejects are left to it', () => {
  const samples = [
    ...'0abefnrtvN_LP /"\\'.split('').map((c) => `\\${c}`),
    '\\x41\\x7e',
    '\\u0439\\u00e9',
    '\\U0001F600',
    '\\ud83d\\ude00',
    'до\\tпосле',
  ];
  for (const inside of samples) {
    const item = `- "${inside}"\n`;
    const fast = fastItems(item);
    assert.ok(fast, `fast path taken for ${item}`);
    assert.equal(fast[0]?.name, (YAML.parse(item) as string[])[0], item);
    assert.equal(fast[0]?.nameStyle, 'double');
  }
  for (const inside of ['\\q', '\\x4', '\\xZZ', '\\U00110000', '\\UFFFFFFFF', '\\u12'])
    assert.equal(fastItems(`- "${inside}"\n`), null, inside);
  assert.equal(fastItems(`- 'it''s'\n`)?.[0]?.name, "it's");
});
