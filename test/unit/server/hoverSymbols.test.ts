import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionOf, setup } from './fixtures';

const TEXT = `version: 1
attributes:
  - ФИО
  - name: Возраст
    description: полных лет
clientTags:
  - ВИП-клиент
  - BИП-клиент
`;

function hoverText(text: string, marker: string, locale: 'en' | 'ru' = 'en'): string {
  const { service, document } = setup(text, locale);
  const hover = service.hover(document, positionOf(text, marker));
  const contents = hover?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

test('hover on a section key says what it is and which API call it becomes, in both languages', () => {
  assert.match(hoverText(TEXT, 'clientTags'), /POST \/clients\/tags/);
  assert.match(hoverText(TEXT, 'attributes', 'ru'), /атрибуты клиента/i);
  assert.match(hoverText(TEXT, 'attributes', 'ru'), /POST \/clients\/attributes/);
});

test('hover on an entry shows its normalised form and its duplicates', () => {
  const value = hoverText(TEXT, 'BИП');
  assert.match(value, /вип-клиент/);
  assert.match(value, /ВИП-клиент \(line 7\)/);
  assert.match(hoverText(TEXT, 'ФИО'), /No duplicates/);
});

test('document symbols: sections with their entries', () => {
  const { service, document } = setup(TEXT);
  const symbols = service.documentSymbols(document);
  assert.deepEqual(
    symbols.map((s) => [s.name, s.children?.map((c) => c.name) ?? []]),
    [
      ['version', []],
      ['attributes', ['ФИО', 'Возраст']],
      ['clientTags', ['ВИП-клиент', 'BИП-клиент']],
    ],
  );
  assert.equal(symbols[1]?.children?.[1]?.detail, 'полных лет');
});

test('folding ranges: each section and each multi-line entry', () => {
  const { service, document } = setup(TEXT);
  assert.deepEqual(service.foldingRanges(document), [
    { startLine: 1, endLine: 4 },
    { startLine: 3, endLine: 4 },
    { startLine: 5, endLine: 7 },
  ]);
});
