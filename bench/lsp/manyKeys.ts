// The many-keys rows of `npm run bench`: each contender opens a mapping of 20,000 unknown keys (one
// flow line, or one key a line) and the time until its diagnostics arrive is measured, with the
// server's CPU time and peak memory. The wait is for diagnostics that include the repeated key's line
// and at least one per key, so an early or partial answer is not mistaken for a fast one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { manyKeysDocument, type KeysShape } from '../generate/manyKeys';
import type { Contender } from './contenders';
import { clockTicksPerSecond } from './lspProcess';
import { publishFor, startWarmServer } from './session';

/** One contender's open of one document. */
export interface ManyKeysSample {
  openMs: number;
  openCpuMs: number;
  diagnostics: number;
  peakRssBytes: number;
}

/** Everything measured for one shape. */
export interface ManyKeysResult {
  shape: KeysShape;
  keys: number;
  bytes: number;
  samples: Record<string, ManyKeysSample[]>;
  failures: Record<string, string[]>;
}

/** What to run. */
export interface ManyKeysOptions {
  documentDir: string;
  contenders: readonly Contender[];
  rounds: number;
  timeoutMs: number;
  log: (line: string) => void;
}

interface Diagnostic {
  range: { start: { line: number } };
}

async function openOnce(
  contender: Contender,
  shape: KeysShape,
  options: ManyKeysOptions,
): Promise<ManyKeysSample> {
  const doc = manyKeysDocument(shape);
  const plan = { editPairs: 0, queries: 0, timeoutMs: options.timeoutMs };
  const { server } = await startWarmServer(contender, options.documentDir, plan);
  try {
    const uri = pathToFileURL(path.join(options.documentDir, `keys-${shape}.twin.yaml`)).href;
    const complete = (ds: Diagnostic[]) =>
      ds.length >= doc.keys && ds.some((d) => d.range.start.line === doc.repeatLine);
    const opened = server.waitFor(publishFor(uri, complete), options.timeoutMs, 'diagnostics of every key');
    const ticks = clockTicksPerSecond();
    const cpuBefore = server.cpuMs(ticks);
    const start = performance.now();
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: contender.languageId, version: 1, text: doc.text },
    });
    const note = await opened;
    const diagnostics = (note.params as { diagnostics: unknown[] }).diagnostics.length;
    return {
      openMs: note.at - start,
      openCpuMs: server.cpuMs(ticks) - cpuBefore,
      diagnostics,
      peakRssBytes: server.peakRssBytes(),
    };
  } finally {
    await server.stop();
  }
}

/** Opens each shape `rounds` times in every contender (the order rotating each round). */
export async function runManyKeysBench(options: ManyKeysOptions): Promise<ManyKeysResult[]> {
  const results: ManyKeysResult[] = [];
  const runnable = options.contenders.filter((c) => !c.unavailable());
  for (const shape of ['flow', 'block'] as const) {
    const doc = manyKeysDocument(shape);
    const result: ManyKeysResult = {
      shape,
      keys: doc.keys,
      bytes: Buffer.byteLength(doc.text),
      samples: Object.fromEntries(runnable.map((c) => [c.id, []])),
      failures: {},
    };
    for (let round = 0; round < options.rounds; round++) {
      const order = [
        ...runnable.slice(round % runnable.length),
        ...runnable.slice(0, round % runnable.length),
      ];
      for (const contender of order) {
        if ((result.failures[contender.id]?.length ?? 0) > 0) continue;
        try {
          result.samples[contender.id]?.push(await openOnce(contender, shape, options));
        } catch (e) {
          const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
          result.failures[contender.id] = [message];
          options.log(`  ${contender.id} failed on the ${shape} mapping: ${message}`);
        }
      }
      options.log(`  ${doc.keys}-key ${shape} mapping: round ${round + 1}/${options.rounds} done`);
    }
    results.push(result);
  }
  return results;
}
