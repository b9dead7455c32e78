import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createManifestAnalyzer, type ManifestDocument } from '../../../core/src/manifest';
import { createLineIndex, lineIndexAfterChange } from '../../../core/src/manifest/lines';
import { segmentText, segmentTextAfterChange } from '../../../core/src/manifest/segments';
import { findTextChange } from '../../../core/src/manifest/textChange';

// Lines that move slice boundaries: keys, items at two indents, comments, flow, tabs, CR, markers.
const line = fc.constantFrom(
  'attributes:',
  'clientTags:',
  'sessionTags: # теги',
  'version: 1',
  'other:',
  '  - ФИО',
  '  - фио',
  '  - name: Возраст',
  '    description: лет',
  '  - "после 18:00"',
  '- Город',
  '  # комментарий',
  '',
  '  - [a, b]',
  '\t- таб',
  '  - x\r',
  '---',
  '   - три пробела',
);
// Long sections of distinct items, so that content-defined block boundaries occur.
const block = fc
  .tuple(fc.nat(300), fc.integer({ min: 1, max: 400 }))
  .map(([seed, count]) => Array.from({ length: count }, (_, i) => `  - имя ${seed}-${i}`));
const piece = fc.oneof({ weight: 4, arbitrary: line.map((l) => [l]) }, { weight: 1, arbitrary: block });
const edit = fc.tuple(fc.nat(), fc.nat(3), fc.array(piece, { maxLength: 2 }));

function applyEdits(
  initial: string[][],
  edits: Array<[number, number, string[][]]>,
  check: (before: string, after: string) => void,
): void {
  const lines = initial.flat();
  let before = lines.join('\n');
  for (const [at, deleteCount, insert] of edits) {
    lines.splice(lines.length === 0 ? 0 : at % (lines.length + 1), deleteCount, ...insert.flat());
    const after = lines.join('\n');
    check(before, after);
    before = after;
  }
}

test('re-cutting only around a change gives the slices a whole cut gives', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 12 }),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      (start, edits) =>
        applyEdits(start, edits, (before, after) => {
          const previous = segmentText(before);
          if (!previous) return;
          const change = findTextChange(before, after);
          assert.deepEqual(segmentTextAfterChange(previous, after, change), segmentText(after), after);
        }),
    ),
    { numRuns: 400, seed: 1128 },
  );
});

test('the line index after a change equals one built afresh', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 12 }),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      (start, edits) =>
        applyEdits(start, edits, (before, after) => {
          const updated = lineIndexAfterChange(createLineIndex(before), after, findTextChange(before, after));
          const fresh = createLineIndex(after);
          assert.deepEqual(updated.lineStarts, fresh.lineStarts);
          for (let offset = 0; offset <= after.length; offset += 7)
            assert.deepEqual(updated.positionAt(offset), fresh.positionAt(offset));
        }),
    ),
    { numRuns: 300, seed: 2811 },
  );
});

test('the common start and end of two texts are found exactly, also across long equal runs', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 3000 }),
      fc.string({ maxLength: 20 }),
      fc.nat(),
      fc.nat(30),
      (base, insert, at, cut) => {
        const from = base.length === 0 ? 0 : at % (base.length + 1);
        const after = base.slice(0, from) + insert + base.slice(from + cut);
        const { prefix, suffix, delta } = findTextChange(base, after);
        assert.equal(delta, after.length - base.length);
        assert.ok(prefix + suffix <= Math.min(base.length, after.length));
        assert.equal(base.slice(0, prefix), after.slice(0, prefix));
        assert.equal(base.slice(base.length - suffix), after.slice(after.length - suffix));
        // Maximal: one more character would differ.
        if (prefix + suffix < Math.min(base.length, after.length))
          assert.notEqual(base[prefix], after[prefix]);
      },
    ),
    { numRuns: 300, seed: 5 },
  );
});

function summary(doc: ManifestDocument) {
  return { problems: doc.problems, manifest: doc.manifest, sections: doc.sections };
}

// Two slices with the same text used to share one parse, and moving one's entries into place moved
// the other's: 3,000 equal names reported their duplicates on line 1026 instead of 3, 4, 5...
test('a file with repeated identical blocks reports every duplicate on its own line', () => {
  const text = `attributes:\n${'  - x\n'.repeat(3000)}clientTags:\n  - y\n`;
  const analyzer = createManifestAnalyzer();
  const whole = createManifestAnalyzer({ incremental: false }).analyze(text);
  const sliced = analyzer.analyze(text);
  assert.equal(sliced.sliced, true);
  assert.deepEqual(summary(sliced), summary(whole));
  assert.equal(sliced.problems[0]?.range.start.line, 2);
  assert.equal(sliced.problems[2998]?.range.start.line, 3000);
  const edited = text.replace('  - x\n', '  - y\n');
  assert.deepEqual(
    summary(analyzer.analyze(edited)),
    summary(createManifestAnalyzer({ incremental: false }).analyze(edited)),
  );
});
