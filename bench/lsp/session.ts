// One benchmark session: start a server, warm it with a tiny document, then time what a user does
// with a large one (open, edit a line in the middle, complete, hover) and read its peak memory.
// Every wait is for a specific answer (a diagnostic on a known line), never a fixed sleep, and has a
// deadline, so an early, stale or missing answer is not mistaken for a fast one.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { GeneratedManifest } from '../generate/manifest';
import type { Contender } from './contenders';
import { clockTicksPerSecond, LspProcess, type ReceivedNotification } from './lspProcess';

/** What one session measured, in milliseconds and bytes. */
export interface SessionResult {
  /** From spawning the server process to its answer to `initialize`. */
  initializeMs: number;
  openMs: number;
  editMs: number[];
  completionMs: number[];
  hoverMs: number[];
  peakRssBytes: number;
  /** Server CPU time for the open, and per edit averaged over the session's edits (ms). */
  openCpuMs: number;
  editCpuMs: number;
  /** What the server reported on open, to show that both really validate. */
  openDiagnostics: number;
  completionItems: number;
  hoverShown: boolean;
  /** When each measured step ran, on the monotonic clock in µs (the clock V8's CPU profiles use). */
  phases: Phase[];
}

/** One measured step, for splitting a CPU profile of the server by what it was doing. */
export interface Phase {
  name: 'open' | 'edit' | 'completion' | 'hover';
  startUs: number;
  endUs: number;
}

/** Converts performance.now() of this process to the system's monotonic clock in µs. */
function monotonicClock(): (perfMs: number) => number {
  const offsetUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  return (perfMs) => perfMs * 1000 + offsetUs;
}

/** How much to do in one session. */
export interface SessionPlan {
  editPairs: number;
  queries: number;
  timeoutMs: number;
  /** Extra arguments for node, e.g. --cpu-prof. */
  nodeArgs?: readonly string[];
}

interface Diagnostic {
  range: { start: { line: number }; end: { line: number } };
}

interface PublishParams {
  uri: string;
  diagnostics: Diagnostic[];
}

const WARMUP_TEXT = 'version: 1\nattributes:\n  - ФИО\n  - name: Возраст\n    descripton: лет\n';
const WARMUP_TYPO_LINE = 4;

export function publishFor(uri: string, accept: (d: Diagnostic[]) => boolean) {
  return (n: ReceivedNotification): boolean => {
    if (n.method !== 'textDocument/publishDiagnostics') return false;
    const p = n.params as PublishParams;
    return p.uri === uri && accept(p.diagnostics);
  };
}

// A problem inside one line (an unknown key), as opposed to one spanning a whole section that happens
// to start there (yaml-language-server reports uniqueItems on the entire list).
const within = (line: number) => (d: Diagnostic) => d.range.start.line === line && d.range.end.line === line;
const startsOn = (line: number) => (ds: Diagnostic[]) => ds.some(within(line));
const noneOn = (line: number) => (ds: Diagnostic[]) => !ds.some(within(line));

function clientCapabilities(): unknown {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceFolders: true,
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      completion: {
        completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      formatting: { dynamicRegistration: true },
    },
    window: { workDoneProgress: false },
  };
}

/** True when the server wants only whole texts (TextDocumentSyncKind.Full). */
function wantsFullSync(capabilities: unknown): boolean {
  const sync = (capabilities as { textDocumentSync?: number | { change?: number } } | undefined)
    ?.textDocumentSync;
  const kind = typeof sync === 'number' ? sync : sync?.change;
  return kind === 1;
}

/** Replaces one line of `lines` and returns the change to send for it. */
function lineChange(lines: string[], line: number, text: string, full: boolean): unknown {
  const old = lines[line] ?? '';
  lines[line] = text;
  return full
    ? { text: lines.join('\n') }
    : { range: { start: { line, character: 0 }, end: { line, character: old.length } }, text };
}

/** A started server, initialised and warmed with a tiny document. */
export interface WarmServer {
  server: LspProcess;
  /** From spawning the server process to its answer to `initialize`. */
  initializeMs: number;
  /** True when the server wants only whole texts (TextDocumentSyncKind.Full). */
  full: boolean;
}

/** Starts `contender`, initialises it in `workDir` and warms it up; the caller stops the server. */
export async function startWarmServer(
  contender: Contender,
  workDir: string,
  plan: SessionPlan,
): Promise<WarmServer> {
  const spawnedAt = performance.now();
  const server = new LspProcess(contender.spawn(plan.nodeArgs), (method, params) => {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: Array<{ section?: string }> }).items ?? [];
      return items.map((item) => contender.settings(item.section));
    }
    return null;
  });
  try {
    const init = (await server.request(
      'initialize',
      {
        processId: process.pid,
        locale: 'en',
        rootUri: pathToFileURL(workDir).href,
        workspaceFolders: [{ uri: pathToFileURL(workDir).href, name: 'bench' }],
        capabilities: clientCapabilities(),
        initializationOptions: contender.initializationOptions,
      },
      plan.timeoutMs,
    )) as { capabilities?: unknown };
    const initializeMs = performance.now() - spawnedAt;
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', contender.didChangeConfiguration);
    // Warm-up: settings applied, schema loaded, code paths compiled; not measured.
    const warmUri = pathToFileURL(path.join(workDir, 'warmup.twin.yaml')).href;
    const warmed = server.waitFor(
      publishFor(warmUri, startsOn(WARMUP_TYPO_LINE)),
      plan.timeoutMs,
      'warm-up diagnostics',
    );
    server.notify('textDocument/didOpen', {
      textDocument: { uri: warmUri, languageId: contender.languageId, version: 1, text: WARMUP_TEXT },
    });
    await warmed;
    server.notify('textDocument/didClose', { textDocument: { uri: warmUri } });
    return { server, initializeMs, full: wantsFullSync(init.capabilities) };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** Runs one session of `contender` on `manifest` in `workDir`. */
export async function runSession(
  contender: Contender,
  manifest: GeneratedManifest,
  workDir: string,
  plan: SessionPlan,
): Promise<SessionResult> {
  const { server, initializeMs, full } = await startWarmServer(contender, workDir, plan);
  try {
    const uri = pathToFileURL(path.join(workDir, `bench-${manifest.entries}.twin.yaml`)).href;
    const opened = server.waitFor(
      publishFor(uri, startsOn(manifest.typoLine)),
      plan.timeoutMs,
      'diagnostics on open',
    );
    const ticks = clockTicksPerSecond();
    const cpuBeforeOpen = server.cpuMs(ticks);
    const openStart = performance.now();
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: contender.languageId, version: 1, text: manifest.text },
    });
    const openNote = await opened;
    const openMs = openNote.at - openStart;
    const openCpuMs = server.cpuMs(ticks) - cpuBeforeOpen;
    const clock = monotonicClock();
    const phases: Phase[] = [{ name: 'open', startUs: clock(openStart), endUs: clock(openNote.at) }];
    const openDiagnostics = (openNote.params as PublishParams).diagnostics.length;

    const lines = manifest.text.split('\n');
    let version = 1;
    const editMs: number[] = [];
    const cpuBeforeEdits = server.cpuMs(ticks);
    for (let pair = 0; pair < plan.editPairs; pair++) {
      for (const [text, accept] of [
        [manifest.editBroken, startsOn(manifest.editLine)],
        [manifest.editOriginal, noneOn(manifest.editLine)],
      ] as const) {
        const answered = server.waitFor(publishFor(uri, accept), plan.timeoutMs, 'diagnostics after an edit');
        const start = performance.now();
        server.notify('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [lineChange(lines, manifest.editLine, text, full)],
        });
        const end = (await answered).at;
        editMs.push(end - start);
        phases.push({ name: 'edit', startUs: clock(start), endUs: clock(end) });
      }
    }

    const editCpuMs = (server.cpuMs(ticks) - cpuBeforeEdits) / Math.max(1, editMs.length);

    const completionMs: number[] = [];
    let completionItems = 0;
    for (let i = 0; i < plan.queries; i++) {
      const start = performance.now();
      const result = (await server.request(
        'textDocument/completion',
        { textDocument: { uri }, position: manifest.completionPosition },
        plan.timeoutMs,
      )) as { items?: unknown[] } | unknown[] | null;
      const end = performance.now();
      completionMs.push(end - start);
      phases.push({ name: 'completion', startUs: clock(start), endUs: clock(end) });
      completionItems = Array.isArray(result) ? result.length : (result?.items?.length ?? 0);
    }

    const hoverMs: number[] = [];
    let hoverShown = false;
    for (let i = 0; i < plan.queries; i++) {
      const start = performance.now();
      const result = await server.request(
        'textDocument/hover',
        { textDocument: { uri }, position: manifest.hoverPosition },
        plan.timeoutMs,
      );
      const end = performance.now();
      hoverMs.push(end - start);
      phases.push({ name: 'hover', startUs: clock(start), endUs: clock(end) });
      hoverShown = result !== null && result !== undefined;
    }

    const peakRssBytes = server.peakRssBytes();
    server.notify('textDocument/didClose', { textDocument: { uri } });
    return {
      initializeMs,
      openMs,
      editMs,
      completionMs,
      hoverMs,
      peakRssBytes,
      openCpuMs,
      editCpuMs,
      openDiagnostics,
      completionItems,
      hoverShown,
      phases,
    };
  } finally {
    await server.stop();
  }
}
