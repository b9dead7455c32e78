// A small LSP client for tests and benchmarks: starts `node dist/server.js --stdio`, speaks real
// JSON-RPC over the child's pipes, records what the server publishes, and waits on conditions with a
// deadline (no sleeps).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

/** Where the bundled server is, from the compiled test (out/test/protocol) or the source. */
export const SERVER_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${path.sep}out${path.sep}`) ? ['..'] : []),
  'dist',
  'server.js',
);

/** Options of a started server. */
export interface StartOptions {
  locale?: string;
  /** Settings answered to `workspace/configuration` (by section name). */
  settings?: Record<string, unknown>;
  /** Advertise `workspace.inlayHint.refreshSupport`. */
  inlayHintRefresh?: boolean;
}

/** A started server and what it sent. */
export interface LspClient {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  /** Every publishDiagnostics, in order. */
  published: PublishDiagnosticsParams[];
  /** How many `workspace/inlayHint/refresh` requests arrived. */
  inlayRefreshes: () => number;
  /** What the server wrote to stderr. */
  stderr: () => string;
  /** What the server logged through window/logMessage. */
  logs: () => readonly string[];
  /** Opens a document (version 1). */
  open(uri: string, text: string): Promise<void>;
  /** Closes a document. */
  close(uri: string): Promise<void>;
  /** Replaces a range (incremental sync). */
  change(uri: string, version: number, range: Diagnostic['range'], text: string): Promise<void>;
  /** Waits for diagnostics of `uri` that satisfy `until` (default: any), at most `timeoutMs`. */
  diagnostics(
    uri: string,
    until?: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  /** Shuts the server down politely and waits for it to exit. */
  stop(): Promise<void>;
}

/** A file URI for a test document name. */
export function testUri(name: string): string {
  return pathToFileURL(path.join('/tmp/twin-protocol-tests', name)).toString();
}

/** Polls `condition` until it holds or the deadline passes. */
export async function waitFor<T>(
  condition: () => T | undefined | null | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Starts the server over stdio and completes the initialize handshake. */
export async function startLspClient(options: StartOptions = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  // Woken on every publish, so a wait ends the moment the awaited diagnostics arrive (no polling delay).
  const onPublish = new Set<() => void>();
  let refreshes = 0;
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const wake of [...onPublish]) wake();
  });
  connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
    p.items.map((item) => options.settings?.[item.section ?? ''] ?? null),
  );
  connection.onRequest('workspace/inlayHint/refresh', () => {
    refreshes++;
    return null;
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: options.locale ?? 'en',
    capabilities: {
      workspace: { configuration: true, inlayHint: { refreshSupport: options.inlayHintRefresh ?? true } },
      textDocument: { publishDiagnostics: { relatedInformation: true } },
    },
  });
  await connection.sendNotification('initialized', {});

  const latest = (uri: string) => {
    for (let i = published.length - 1; i >= 0; i--) if (published[i]?.uri === uri) return published[i];
    return undefined;
  };

  return {
    connection,
    child,
    published,
    inlayRefreshes: () => refreshes,
    stderr: () => stderr,
    logs: () => logs,
    open: (uri, text) =>
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'twin-yaml', version: 1, text },
      }),
    close: (uri) => connection.sendNotification('textDocument/didClose', { textDocument: { uri } }),
    change: (uri, version, range, text) =>
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text }],
      }),
    diagnostics(uri, until = () => true, timeoutMs = 10_000) {
      return new Promise<Diagnostic[]>((resolve, reject) => {
        const check = () => {
          const p = latest(uri);
          if (!p || !until(p.diagnostics, p)) return false;
          done();
          resolve(p.diagnostics);
          return true;
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for diagnostics of ${uri}`));
        }, timeoutMs);
        const wake = () => void check();
        const done = () => {
          clearTimeout(timer);
          onPublish.delete(wake);
        };
        onPublish.add(wake);
        check();
      });
    },
    request: <R>(method: string, params: unknown) => connection.sendRequest<R>(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    async stop() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      await exited;
      connection.dispose();
    },
  };
}
