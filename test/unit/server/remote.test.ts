import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../manifest/helpers';
import { setup } from './fixtures';

const API = 'https://chat-api.twin24.ai/api/v1';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

test('inlay hints mark entries "on TWIN" or "new" by normalised name; Russian labels', () => {
  const text = 'attributes:\n  - ФИО\n  - Город\n';
  const { service, document } = setup(text, 'ru');
  assert.deepEqual(service.inlayHints(document, WHOLE), []);
  service.setRemoteState({ api: API, sections: { attributes: ['фио '], clientTags: [], sessionTags: [] } });
  const hints = service.inlayHints(document, WHOLE);
  assert.deepEqual(
    hints.map((h) => [h.position, h.label]),
    [
      [{ line: 1, character: 7 }, 'в TWIN'],
      [{ line: 2, character: 9 }, 'новый'],
    ],
  );
  service.setRemoteState(null);
  assert.deepEqual(service.inlayHints(document, WHOLE), []);
});

test('remote-only: information on the section key; the fix appends the missing names keeping comments', () => {
  const text = 'attributes: # поля\n  - ФИО # имя\n# хвост\nclientTags:\n  - ВИП\n';
  const { service, document } = setup(text);
  service.setRemoteState({
    api: API,
    sections: { attributes: ['ФИО', 'Номер договора', '2024'], clientTags: ['вип'], sessionTags: ['кредит'] },
  });
  const remoteOnly = service.diagnostics(document).filter((d) => d.code === 'remote-only');
  assert.deepEqual(
    remoteOnly.map((d) => [d.severity, d.range.start.line]),
    [
      [3, 0],
      [3, 0],
    ],
  );
  const onAttributes = remoteOnly[0]!;
  assert.match(onAttributes.message, /2 items/);
  const [fix] = service.codeActions(document, onAttributes.range, {
    diagnostics: [onAttributes],
    only: ['quickfix'],
  });
  assert.equal(fix?.title, 'Add 2 items from TWIN');
  const edits = fix?.edit?.changes?.[document.uri] ?? [];
  assert.equal(
    applyEdits(text, edits),
    'attributes: # поля\n  - ФИО # имя\n  - Номер договора\n  - "2024"\n# хвост\nclientTags:\n  - ВИП\n',
  );
});

test('remote-only for a section the file lacks adds the section', () => {
  const text = 'attributes:\n  - ФИО';
  const { service, document } = setup(text, 'ru');
  service.setRemoteState({ api: API, sections: { attributes: [], clientTags: [], sessionTags: ['кредит'] } });
  const [problem] = service.problems(document).filter((p) => p.code === 'remote-only');
  assert.equal(problem?.fix?.title, 'Добавить 1 запись из TWIN');
  assert.match(problem?.message ?? '', /раздела «sessionTags» в файле нет: кредит/);
  assert.equal(
    applyEdits(text, problem?.fix?.edits ?? []),
    'attributes:\n  - ФИО\nsessionTags:\n  - кредит\n',
  );
});

test('nothing is reported when the file has everything the platform has', () => {
  const { service, document } = setup('attributes:\n  - ФИО\n');
  service.setRemoteState({ api: API, sections: { attributes: ['фио'], clientTags: [], sessionTags: [] } });
  assert.deepEqual(service.diagnostics(document), []);
});
