// Folds end at a section's last entry, and the "on TWIN"/"new" marks agree with what a push does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../client/helpers';
import { setup } from './fixtures';

const API = 'https://chat-api.twin24.ai/api/v1';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

test("folding the example: each section ends at its last entry, the next section's comment stays out", () => {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', 'company.twin.yaml'), 'utf8');
  const lines = text.split('\n');
  const { service, document } = setup(text);
  const sections = service
    .foldingRanges(document)
    .filter((r) => /^\w+:/.test(lines[r.startLine] ?? ''))
    .map((r) => [lines[r.startLine], lines[r.endLine]?.trim()]);
  assert.deepEqual(sections, [
    ['attributes:', 'description: Откуда клиент узнал о нас (реклама, знакомые, поиск)'],
    ['clientTags:', 'description: Клиент просил связываться только в чате'],
    ['sessionTags:', '- жалоба # разбирает старший смены'],
  ]);
  for (const r of service.foldingRanges(document))
    for (let line = r.startLine + 1; line <= r.endLine; line++)
      assert.doesNotMatch(
        lines[line] ?? '',
        /^#/,
        `a fold from line ${r.startLine} hides the comment on ${line}`,
      );
});

test('marks agree with a push: none on an invalid name, "duplicate" on a repeated one, warnings marked', () => {
  const text = [
    'attributes:',
    '  - ФИО',
    '  - "Теле\\u200Bфон"',
    '  - "  Город  "',
    '  - 2024',
    '  - фио',
    '  - Возраст',
    '',
  ].join('\n');
  const { service, document } = setup(text);
  service.setRemoteState({ api: API, sections: { attributes: ['ФИО'], clientTags: [], sessionTags: [] } });
  const marks = service.inlayHints(document, WHOLE).map((h) => [h.position.line, h.label]);
  // "  Город  " and 2024 carry only warnings, which do not stop a push: they are marked "new".
  assert.deepEqual(marks, [
    [1, 'on TWIN'],
    [3, 'new'],
    [4, 'new'],
    [5, 'duplicate'],
    [6, 'new'],
  ]);
});
