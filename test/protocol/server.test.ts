// The real bundled server (dist/server.js --stdio) over real LSP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fork } from 'node:child_process';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  type CompletionItem,
  type InlayHint,
} from 'vscode-languageserver/node';
import { SERVER_PATH, startLspClient, testUri, waitFor, type LspClient } from './lspClient';

const API = 'https://chat-api.twin24.ai/api/v1';

describe('language server over stdio (English)', () => {
  let client: LspClient;
  before(async () => {
    client = await startLspClient({ locale: 'en', settings: { 'twin.validation.maxNameLength': 12 } });
  });
  after(async () => {
    await client.stop();
  });

  test('publishes diagnostics on open and again after an incremental change', async () => {
    const uri = testUri('open-change.twin.yaml');
    await client.open(uri, 'attributes:\n  - ФИО\n  - фио\n');
    const first = await client.diagnostics(uri);
    assert.deepEqual(
      first.map((d) => [d.code, d.source, d.severity, d.range.start.line]),
      [['duplicate-name', 'twin', 1, 2]],
    );
    assert.equal(first[0]?.relatedInformation?.[0]?.location.range.start.line, 1);
    await client.change(
      uri,
      2,
      { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } },
      'Город',
    );
    const second = await client.diagnostics(uri, (_d, p) => p.version === 2);
    assert.deepEqual(second, []);
  });

  test('takes twin.validation.maxNameLength from workspace/configuration', async () => {
    const uri = testUri('setting.twin.yaml');
    await client.open(uri, 'attributes:\n  - Очень длинное имя\n');
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['name-too-long'],
    );
    assert.match(diagnostics[0]?.message ?? '', /limit is 12/);
  });

  test('completes section names', async () => {
    const uri = testUri('completion.twin.yaml');
    await client.open(uri, 'sessionTags:\n  - кредит\n  - \n');
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 4 },
    });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('предоплата'));
    assert.ok(!labels.includes('кредит'));
  });

  test('twin/manifest gives the validated model, or null with the errors', async () => {
    const good = testUri('manifest-good.twin.yaml');
    await client.open(good, 'version: 1\nclientTags:\n  - name: ВИП\n    description: важные\n');
    const ok = await client.request<{ manifest: unknown; diagnostics: unknown[] }>('twin/manifest', {
      uri: good,
    });
    assert.deepEqual(ok.manifest, {
      version: 1,
      sections: { attributes: [], clientTags: [{ name: 'ВИП', description: 'важные' }], sessionTags: [] },
    });
    assert.deepEqual(ok.diagnostics, []);
    const bad = testUri('manifest-bad.twin.yaml');
    await client.open(bad, 'version: 3\n');
    const failed = await client.request<{ manifest: unknown; diagnostics: Array<{ code: string }> }>(
      'twin/manifest',
      {
        uri: bad,
      },
    );
    assert.equal(failed.manifest, null);
    assert.deepEqual(
      failed.diagnostics.map((d) => d.code),
      ['unsupported-version'],
    );
  });

  test('a request about a file it cannot read is answered, and the server keeps serving', async () => {
    const missing = await client.request<unknown>('twin/manifest', {
      uri: testUri('does-not-exist.twin.yaml'),
    });
    assert.equal(missing, null);
    const uri = testUri('still-alive.twin.yaml');
    await client.open(uri, 'attributs: []\n');
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['unknown-key'],
    );
  });

  test('a feature that fails on bad input answers empty and the server keeps serving', async () => {
    const uri = testUri('bad-input.twin.yaml');
    await client.open(uri, 'attributes:\n  - ФИО\n');
    await client.diagnostics(uri);
    const hover = await client.request<unknown>('textDocument/hover', {
      textDocument: { uri },
      position: null,
    });
    assert.equal(hover, null);
    await waitFor(() => client.logs().some((l) => l.startsWith('hover failed')), 'the failure in the log');
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['attributes'],
    );
  });

  test('remote state: inlay hints, remote-only with its fix, platform names first; null clears', async () => {
    const uri = testUri('remote.twin.yaml');
    await client.open(uri, 'attributes:\n  - ФИО\n  - Город\n  - \n');
    await client.diagnostics(uri);
    const refreshesBefore = client.inlayRefreshes();
    await client.notify('twin/remoteState', {
      api: API,
      sections: { attributes: ['фио', 'Номер договора'], clientTags: [], sessionTags: [] },
    });
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'remote-only'));
    const remoteOnly = diagnostics.find((d) => d.code === 'remote-only');
    assert.equal(remoteOnly?.severity, 3);
    assert.equal(remoteOnly?.range.start.line, 0);
    await waitFor(() => client.inlayRefreshes() > refreshesBefore, 'workspace/inlayHint/refresh');

    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => [h.position.line, h.label]),
      [
        [1, 'on TWIN'],
        [2, 'new'],
      ],
    );

    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: remoteOnly.range,
      context: { diagnostics: [remoteOnly], only: ['quickfix'] },
    });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Add 1 item from TWIN'],
    );

    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 4 },
    });
    const first = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
    assert.equal(first?.label, 'Номер договора');

    await client.notify('twin/remoteState', { api: API, sections: null });
    await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'remote-only'));
    const cleared = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
    });
    assert.deepEqual(cleared, []);
  });
});

describe('language server over stdio (Russian)', () => {
  let client: LspClient;
  before(async () => {
    client = await startLspClient({ locale: 'ru' });
  });
  after(async () => {
    await client.stop();
  });

  test('messages follow the locale sent in initialize', async () => {
    const uri = testUri('ru.twin.yaml');
    await client.open(uri, 'clientTags:\n  - ВИП\n  - BИП\n');
    const diagnostics = await client.diagnostics(uri);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-name');
    assert.match(duplicate?.message ?? '', /повторяет «ВИП» из строки 2/);
    const mixed = diagnostics.find((d) => d.code === 'mixed-script');
    assert.match(mixed?.message ?? '', /смешаны латинские и кириллические/);
  });

  test('inlay hints in Russian', async () => {
    const uri = testUri('ru-remote.twin.yaml');
    await client.open(uri, 'sessionTags:\n  - кредит\n  - рассрочка\n');
    await client.diagnostics(uri);
    await client.notify('twin/remoteState', {
      api: API,
      sections: { attributes: [], clientTags: [], sessionTags: ['Кредит'] },
    });
    await waitFor(() => client.inlayRefreshes() > 0, 'refresh');
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => h.label),
      ['в TWIN', 'новый'],
    );
  });
});

describe('language server over Node IPC', () => {
  test('answers initialize and publishes diagnostics when started with --node-ipc', async () => {
    const child = fork(SERVER_PATH, ['--node-ipc'], { silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published: Array<{ uri: string; diagnostics: Array<{ code?: unknown }> }> = [];
    connection.onNotification('textDocument/publishDiagnostics', (p: (typeof published)[number]) => {
      published.push(p);
    });
    connection.listen();
    try {
      const result = await connection.sendRequest<{ capabilities: { hoverProvider?: boolean } }>(
        'initialize',
        {
          processId: process.pid,
          rootUri: null,
          capabilities: {},
        },
      );
      assert.equal(result.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      const uri = testUri('ipc.twin.yaml');
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'twin-yaml', version: 1, text: 'version: 7\n' },
      });
      const diagnostics = await waitFor(
        () => published.find((p) => p.uri === uri)?.diagnostics,
        'diagnostics',
      );
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['unsupported-version'],
      );
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
