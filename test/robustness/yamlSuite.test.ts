// Every case of the public YAML test suite, as a whole document and spliced into a manifest section,
// through the analyzer and through the real server over LSP: diagnostics (or none), never a throw,
// never a range outside the document, the same answer twice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import YAML from 'yaml';
import { analyzeManifest } from '../../core/src/manifest';
import { duplicateKeyErrors } from '../../core/src/manifest/duplicateKeys';
import { startLspClient, waitFor, type LspClient } from '../protocol/lspClient';
import {
  loadYamlSuite,
  rangesOutside,
  splicedIntoSection,
  splicedRaw,
  type YamlCase,
  failIfStillRunningAfter,
} from './support';

failIfStillRunningAfter(240, __filename);

/** The three ways each case is fed in. */
const VARIANTS: ReadonlyArray<[string, (yaml: string) => string]> = [
  ['whole', (yaml) => yaml],
  ['section', splicedIntoSection],
  ['raw', splicedRaw],
];

/** A bound on waiting for the server: a hang, not slowness, fails the test. */
const HANG_MS = 120_000;

const cases: YamlCase[] = loadYamlSuite();

describe('YAML test suite through the analyzer', () => {
  test(`the suite is all there (${cases.length} cases)`, () => {
    // 351 files in the copy beside the clone; several hold more than one case.
    assert.ok(cases.length >= 351, `${cases.length} cases`);
    assert.ok(cases.some((c) => c.fail) && cases.some((c) => c.yaml.includes('\t')));
  });

  test('every case: our one-pass duplicate-key check reports exactly what the yaml library reports', () => {
    const differ: string[] = [];
    let found = 0;
    for (const c of cases) {
      const positions = (errors: Array<{ code: string; start: number }>) =>
        errors
          .filter((e) => e.code === 'DUPLICATE_KEY')
          .map((e) => e.start)
          .sort((a, b) => a - b)
          .join(',');
      const library = YAML.parseAllDocuments(c.yaml, { prettyErrors: false });
      const ours = YAML.parseAllDocuments(c.yaml, { prettyErrors: false, uniqueKeys: false });
      if (!Array.isArray(library) || !Array.isArray(ours)) continue;
      const expected = positions(
        library.flatMap((d) => d.errors.map((e) => ({ code: e.code, start: e.pos[0] }))),
      );
      const actual = positions(
        ours.flatMap((d) => duplicateKeyErrors(d).map((e) => ({ code: e.code, start: e.span.start }))),
      );
      if (expected !== '') found++;
      if (actual !== expected) differ.push(`${c.id}: yaml ${expected}, ours ${actual}`);
    }
    assert.deepEqual(differ, []);
    assert.ok(found >= 2, `${found} cases with a duplicate key`);
  });

  for (const [variant, make] of VARIANTS)
    test(`every case ${variant === 'whole' ? 'as a whole document' : `spliced (${variant})`}: no throw, ranges inside, deterministic`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        const text = make(c.yaml);
        try {
          const first = analyzeManifest(text);
          const outside = rangesOutside(text, first.diagnostics);
          if (outside.length > 0) failures.push(`${c.id}: outside the document: ${outside.join(', ')}`);
          assert.deepEqual(analyzeManifest(text), first, `${c.id}: the same input gives the same answer`);
          if (first.manifest === null && !first.diagnostics.some((d) => d.severity === 'error'))
            failures.push(`${c.id}: rejected without an error saying why`);
        } catch (e) {
          failures.push(`${c.id}: ${(e as Error).message}`);
        }
      }
      assert.deepEqual(failures, []);
    });
});

describe('YAML test suite through the real server over LSP', () => {
  let client: LspClient;
  const logged: string[] = [];
  before(async () => {
    client = await startLspClient({ locale: 'en' });
    // The server logs a feature that threw as "<feature> failed: <stack>" (startServer.ts `safely`).
    client.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logged.push(p.message);
    });
  });
  after(async () => {
    await client.stop();
  });

  test('every case in every variant: diagnostics inside the document, every feature answers, nothing thrown', async () => {
    const docs = cases.flatMap((c) =>
      VARIANTS.map(([variant, make]) => ({
        uri: `file:///tmp/twin-robustness/suite/${encodeURIComponent(c.id)}.${variant}.twin.yaml`,
        text: make(c.yaml),
      })),
    );
    for (const d of docs) await client.open(d.uri, d.text);
    const latest = new Map<string, Diagnostic[]>();
    await waitFor(
      () => {
        for (const p of client.published) latest.set(p.uri, p.diagnostics);
        return docs.every((d) => latest.has(d.uri));
      },
      `diagnostics for all ${docs.length} documents`,
      HANG_MS,
    );
    const failures: string[] = [];
    for (const d of docs) {
      const diagnostics = latest.get(d.uri) ?? [];
      const outside = rangesOutside(d.text, diagnostics);
      if (outside.length > 0) failures.push(`${d.uri}: ${outside.join(', ')}`);
      const at = diagnostics[0]?.range.start ?? { line: 0, character: 0 };
      const textDocument = { uri: d.uri };
      // Each feature on each input: an answer (maybe empty), never an error response.
      await client.request('textDocument/hover', { textDocument, position: at });
      await client.request('textDocument/completion', { textDocument, position: at });
      await client.request('textDocument/documentSymbol', { textDocument });
      await client.request('textDocument/foldingRange', { textDocument });
      await client.request('textDocument/codeAction', {
        textDocument,
        range: diagnostics[0]?.range ?? { start: at, end: at },
        context: { diagnostics },
      });
      await client.request('twin/manifest', { uri: d.uri });
      await client.notify('textDocument/didClose', { textDocument });
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(
      logged.filter((m) => /failed/.test(m)),
      [],
      'no feature threw',
    );
    assert.equal(client.child.exitCode, null, 'the server is still running');
  });
});
