import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionOf, setup } from './fixtures';

test('at the top level: keys not yet present', () => {
  const text = 'version: 1\nattributes:\n  - ФИО\n\n';
  const { service, document } = setup(text);
  const labels = service.completion(document, { line: 3, character: 0 }).map((i) => i.label);
  assert.deepEqual(labels, ['clientTags', 'sessionTags']);
});

test('in a section: common names not yet in the file (by normalised name)', () => {
  const text = 'attributes:\n  - фио\n  - \n';
  const { service, document } = setup(text);
  const items = service.completion(document, { line: 2, character: 4 });
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('Телефон'));
  assert.ok(!labels.includes('ФИО'));
  assert.ok(!labels.includes('кредит'), 'session tags are not offered for attributes');
});

test('session tags get session names; the typed prefix is replaced', () => {
  const text = 'sessionTags:\n  - пре';
  const { service, document } = setup(text);
  const item = service
    .completion(document, positionOf(text, 'пре', true))
    .find((i) => i.label === 'предоплата');
  assert.ok(item?.textEdit && 'range' in item.textEdit);
  assert.deepEqual(item.textEdit.range.start, { line: 1, character: 4 });
});

test('inside a mapping entry: name/description not yet there', () => {
  const text = 'clientTags:\n  - name: ВИП\n    \n';
  const { service, document } = setup(text);
  assert.deepEqual(
    service.completion(document, { line: 2, character: 4 }).map((i) => i.label),
    ['description'],
  );
});

test('platform names missing from the file come first', () => {
  const text = 'attributes:\n  - ФИО\n  - \n';
  const { service, document } = setup(text);
  service.setRemoteState({
    api: 'https://chat-api.twin24.ai/api/v1',
    sections: { attributes: ['Номер договора', 'фио'], clientTags: [], sessionTags: [] },
  });
  const items = service.completion(document, { line: 2, character: 4 });
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.equal(sorted[0]?.label, 'Номер договора');
  assert.ok(!items.some((i) => i.label === 'фио'));
});

test('names that YAML would misread are inserted quoted', () => {
  const text = 'sessionTags:\n  - \n';
  const { service, document } = setup(text);
  service.setRemoteState({
    api: 'http://127.0.0.1:1',
    sections: { attributes: [], clientTags: [], sessionTags: ['2024', 'a: b'] },
  });
  const edits = service
    .completion(document, { line: 1, character: 4 })
    .filter((i) => i.label === '2024' || i.label === 'a: b')
    .map((i) => (i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : ''));
  assert.deepEqual(edits, ['"2024"', '"a: b"']);
});
