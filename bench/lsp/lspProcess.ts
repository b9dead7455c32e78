// A minimal LSP client over a child process's stdio: Content-Length framing, requests with ids,
// notifications, and answers to the server's own requests. Written here rather than taken from
// vscode-jsonrpc so that the driver adds as little as possible to what it measures, and so that
// both servers are driven by exactly the same code.
import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** A JSON-RPC message as it travels. */
export interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** Answers a request the server sends to the client (workspace/configuration and the like). */
export type ServerRequestHandler = (method: string, params: unknown) => unknown;

/** A notification received from the server, with the time it arrived (performance.now()). */
export interface ReceivedNotification {
  method: string;
  params: unknown;
  at: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

type NotificationListener = (n: ReceivedNotification) => void;

/** How to start a server. */
export interface SpawnSpec {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** The kernel's clock ticks per second (for /proc/<pid>/stat times); 100 when getconf is missing. */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

/** One running language server and the client end of its stdio connection. */
export class LspProcess {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<NotificationListener>();
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private exited = false;
  private stderrTail = '';

  constructor(
    spec: SpawnSpec,
    private readonly onServerRequest: ServerRequestHandler,
  ) {
    this.child = spawn(spec.command, spec.args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: spec.env ?? process.env,
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    // Keep only the end of stderr: enough to explain a crash, bounded for chatty servers.
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    this.child.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(`server exited; stderr: ${this.stderrTail}`));
      }
      this.pending.clear();
    });
  }

  /** The operating-system process id of the server. */
  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Sends a request and resolves with its result; rejects on an error reply or after timeoutMs. */
  request(method: string, params: unknown, timeoutMs = 60_000): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a notification. */
  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first notification (arriving after this call) that satisfies `accept`,
   * or rejects after timeoutMs. Register before sending what triggers it.
   */
  waitFor(
    accept: (n: ReceivedNotification) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<ReceivedNotification> {
    return new Promise((resolve, reject) => {
      const listener: NotificationListener = (n) => {
        if (!accept(n)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(n);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${what} within ${timeoutMs} ms; stderr: ${this.stderrTail}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  /** Peak resident memory of the server process so far, in bytes (VmHWM), or NaN when unreadable. */
  peakRssBytes(): number {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
      return kb?.[1] ? Number(kb[1]) * 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  /**
   * CPU time (user + system, all threads) the server process has used so far, in ms, or NaN when
   * unreadable. Unlike wall time it barely depends on what else the machine is doing; its resolution
   * is one clock tick (usually 10 ms), so callers sum it over several operations.
   */
  cpuMs(ticksPerSecond: number): number {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const utime = Number(fields[11]);
      const stime = Number(fields[12]);
      return ((utime + stime) * 1000) / ticksPerSecond;
    } catch {
      return NaN;
    }
  }

  /** Asks the server to shut down and exit; kills it when it does not within timeoutMs. */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // A server that cannot answer shutdown is killed below.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  private write(message: RpcMessage): void {
    if (this.exited) throw new Error(`server exited; stderr: ${this.stderrTail}`);
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    const at = performance.now();
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    // Bounded by the buffer: every turn consumes one whole message or stops.
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length:\s*(\d+)/i.exec(header);
      if (!length?.[1]) throw new Error(`bad LSP header: ${header}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const text = this.buffer.subarray(start, end).toString('utf8');
      this.buffer = this.buffer.subarray(end);
      this.dispatch(JSON.parse(text) as RpcMessage, at);
    }
  }

  private dispatch(message: RpcMessage, at: number): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      let result: unknown = null;
      try {
        result = this.onServerRequest(message.method, message.params);
      } catch {
        result = null;
      }
      this.write({ jsonrpc: '2.0', id: message.id, result: result ?? null });
      return;
    }
    if (message.method !== undefined) {
      const n: ReceivedNotification = { method: message.method, params: message.params, at };
      for (const listener of [...this.listeners]) listener(n);
      return;
    }
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!pending || typeof message.id !== 'number') return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
    else pending.resolve(message.result);
  }
}
