// Hostile sizes and shapes through the real server over LSP: 5 MB files, 10,000-deep nesting, alias
// bombs, very long lines, names and keys. After each the server answers a request (it is responsive),
// its resident memory stays bounded, its diagnostics lie inside the document, and the same text opened
// again gives the same diagnostics.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver/node';
import { startLspClient, type LspClient } from '../protocol/lspClient';
import { rangesOutside, residentBytes, failIfStillRunningAfter } from './support';

failIfStillRunningAfter(240, __filename);

/** A hang, not slowness, fails: a 5 MB file is analysed in a few seconds even on a busy machine. */
const HANG_MS = 60_000;
/**
 * Resident memory the server may use at any point. It starts near 60 MB; a 5 MB document costs a few
 * hundred MB while it is parsed (the message, the text, the parse), and V8 returns memory lazily, so
 * the peak seen here is ~1 GB after the whole list. An alias bomb expanded, or a leak per document,
 * would pass this bound by far.
 */
const MAX_RSS = 1536 * 1024 * 1024;
const DEPTH = 10_000;

function fiveMegabyteList(): string {
  const lines = ['version: 1', 'attributes:'];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const line = `  - Имя номер ${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** "Billion laughs": ten levels of ten aliases each; expanded it would be 10^9 nodes. */
function aliasBomb(prefix: string, indent: string): string {
  let text = `${indent}- &${prefix}0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let level = 1; level <= 9; level++)
    text += `${indent}- &${prefix}${level} [${Array(10)
      .fill(`*${prefix}${level - 1}`)
      .join(', ')}]\n`;
  return text;
}

const INPUTS: ReadonlyArray<[string, () => string]> = [
  ['a 5 MB list of names', fiveMegabyteList],
  ['a 5 MB name on one line', () => `attributes:\n  - ${'я'.repeat(5_000_000)}\n`],
  ['a 5 MB comment', () => `# ${'x'.repeat(5_000_000)}\nattributes: [a]\n`],
  [`${DEPTH}-deep flow sequences`, () => `attributes: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
  [`${DEPTH}-deep flow mappings`, () => `attributes: ${'{a: '.repeat(DEPTH)}x${'}'.repeat(DEPTH)}\n`],
  [`${DEPTH}-deep block sequences`, () => `attributes:\n  ${'- '.repeat(DEPTH)}x\n`],
  [`${DEPTH}-deep, never closed`, () => `attributes: ${'[{a: '.repeat(DEPTH)}\nclientTags: [b]\n`],
  [`a name ${DEPTH}-deep`, () => `attributes:\n  - name: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
  ['an alias bomb at the top level', () => `bomb:\n${aliasBomb('a', '  ')}attributes: *a9\n`],
  ['an alias bomb inside a section', () => `attributes:\n${aliasBomb('b', '  ')}  - name: *b9\n`],
  [
    'an alias bomb as a name',
    () => `x: &n ${'['.repeat(20)}${']'.repeat(20)}\nattributes:\n  - *n\n  - name: *n\n`,
  ],
  [
    'a one-line flow list of 200,000 names',
    () => `attributes: [${Array.from({ length: 200_000 }, (_, i) => `n${i}`).join(', ')}]\n`,
  ],
  ['a 100,000-character name', () => `clientTags:\n  - "${'Ж'.repeat(100_000)}"\n`],
  ['a 1,000,000-character key', () => `${'k'.repeat(1_000_000)}: 1\nattributes: [a]\n`],
  ['50,000 duplicate names', () => `sessionTags:\n${'  - дубль\n'.repeat(50_000)}`],
  ['two equal 1,000,000-character names', () => `attributes:\n${`  - ${'Щ'.repeat(1_000_000)}\n`.repeat(2)}`],
];

describe('hostile sizes and shapes through the real server over LSP', () => {
  let client: LspClient;
  const logged: string[] = [];
  const peaks: string[] = [];
  before(async () => {
    client = await startLspClient({ locale: 'en' });
    client.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logged.push(p.message);
    });
  });
  after(async () => {
    await client.stop();
    // For the report: how much memory each input took (printed, not asserted beyond MAX_RSS).
    console.log(`server RSS after each input: ${peaks.join('; ')}`);
  });

  INPUTS.forEach(([title, make], n) => {
    test(`${title}: diagnostics inside the document, the server answers next, memory bounded`, async () => {
      const text = make();
      const uri = `file:///tmp/twin-robustness/big/${n}.twin.yaml`;
      const again = `file:///tmp/twin-robustness/big/${n}-again.twin.yaml`;
      await client.open(uri, text);
      const diagnostics: Diagnostic[] = await client.diagnostics(uri, () => true, HANG_MS);
      assert.deepEqual(rangesOutside(text, diagnostics), []);
      // A clear message quotes at most a readable part of a name or key, however long it is.
      for (const d of diagnostics)
        assert.ok(d.message.length < 400, `${String(d.code)}: ${d.message.length} chars`);
      // Responsive: a request after the input is answered.
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 1, character: 4 },
      });
      assert.ok(hover === null || typeof hover === 'object');
      const rss = residentBytes(client.child.pid ?? 0);
      peaks.push(`${title} ${Math.round(rss / 1e6)} MB`);
      assert.ok(rss < MAX_RSS, `resident memory ${Math.round(rss / 1e6)} MB`);
      // Deterministic: the same text again, as a second document, gives the same diagnostics.
      await client.open(again, text);
      const second: Diagnostic[] = await client.diagnostics(again, () => true, HANG_MS);
      assert.equal(JSON.stringify(second).split(again).join(uri), JSON.stringify(diagnostics));
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await client.notify('textDocument/didClose', { textDocument: { uri: again } });
    });
  });

  test('after all of them, a small manifest still gets its diagnostics and nothing threw', async () => {
    const uri = 'file:///tmp/twin-robustness/big/after.twin.yaml';
    await client.open(uri, 'attributes:\n  - ФИО\n  - фио\n');
    const diagnostics = await client.diagnostics(uri, () => true, HANG_MS);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['duplicate-name'],
    );
    assert.deepEqual(
      logged.filter((m) => /failed/.test(m)),
      [],
    );
    assert.ok(residentBytes(client.child.pid ?? 0) < MAX_RSS);
  });
});
