// The language server never gets the token. The bundled server is started with its protocol trace at
// "verbose" (what `twin.trace.server` asks for) and fed what the extension would send around a session
// with a real token: initialize, the open manifest and its edits, the platform's names read with the
// token (built by the client's own code), twin/manifest, hover, completion. Every byte both ways, and
// everything the server writes to stderr, is searched for the token.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  Trace,
} from 'vscode-languageserver/node';
import { namesFromRemote } from '../../client/src/remote/remoteNames';
import { createTwinClient, fetchRemote } from '../../core/src/twin';
import { SERVER_PATH, waitFor } from '../protocol/lspClient';
import { cliEnv, emulator, manyNames, runCli, tempDir, writeManifest } from './helpers';

test('with the trace at verbose, no byte to or from the language server holds the token', async () => {
  const emu = await emulator();
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let toServer = '';
  let fromServer = '';
  let stderr = '';
  const outgoing = new PassThrough();
  outgoing.on('data', (chunk: Buffer) => {
    toServer += chunk.toString('utf8');
    child.stdin.write(chunk);
  });
  child.stdout.on('data', (chunk: Buffer) => (fromServer += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const incoming = new PassThrough();
  child.stdout.pipe(incoming);
  const connection = createProtocolConnection(
    new StreamMessageReader(incoming),
    new StreamMessageWriter(outgoing),
  );
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  connection.onNotification('$/logTrace', (p: { message: string }) => logs.push(p.message));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.listen();
  try {
    const dir = tempDir();
    const names = manyNames(3);
    const file = writeManifest(dir, names);
    const env = cliEnv(emu);
    const token = env.TWIN_TOKEN ?? '';
    // A real session with the token first: the platform holds what the push created.
    assert.equal((await runCli(['push', file, '--yes'], { env })).code, 0);

    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'en',
      trace: 'verbose',
      // What client/src/languageClient.ts passes: the display language, nothing else.
      initializationOptions: { locale: 'en' },
      capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } },
    });
    await connection.sendNotification('initialized', {});
    await connection.trace(Trace.Verbose, { log: (m: string) => logs.push(m) });
    await connection.sendNotification('$/setTrace', { value: 'verbose' });
    const uri = `file://${file}`;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'twin-yaml', version: 1, text: readFileSync(file, 'utf8') },
    });
    // The platform's names, read with the token and shaped by the client's own code.
    const client = createTwinClient({ baseUrl: emu.baseUrl, tokens: { getToken: async () => token } });
    const remote = await fetchRemote(client);
    assert.notEqual(remote, 'cannot-list');
    if (remote === 'cannot-list') return;
    await connection.sendNotification('twin/remoteState', {
      api: emu.baseUrl,
      sections: namesFromRemote(remote),
    });
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# edited\n' },
      ],
    });
    await connection.sendRequest('twin/manifest', { uri });
    await connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 3, character: 6 },
    });
    await connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 4 },
    });
    await connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
    });
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await waitFor(() => child.exitCode !== null, 'the server to exit');

    // The capture worked: names and traces went by.
    assert.match(toServer, /twin\/remoteState/);
    assert.ok(fromServer.includes(names.attributes[0] ?? '?'), 'the server answered about the names');
    for (const [where, text] of [
      ['client to server', toServer],
      ['server to client', fromServer],
      ['server stderr', stderr],
      ['trace and log', logs.join('\n')],
    ] as const) {
      const [head = '', payload = '', signature = ''] = token.split('.');
      for (const piece of [token, signature, `${head}.${payload}`])
        assert.ok(!text.includes(piece), `${where} holds the token`);
    }
  } finally {
    if (child.exitCode === null) child.kill();
    connection.dispose();
    await emu.close();
  }
});
