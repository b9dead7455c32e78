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

/** What the hover at a place must show: a text it contains, or nothing (null) where nothing can be read. */
interface HoverCheck {
  line: number;
  character: number;
  shows: RegExp | null;
}

/** One hostile input, the hover expected on it, and (for some) the diagnostics it must give. */
interface Input {
  title: string;
  make: () => string;
  hover: HoverCheck;
  diagnostics?: (diagnostics: readonly Diagnostic[]) => void;
}

const SECTION_HOVER = /^\*\*attributes\*\*: client attributes/;
const NO_DUPLICATES = /No duplicates in this section\./;
/** Too deep to read: one syntax error and no model, so nothing to show. */
const NOTHING = null;

const MANY_KEYS = 20_000;
const manyKeys = () => Array.from({ length: MANY_KEYS }, (_, i) => `key${i}: 1`);

/** 20,000 unknown keys, the first repeated at the end: each unknown once, the repeat as a duplicate. */
function checkManyKeys(diagnostics: readonly Diagnostic[]): void {
  const byCode = new Map<string, number>();
  for (const d of diagnostics) byCode.set(String(d.code), (byCode.get(String(d.code)) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(byCode), { 'unknown-key': MANY_KEYS + 1, 'yaml-syntax': 1 });
  const unknown = diagnostics.filter((d) => d.code === 'unknown-key').map((d) => d.message);
  assert.equal(unknown[0], 'Unknown key "key0". Did you mean "version"?');
  assert.equal(new Set(unknown).size, MANY_KEYS, 'each key once, and the repeat');
  const repeat = diagnostics.filter((d) => d.code === 'yaml-syntax');
  assert.deepEqual(
    repeat.map((d) => d.message),
    ['The key "key0" appears more than once.'],
  );
}

const INPUTS: readonly Input[] = [
  {
    title: 'a 5 MB list of names',
    make: fiveMegabyteList,
    hover: { line: 1, character: 4, shows: SECTION_HOVER },
  },
  {
    title: 'a 5 MB name on one line',
    make: () => `attributes:\n  - ${'я'.repeat(5_000_000)}\n`,
    hover: { line: 1, character: 4, shows: NO_DUPLICATES },
  },
  {
    title: 'a 5 MB comment',
    make: () => `# ${'x'.repeat(5_000_000)}\nattributes: [a]\n`,
    hover: { line: 1, character: 4, shows: SECTION_HOVER },
  },
  {
    title: `${DEPTH}-deep flow sequences`,
    make: () => `attributes: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    hover: { line: 0, character: 4, shows: NOTHING },
  },
  {
    title: `${DEPTH}-deep flow mappings`,
    make: () => `attributes: ${'{a: '.repeat(DEPTH)}x${'}'.repeat(DEPTH)}\n`,
    hover: { line: 0, character: 4, shows: NOTHING },
  },
  {
    title: `${DEPTH}-deep block sequences`,
    make: () => `attributes:\n  ${'- '.repeat(DEPTH)}x\n`,
    hover: { line: 0, character: 4, shows: NOTHING },
  },
  {
    title: `${DEPTH}-deep, never closed`,
    make: () => `attributes: ${'[{a: '.repeat(DEPTH)}\nclientTags: [b]\n`,
    hover: { line: 1, character: 4, shows: NOTHING },
  },
  {
    title: `a name ${DEPTH}-deep`,
    make: () => `attributes:\n  - name: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    hover: { line: 0, character: 4, shows: NOTHING },
  },
  {
    title: 'an alias bomb at the top level',
    make: () => `bomb:\n${aliasBomb('a', '  ')}attributes: *a9\n`,
    hover: { line: 11, character: 4, shows: SECTION_HOVER },
  },
  {
    title: 'an alias bomb inside a section',
    make: () => `attributes:\n${aliasBomb('b', '  ')}  - name: *b9\n`,
    hover: { line: 0, character: 4, shows: SECTION_HOVER },
  },
  {
    title: 'an alias bomb as a name',
    make: () => `x: &n ${'['.repeat(20)}${']'.repeat(20)}\nattributes:\n  - *n\n  - name: *n\n`,
    hover: { line: 1, character: 4, shows: SECTION_HOVER },
  },
  {
    title: 'a one-line flow list of 200,000 names',
    make: () => `attributes: [${Array.from({ length: 200_000 }, (_, i) => `n${i}`).join(', ')}]\n`,
    hover: {
      line: 0,
      character: 21,
      shows: /^\*\*n2\*\*\n\nNormalised: `n2`\n\nNo duplicates in this section\.$/,
    },
  },
  {
    title: 'a 100,000-character name',
    make: () => `clientTags:\n  - "${'Ж'.repeat(100_000)}"\n`,
    hover: { line: 1, character: 5, shows: NO_DUPLICATES },
  },
  {
    title: 'a 1,000,000-character key',
    make: () => `${'k'.repeat(1_000_000)}: 1\nattributes: [a]\n`,
    hover: { line: 1, character: 4, shows: SECTION_HOVER },
  },
  {
    title: '50,000 duplicate names',
    make: () => `sessionTags:\n${'  - дубль\n'.repeat(50_000)}`,
    hover: {
      line: 1,
      character: 4,
      // The explanation of how names are compared may stand before the list; the list stops at 20.
      shows:
        /^\*\*дубль\*\*\n\nNormalised: `дубль`\n\n(?:[^\n]+\n\n)?Same name as: дубль \(line 3\), дубль \(line 4\),.* дубль \(line 22\) and 49979 more$/,
    },
  },
  {
    title: 'two equal 1,000,000-character names',
    make: () => `attributes:\n${`  - ${'Щ'.repeat(1_000_000)}\n`.repeat(2)}`,
    hover: { line: 1, character: 4, shows: /Same name as: Щ+ \(line 3\)$/ },
  },
  {
    title: `a one-line flow mapping of ${MANY_KEYS} unknown keys, one repeated`,
    make: () => `{attributes: [Имя], ${manyKeys().join(', ')}, key0: 2}\n`,
    hover: { line: 0, character: 4, shows: SECTION_HOVER },
    diagnostics: checkManyKeys,
  },
  {
    title: `a block mapping of ${MANY_KEYS} unknown keys, one repeated`,
    make: () => `attributes:\n  - Имя\n${manyKeys().join('\n')}\nkey0: 2\n`,
    hover: { line: 0, character: 4, shows: SECTION_HOVER },
    diagnostics: checkManyKeys,
  },
];

function assertHover(hover: Hover | null, shows: RegExp | null): void {
  if (shows === null) {
    assert.equal(hover, null);
    return;
  }
  const contents = hover?.contents;
  const value = contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
  assert.match(value, shows, `hover: ${value.slice(0, 200)}`);
}

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

  INPUTS.forEach(({ title, make, hover: expected, diagnostics: check }, n) => {
    test(`${title}: diagnostics inside the document, the hover answers, memory bounded`, async () => {
      const text = make();
      const uri = `file:///tmp/twin-robustness/big/${n}.twin.yaml`;
      const again = `file:///tmp/twin-robustness/big/${n}-again.twin.yaml`;
      await client.open(uri, text);
      const diagnostics: Diagnostic[] = await client.diagnostics(uri, () => true, HANG_MS);
      assert.deepEqual(rangesOutside(text, diagnostics), []);
      // A clear message quotes at most a readable part of a name or key, however long it is.
      for (const d of diagnostics)
        assert.ok(d.message.length < 400, `${String(d.code)}: ${d.message.length} chars`);
      check?.(diagnostics);
      // Responsive and right: a request after the input is answered with what that place shows.
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: expected.line, character: expected.character },
      });
      assertHover(hover, expected.shows);
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
