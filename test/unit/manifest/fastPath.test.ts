import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createManifestAnalyzer, type ManifestDocument } from '../../../core/src/manifest';

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
      const sliced = createManifestAnalyzer({ locale: 'ru' }).analyze(text);
      const whole = createManifestAnalyzer({ locale: 'ru', incremental: false }).analyze(text);
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
        const analyzer = createManifestAnalyzer({ locale: 'en' });
        analyzer.analyze(lines.join('\n'));
        for (const [at, deleteCount, insert] of edits) {
          lines.splice(lines.length === 0 ? 0 : at % (lines.length + 1), deleteCount, insert);
          const text = lines.join('\n');
          const incremental = analyzer.analyze(text);
          const whole = createManifestAnalyzer({ locale: 'en', incremental: false }).analyze(text);
          assert.deepEqual(summary(incremental), summary(whole), text);
        }
      },
    ),
    { numRuns: 300, seed: 42 },
  );
});
