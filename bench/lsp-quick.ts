// Quick benchmark of issue 2: a 10,000-entry (and a 50,000-entry) manifest through analyzeManifest and
// through the real server over stdio, next to bare `yaml` parseDocument on the same text. Prints a
// table; asserts nothing. Run: node scripts/build.js && npx tsc -p tsconfig.json && node out/bench/lsp-quick.js
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { analyzeManifest } from '../core/src/manifest';
import { startLspClient, testUri } from '../test/protocol/lspClient';

const WORDS = [
  'Имя',
  'Фамилия',
  'Город',
  'Телефон',
  'Любимый цвет',
  'Номер заказа',
  'Компания',
  'Увлечение',
  'Ёлка',
];

/** A manifest of `count` entries over the three sections, with comments, descriptions and some duplicates. */
function generate(count: number): { text: string; editLine: number } {
  const lines = ['# Профиль компании для бенчмарка', 'version: 1'];
  let editLine = 0;
  const perSection = Math.ceil(count / 3);
  for (const [s, section] of ['attributes', 'clientTags', 'sessionTags'].entries()) {
    lines.push(`${section}:`);
    for (let i = 0; i < perSection; i++) {
      const n = s * perSection + i;
      const name = `${WORDS[n % WORDS.length] ?? ''} ${n % 211 === 0 ? Math.floor(n / 2) : n}`;
      if (s === 1 && i === perSection >> 1) editLine = lines.length;
      if (n % 10 === 0) lines.push(`  - name: ${name}`, `    description: Описание поля ${n}`);
      else if (n % 25 === 0) lines.push(`  # группа ${n}`, `  - ${name}`);
      else lines.push(`  - ${name}`);
    }
  }
  return { text: lines.join('\n') + '\n', editLine };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timeIt(fn: () => void, rounds: number): { median: number; min: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const fmt = (t: { median: number; min: number; max: number }) =>
  `${t.median.toFixed(1)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;

/** The server process's peak resident memory (Linux /proc), or NaN elsewhere. */
function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function measureServer(text: string, editLine: number, rounds: number) {
  const client = await startLspClient({ locale: 'ru' });
  try {
    const opens: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const uri = testUri(`bench-${text.length}-${i}.twin.yaml`);
      const start = performance.now();
      await client.open(uri, text);
      await client.diagnostics(uri, () => true, 60_000);
      opens.push(performance.now() - start);
      // Keep one document open for the edits; an editor holds one copy of a file, not seven.
      if (i > 0) await client.close(uri);
    }
    const uri = testUri(`bench-${text.length}-0.twin.yaml`);
    const edits: number[] = [];
    const line = text.split('\n')[editLine] ?? '';
    for (let version = 2; version < 2 + rounds * 2; version++) {
      const replacement = version % 2 === 0 ? '  - Новое поле при правке' : line;
      const start = performance.now();
      await client.change(
        uri,
        version,
        {
          start: { line: editLine, character: 0 },
          end: {
            line: editLine,
            character: version === 2 ? line.length : '  - Новое поле при правке'.length,
          },
        },
        replacement,
      );
      await client.diagnostics(uri, (_d, p) => p.version === version, 60_000);
      edits.push(performance.now() - start);
    }
    return {
      peakRssMb: peakRssMb(client.child.pid),
      open: { median: median(opens), min: Math.min(...opens), max: Math.max(...opens) },
      edit: { median: median(edits), min: Math.min(...edits), max: Math.max(...edits) },
    };
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  console.log(`node ${process.version}; medians (min–max)\n`);
  console.log(
    '| entries | yaml parseDocument | analyzeManifest | ratio | server open → diagnostics | server edit → diagnostics | server peak RSS |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const [count, rounds] of [
    [10_000, 7],
    [50_000, 3],
  ] as const) {
    const { text, editLine } = generate(count);
    timeIt(() => YAML.parseDocument(text), 2); // warm-up
    timeIt(() => analyzeManifest(text), 2);
    // Alternating, so that a busy machine slows both alike.
    const parseTimes: number[] = [];
    const analyzeTimes: number[] = [];
    for (let i = 0; i < rounds; i++) {
      parseTimes.push(timeIt(() => YAML.parseDocument(text), 1).median);
      analyzeTimes.push(timeIt(() => analyzeManifest(text), 1).median);
    }
    const parse = { median: median(parseTimes), min: Math.min(...parseTimes), max: Math.max(...parseTimes) };
    const analyze = {
      median: median(analyzeTimes),
      min: Math.min(...analyzeTimes),
      max: Math.max(...analyzeTimes),
    };
    const server = await measureServer(text, editLine, rounds);
    console.log(
      `| ${count} | ${fmt(parse)} | ${fmt(analyze)} | ${(analyze.median / parse.median).toFixed(2)}× | ${fmt(server.open)} | ${fmt(server.edit)} | ${server.peakRssMb.toFixed(0)} MB |`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
