// A feature handler that throws must not take the server down: the request fails (an error answer or
// an empty one, logged), and the next request works. The throws are provoked through the public
// protocol alone, with what a broken or hostile client could send; no test hook is needed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hover } from 'vscode-languageserver/node';
import { startLspClient, type LspClient } from '../protocol/lspClient';
import { failIfStillRunningAfter } from './support';

failIfStillRunningAfter(240, __filename);

const GOOD = 'file:///tmp/twin-robustness/crash/good.twin.yaml';
const HANG_MS = 30_000;

/** What each malformed message provokes inside the server. */
const PROVOCATIONS: ReadonlyArray<{
  title: string;
  method: string;
  params: unknown;
  notification?: boolean;
}> = [
  { title: 'hover without a document', method: 'textDocument/hover', params: {} },
  { title: 'completion with null params', method: 'textDocument/completion', params: null },
  {
    title: 'code actions without a context (throws inside the service)',
    method: 'textDocument/codeAction',
    params: {
      textDocument: { uri: GOOD },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    },
  },
  {
    title: 'inlay hints without a range (throws inside the service once remote state is set)',
    method: 'textDocument/inlayHint',
    params: { textDocument: { uri: GOOD } },
  },
  {
    title: 'hover at a position far outside the document',
    method: 'textDocument/hover',
    params: { textDocument: { uri: GOOD }, position: { line: -7, character: 1e12 } },
  },
  {
    title: 'completion at a position that is not numbers',
    method: 'textDocument/completion',
    params: { textDocument: { uri: GOOD }, position: { line: 'x', character: null } },
  },
  {
    title: 'twin/manifest for a URI that is not a file',
    method: 'twin/manifest',
    params: { uri: 'not a uri' },
  },
  {
    title: 'twin/manifest for a file that does not exist',
    method: 'twin/manifest',
    params: { uri: 'file:///nope/x.twin.yaml' },
  },
  { title: 'twin/manifest with no params', method: 'twin/manifest', params: null },
  {
    title: 'remote state of the wrong shape',
    method: 'twin/remoteState',
    params: { api: 5, sections: { attributes: 7, clientTags: [null, {}], sessionTags: 'x' } },
    notification: true,
  },
  {
    title: 'a document opened with null text',
    method: 'textDocument/didOpen',
    params: {
      textDocument: {
        uri: 'file:///tmp/twin-robustness/crash/null.twin.yaml',
        languageId: 'twin-yaml',
        version: 1,
        text: null,
      },
    },
    notification: true,
  },
  {
    title: 'a change to a document never opened',
    method: 'textDocument/didChange',
    params: {
      textDocument: { uri: 'file:///never-opened.twin.yaml', version: 2 },
      contentChanges: [{ text: 'x' }],
    },
    notification: true,
  },
  { title: 'a method the server does not know', method: 'twin/doesNotExist', params: { x: 1 } },
];

describe('a throwing feature handler does not take the server down', () => {
  let client: LspClient;
  const logged: string[] = [];
  let version = 1;
  before(async () => {
    client = await startLspClient({ locale: 'en' });
    client.connection.onNotification('window/logMessage', (p: { message: string }) => {
      logged.push(p.message);
    });
    await client.open(GOOD, 'attributes:\n  - ФИО\n  - фио\n');
    await client.diagnostics(GOOD, () => true, HANG_MS);
    // Remote state makes the inlay-hint feature run (it is skipped without one).
    await client.notify('twin/remoteState', {
      api: 'https://chat-api.twin24.ai/api/v1',
      sections: { attributes: ['ФИО'], clientTags: [], sessionTags: [] },
    });
  });
  after(async () => {
    await client.stop();
  });

  for (const p of PROVOCATIONS)
    test(`${p.title}: answered or refused, then the next requests work`, async () => {
      if (p.notification) await client.notify(p.method, p.params);
      else {
        // Either an error answer or a fallback answer: both are "the request failed cleanly".
        await client.request(p.method, p.params).catch((e: unknown) => {
          assert.ok(e instanceof Error && e.message.length > 0);
        });
      }
      // The next request works...
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: GOOD },
        position: { line: 2, character: 5 },
      });
      assert.match(JSON.stringify(hover), /Normalised/);
      // ...and so does the document sync: an edit gets fresh diagnostics.
      version++;
      const text = version % 2 === 0 ? 'Город' : 'фио';
      await client.change(
        GOOD,
        version,
        { start: { line: 2, character: 4 }, end: { line: 2, character: version % 2 === 0 ? 7 : 9 } },
        text,
      );
      const diagnostics = await client.diagnostics(GOOD, (_d, pub) => pub.version === version, HANG_MS);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        version % 2 === 0 ? [] : ['duplicate-name'],
      );
      assert.equal(client.child.exitCode, null, 'the server process is still running');
    });

  test('the throws really happened inside feature handlers and were logged', () => {
    const failures = logged.filter((m) => / failed: /.test(m));
    assert.ok(
      failures.some((m) => m.startsWith('code actions failed')),
      `logged: ${failures.map((m) => m.split('\n')[0]).join(' | ')}`,
    );
    assert.ok(
      failures.some((m) => m.startsWith('diagnostics failed')),
      'the null-text document',
    );
  });
});
