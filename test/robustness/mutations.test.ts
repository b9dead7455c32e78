// Generated and mutated manifests (fast-check, seeded, a fixed number of runs): truncation at every
// byte, binary noise, random edits, a BOM, CRLF, lone CR, tabs. The analyzer never throws, never reports
// a range outside the document, answers the same twice; over LSP, a document edited by incremental
// didChange gets exactly the diagnostics a fresh open of its final text gets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyzeManifest } from '../../core/src/manifest';
import { startLspClient, waitFor, type LspClient } from '../protocol/lspClient';
import { brokenManifest, exampleManifest, rangesOutside, failIfStillRunningAfter } from './support';

failIfStillRunningAfter(240, __filename);

/** Seeds and run counts: the same runs every time, however fast the machine (no time limit cuts one short). */
const SEED = 20261128;
const HANG_MS = 60_000;

/** Characters that matter to YAML and to the rules, for mutations. */
const YAMLISH = [
  ...'-: \n\t"\'[]{}#&*!|>%,?@`~',
  ...'aBzВИПяё0',
  '\r',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\ud83d\ude00',
  '\ud800',
  '  - ',
  '\n  - name: ',
  '\nattributes:\n',
  '*a',
  '&a ',
];
const yamlish = (maxLength: number) => fc.string({ unit: fc.constantFrom(...YAMLISH), maxLength });

/** Analyses `text`, checking what every analysis must satisfy; returns the answer. */
function analyzeChecked(text: string, what: string) {
  const first = analyzeManifest(text);
  assert.deepEqual(rangesOutside(text, first.diagnostics), [], `${what}: ranges inside the document`);
  assert.deepEqual(analyzeManifest(text), first, `${what}: the same input gives the same answer`);
  if (first.manifest === null)
    assert.ok(
      first.diagnostics.some((d) => d.severity === 'error'),
      `${what}: rejected with an error saying why`,
    );
  return first;
}

describe('mutated manifests through the analyzer', () => {
  test('truncated at every byte (the example and the broken example, UTF-8)', () => {
    for (const [name, text] of [
      ['company', exampleManifest()],
      ['broken', brokenManifest()],
    ] as const) {
      const bytes = Buffer.from(text, 'utf8');
      for (let n = 0; n <= bytes.length; n++)
        analyzeChecked(bytes.subarray(0, n).toString('utf8'), `${name} cut at byte ${n}`);
    }
  });

  test('binary noise, read as UTF-8 and as Latin-1 (seeded)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        analyzeChecked(buffer.toString('utf8'), 'noise as UTF-8');
        analyzeChecked(buffer.toString('latin1'), 'noise as Latin-1');
        analyzeChecked(`attributes:\n  - ${buffer.toString('latin1')}\n`, 'noise as a name');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('random edits of valid manifests (seeded)', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: yamlish(30) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let text = exampleManifest();
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.length);
          analyzeChecked(text, 'after an edit');
        }
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  test('a BOM, CRLF and lone-CR line ends report what the plain file reports, on the same lines', () => {
    const plain = brokenManifest();
    const codesAndLines = (text: string) =>
      analyzeChecked(text, 'variant').diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`);
    const expected = codesAndLines(plain);
    assert.ok(expected.length > 5, 'the broken example has problems to compare');
    assert.deepEqual(codesAndLines(`\ufeff${plain}`), expected, 'with a byte order mark');
    assert.deepEqual(codesAndLines(plain.replace(/\n/g, '\r\n')), expected, 'with CRLF line ends');
    // The YAML parser does not take a lone CR as a line end; the answer must still fit the editor's lines.
    analyzeChecked(plain.replace(/\n/g, '\r'), 'with lone CR line ends');
    analyzeChecked('attributes:\r  - a\r  - a\r', 'lone CR, short');
    analyzeChecked('attributes:\n  - "x\r"\n  - "y\r\n"\n', 'a CR inside a quoted name');
  });

  test('10,000-deep nesting is one clear error at a fixed place, not a parser stack overflow', () => {
    for (const text of [
      `attributes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
      `attributes:\n  ${'- '.repeat(10_000)}x\n`,
      `clientTags: [a]\nattributes: ${'[{a: '.repeat(10_000)}\n`,
    ]) {
      const result = analyzeChecked(text, 'deep');
      assert.equal(result.manifest, null);
      assert.deepEqual(
        result.diagnostics.map((d) => [d.code, d.message]),
        [['yaml-syntax', 'YAML syntax error: Nested more than 200 levels deep (a manifest needs three)']],
      );
    }
    // Nesting a manifest could really have, and brackets inside names, are not mistaken for depth.
    const plainBrackets = Array.from({ length: 5_000 }, (_, n) => `  - a[b ${n}\n`).join('');
    assert.notEqual(
      analyzeChecked(`attributes:\n${plainBrackets}`, 'brackets in plain names').manifest,
      null,
    );
    const quotedBrackets = Array.from({ length: 5_000 }, (_, n) => `"[${n}"`).join(', ');
    assert.equal(
      analyzeManifest(`attributes: [${quotedBrackets}]\n`).manifest?.sections.attributes.length,
      5_000,
    );
  });

  test('tab indentation is a clear syntax error, not a crash', () => {
    const tabbed = analyzeChecked(exampleManifest().replace(/^ {2}/gm, '\t'), 'tab-indented');
    assert.equal(tabbed.manifest, null);
    assert.ok(tabbed.diagnostics.some((d) => d.code === 'yaml-syntax' && /tab/i.test(d.message)));
  });
});

describe('mutated manifests through the real server over LSP', () => {
  let client: LspClient;
  const logged: string[] = [];
  before(async () => {
    client = await startLspClient({ locale: 'en' });
    client.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logged.push(p.message);
    });
  });
  after(async () => {
    await client.stop();
  });

  const latest = (uri: string) => {
    for (let i = client.published.length - 1; i >= 0; i--) {
      const p = client.published[i];
      if (p?.uri === uri) return p;
    }
    return undefined;
  };

  test('every byte-truncation of the example, opened fresh: diagnostics inside the document', async () => {
    const bytes = Buffer.from(exampleManifest(), 'utf8');
    const docs = Array.from({ length: bytes.length + 1 }, (_, n) => ({
      uri: `file:///tmp/twin-robustness/cut/${n}.twin.yaml`,
      text: bytes.subarray(0, n).toString('utf8'),
    }));
    for (const d of docs) await client.open(d.uri, d.text);
    await waitFor(() => docs.every((d) => latest(d.uri)), 'diagnostics of every truncation', HANG_MS);
    const outside = docs.flatMap((d) => rangesOutside(d.text, latest(d.uri)?.diagnostics ?? []));
    assert.deepEqual(outside, []);
    for (const d of docs) await client.notify('textDocument/didClose', { textDocument: { uri: d.uri } });
  });

  test('random incremental edits give the diagnostics of a fresh open of the final text (seeded)', async () => {
    const edit = fc.record({
      from: fc.nat(),
      length: fc.nat({ max: 30 }),
      insert: yamlish(20),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 10 }), async (edits) => {
        run++;
        const edited = `file:///tmp/twin-robustness/edit/${run}.twin.yaml`;
        const fresh = `file:///tmp/twin-robustness/fresh/${run}.twin.yaml`;
        let text = exampleManifest();
        await client.open(edited, text);
        let version = 1;
        for (const e of edits) {
          // Never between the \r and \n of a line end: an editor has no position there.
          const start = outsideCrlf(text, e.from % (text.length + 1));
          const end = outsideCrlf(text, Math.min(text.length, start + e.length));
          // Ranges in the editor's terms: positions of the text as it is before this change.
          const range = { start: positionAt(text, start), end: positionAt(text, end) };
          text = text.slice(0, start) + e.insert + text.slice(end);
          await client.change(edited, ++version, range, e.insert);
        }
        await client.open(fresh, text);
        const final = version;
        const viaEdits = await client.diagnostics(edited, (_d, p) => p.version === final, HANG_MS);
        const viaOpen = await client.diagnostics(fresh, () => true, HANG_MS);
        assert.deepEqual(
          sameUri(viaEdits, edited),
          sameUri(viaOpen, fresh),
          `edits ${JSON.stringify(edits)}`,
        );
        assert.deepEqual(rangesOutside(text, viaOpen), []);
        // Every feature answers on the edited document, at a place the edits touched.
        const textDocument = { uri: edited };
        const position = positionAt(text, outsideCrlf(text, (edits[0]?.from ?? 0) % (text.length + 1)));
        await client.request('textDocument/hover', { textDocument, position });
        await client.request('textDocument/completion', { textDocument, position });
        await client.request('textDocument/documentSymbol', { textDocument });
        await client.request('textDocument/foldingRange', { textDocument });
        await client.request('textDocument/codeAction', {
          textDocument,
          range: { start: position, end: position },
          context: { diagnostics: viaEdits },
        });
        await client.notify('textDocument/didClose', { textDocument: { uri: edited } });
        await client.notify('textDocument/didClose', { textDocument: { uri: fresh } });
      }),
      { seed: SEED, numRuns: 80 },
    );
    assert.ok(run > 0);
    console.log(`incremental-edit runs over LSP: ${run}`);
    assert.deepEqual(
      logged.filter((m) => /failed/.test(m)),
      [],
      'no feature threw',
    );
  });

  test('the same text opened twice gives the same diagnostics', async () => {
    const text = `${brokenManifest()}\n${'attributes:\r  - a\r'}`;
    const a = 'file:///tmp/twin-robustness/same/a.twin.yaml';
    const b = 'file:///tmp/twin-robustness/same/b.twin.yaml';
    await client.open(a, text);
    await client.open(b, text);
    const first: Diagnostic[] = await client.diagnostics(a, () => true, HANG_MS);
    const second: Diagnostic[] = await client.diagnostics(b, () => true, HANG_MS);
    assert.ok(first.length > 0);
    assert.deepEqual(sameUri(second, b), sameUri(first, a));
  });
});

/** The LSP position of an offset (lines break at \r\n, \n and a lone \r, as in editors). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function outsideCrlf(text: string, offset: number): number {
  return offset > 0 && text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset;
}

/** Diagnostics with their document's URI (in related information) replaced, to compare two documents. */
function sameUri(diagnostics: Diagnostic[], uri: string): unknown {
  return JSON.parse(JSON.stringify(diagnostics).split(JSON.stringify(uri)).join('"<document>"')) as unknown;
}
