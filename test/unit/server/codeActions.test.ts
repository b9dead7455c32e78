import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-types';
import { applyEdits } from '../manifest/helpers';
import { setup } from './fixtures';

function apply(text: string, action: CodeAction | undefined, uri = 'file:///tmp/company.twin.yaml'): string {
  const edits = action?.edit?.changes?.[uri];
  if (!edits) throw new Error('no edit');
  return applyEdits(text, edits);
}

function quickFix(text: string, code: string): string {
  const { service, document } = setup(text);
  const diagnostics = service.diagnostics(document).filter((d) => d.code === code);
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const actions = service.codeActions(document, range, { diagnostics, only: ['quickfix'] });
  assert.equal(actions.length, 1, `one ${code} fix`);
  assert.equal(actions[0]?.kind, 'quickfix');
  return apply(text, actions[0]);
}

test('every quick fix applied through the code action changes the text as promised', () => {
  assert.equal(quickFix('atributes:\n  - a\n', 'unknown-key'), 'attributes:\n  - a\n');
  assert.equal(quickFix('attributes:\n  - "a\u200Bb"\n', 'invisible-char'), 'attributes:\n  - "ab"\n');
  assert.equal(
    quickFix('clientTags:\n  - ВИП\n  - вип # x\n  - Новый\n', 'duplicate-name'),
    'clientTags:\n  - ВИП\n  - Новый\n',
  );
  assert.equal(quickFix('clientTags:\n  - BИП\n', 'mixed-script'), 'clientTags:\n  - ВИП\n');
  assert.equal(quickFix("attributes:\n  - ' Город'\n", 'whitespace'), "attributes:\n  - 'Город'\n");
  assert.equal(quickFix('sessionTags:\n  - yes # да\n', 'non-string-name'), 'sessionTags:\n  - "yes" # да\n');
});

test('"Sort entries" sorts each section; comments move with the entry below them', () => {
  const text = `attributes:   # поля
  # про возраст
  - Возраст
  - name: Адрес
    description: где живёт
  # про город
  - Город
# конец
clientTags:
  - б
  - а
`;
  const { service, document } = setup(text);
  const actions = service.codeActions(
    document,
    { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    {
      diagnostics: [],
      only: ['source'],
    },
  );
  const sort = actions.find((a) => a.kind === 'source.sortEntries.twin');
  assert.equal(
    apply(text, sort),
    `attributes:   # поля
  # про возраст
  - name: Адрес
    description: где живёт
  - Возраст
  # про город
  - Город
# конец
clientTags:
  - а
  - б
`,
  );
});

test('"Sort entries" is not offered when everything is sorted', () => {
  const { service, document } = setup('attributes:\n  - а\n  - б\n');
  const actions = service.codeActions(
    document,
    { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    {
      diagnostics: [],
      only: ['source'],
    },
  );
  assert.equal(actions.length, 0);
});

test('"Remove all duplicates" removes every later duplicate in every section', () => {
  const text = 'attributes:\n  - ФИО\n  - фио\n  - Город\n  - ФИО \nsessionTags:\n  - кредит\n  - КРЕДИТ\n';
  const { service, document } = setup(text);
  const actions = service.codeActions(
    document,
    { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    {
      diagnostics: [],
      only: ['source.removeDuplicates.twin'],
    },
  );
  assert.equal(actions.length, 1);
  assert.equal(apply(text, actions[0]), 'attributes:\n  - ФИО\n  - Город\nsessionTags:\n  - кредит\n');
});

test('the light bulb (automatic, no kind asked) gets quick fixes only; an explicit request also gets source actions', () => {
  const text = 'attributes:\n  - б\n  - а\n  - а\n';
  const { service, document } = setup(text);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const automatic = service.codeActions(document, range, { diagnostics: [], triggerKind: 2 });
  assert.deepEqual(automatic, []);
  const invoked = service.codeActions(document, range, { diagnostics: [], triggerKind: 1 });
  assert.deepEqual(
    invoked.map((a) => a.kind),
    ['source.sortEntries.twin', 'source.removeDuplicates.twin'],
  );
});
