// `npm run bench`: the language server against yaml-language-server and the bare parser, the push
// against the rate-limit bound, and the shipped sizes. Prints markdown tables and writes them, with
// the machine and the date, to bench/RESULTS.md. Options:
//   --only=lsp,keys,push,size,activation   run some parts (default all; keys: 20,000-key mappings)
//   --sizes=100,1000       manifest sizes (default 100,1000,10000,50000)
//   --rounds=N             rounds per size (default 5, and 3 for 50,000)
//   --push-items=N         items per push (default 1,000; smaller for a quick look)
//   --profile              also write a CPU profile of our server at 10,000 and 50,000 entries
//   --baseline=COMMIT      also run our server as it was at COMMIT (before/after in one run)
//   --candidate=DIR        also run a server built from DIR/server and DIR/core (a patch to try)
//   --no-write             print only, leave RESULTS.md alone
//   --refresh-findings     measure nothing: replace the hand-kept part of RESULTS.md with bench/FINDINGS.md
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MANIFEST_SIZES } from './generate/manifest';
import { baselineServer, candidateServer } from './lsp/baseline';
import { twinServer, yamlLanguageServer, type Contender } from './lsp/contenders';
import { runLspBench } from './lsp/lspBench';
import { runManyKeysBench } from './lsp/manyKeys';
import { parseFloorChild } from './lsp/parseFloor';
import { profileServer } from './lsp/profile';
import { runPushBench } from './sync/pushBench';
import { manyKeysTable } from './report/keysTables';
import { lspTables, lspTargets } from './report/lspTables';
import { machineSection } from './report/machine';
import { targetTable, type TargetRow } from './report/markdown';
import { pushTables, pushTargets } from './report/pushTables';
import { activationTable, sizeTables, sizeTargets } from './report/sizeTables';
import { renderTwinJsonSchema } from '../core/src/manifest/jsonSchema';
import { measureShippedSizes, type ShippedSizes } from './size/sizes';
import { measureActivation, type ActivationResult } from './activation/measure';

interface Args {
  only: Set<string>;
  sizes: number[];
  rounds: number | undefined;
  profile: boolean;
  write: boolean;
  pushItems: number | undefined;
  baseline: string | undefined;
  candidate: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const list = (name: string) =>
    value(name)
      ?.split(',')
      .filter((s) => s !== '');
  const rounds = value('rounds');
  return {
    only: new Set(list('only') ?? ['lsp', 'keys', 'push', 'size', 'activation']),
    sizes: list('sizes')?.map(Number) ?? [...MANIFEST_SIZES],
    rounds: rounds === undefined ? undefined : Math.max(1, Number(rounds)),
    profile: argv.includes('--profile'),
    write: !argv.includes('--no-write'),
    pushItems: value('push-items') === undefined ? undefined : Number(value('push-items')),
    baseline: value('baseline'),
    candidate: value('candidate'),
  };
}

/** Copies the bundles aside so that a rebuild by someone else during the run cannot mix versions. */
function snapshotDist(root: string, workDir: string): string {
  const snapshot = path.join(workDir, 'dist-snapshot');
  mkdirSync(path.join(snapshot, 'dist'), { recursive: true });
  for (const f of ['server.js', 'server.js.map', 'cli.js', 'cli.js.map']) {
    const from = path.join(root, 'dist', f);
    if (existsSync(from)) copyFileSync(from, path.join(snapshot, 'dist', f));
  }
  return snapshot;
}

async function main(): Promise<void> {
  const floorChild = process.argv.indexOf('--floor-child');
  if (floorChild >= 0) return parseFloorChild(process.argv[floorChild + 1] ?? '');

  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(__dirname, '..', '..');
  if (process.argv.includes('--refresh-findings')) return refreshFindings(root);
  const workDir = path.join(root, 'bench', '.work');
  const benchScript = __filename;
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const log = (line: string) =>
    process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const sections: string[] = [];
  const targets: TargetRow[] = [];
  const snapshot = snapshotDist(root, workDir);
  const emit = (markdown: string) => {
    process.stdout.write(`${markdown}\n`);
    sections.push(markdown);
  };

  const contenders = (): Contender[] => {
    const schemaPath = path.join(workDir, 'twin.schema.json');
    mkdirSync(workDir, { recursive: true });
    writeFileSync(schemaPath, renderTwinJsonSchema());
    const list: Contender[] = [twinServer(snapshot), yamlLanguageServer(root, schemaPath)];
    if (args.baseline) list.push(baselineServer(root, args.baseline, workDir));
    if (args.candidate) list.push(candidateServer(root, args.candidate, workDir));
    return list;
  };

  if (args.only.has('lsp')) {
    const lspContenders = contenders();
    log(`language servers: ${args.sizes.join(', ')} entries`);
    const results = await runLspBench({
      workDir,
      documentDir: path.join(os.tmpdir(), 'twin-bench-documents'),
      benchScript,
      sizes: args.sizes,
      contenders: lspContenders,
      rounds: (n) => args.rounds ?? (n >= 50_000 ? 3 : 5),
      plan: (n) => ({ editPairs: n >= 50_000 ? 1 : 2, queries: n >= 50_000 ? 3 : 5, timeoutMs: 120_000 }),
      log,
    });
    emit(`## Language server\n\n${lspTables(results, lspContenders)}`);
    targets.push(...lspTargets(results));
    if (args.profile) {
      for (const n of args.sizes.filter((s) => s >= 10_000)) {
        const where = await profileServer(
          lspContenders[0] as Contender,
          n,
          workDir,
          path.join(os.tmpdir(), 'twin-bench-documents'),
        );
        log(`CPU profile of our server at ${n} entries: ${path.relative(root, where)}`);
      }
    }
  }

  if (args.only.has('keys')) {
    const keysContenders = contenders();
    log('language servers: 20,000-key mappings');
    const results = await runManyKeysBench({
      documentDir: path.join(os.tmpdir(), 'twin-bench-documents'),
      contenders: keysContenders,
      rounds: args.rounds ?? 3,
      timeoutMs: 300_000,
      log,
    });
    emit(`## Mappings of many keys\n\n${manyKeysTable(results, keysContenders)}`);
  }

  if (args.only.has('push')) {
    log('push against the emulator');
    const push = await runPushBench({
      workDir,
      cli: path.join(snapshot, 'dist', 'cli.js'),
      log,
      items: args.pushItems,
    });
    emit(`## Push against the emulator\n\n${pushTables(push)}`);
    targets.push(...pushTargets(push));
  }

  if (args.only.has('size') || args.only.has('activation')) {
    let sizes: ShippedSizes | undefined;
    if (args.only.has('size')) {
      log('sizes (npm run package)');
      sizes = measureShippedSizes(root, 180_000);
    }
    let activation: ActivationResult | undefined;
    if (args.only.has('activation')) {
      log('activation inside code-server');
      activation = await measureActivation(root, workDir, 3, log);
    }
    emit(`## Size and start-up\n\n${sizes ? sizeTables(sizes) : ''}\n${activationTable(activation)}`);
    targets.push(...sizeTargets(sizes, activation));
  }

  const summary = `## Targets\n\n${targetTable(targets)}`;
  process.stdout.write(`${summary}\n`);
  const elapsed = `Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s.`;
  if (args.write) {
    const findingsPath = path.join(root, 'bench', 'FINDINGS.md');
    const findings = existsSync(findingsPath) ? readFileSync(findingsPath, 'utf8') : '';
    const text = [
      '# Benchmark results\n',
      'Written by `npm run bench` (bench/main.ts); do not edit by hand. Profiles, diagnoses and before/after ' +
        'notes are kept by hand in bench/FINDINGS.md and appended below.\n',
      machineSection(root, args.sizes, elapsed, loadAtStart),
      summary,
      ...sections,
      findings,
    ].join('\n');
    writeFileSync(path.join(root, 'bench', 'RESULTS.md'), text);
    log(`wrote bench/RESULTS.md (${elapsed})`);
  }
}

/** Replaces what follows the measured tables in RESULTS.md with the current bench/FINDINGS.md. */
function refreshFindings(root: string): void {
  const resultsPath = path.join(root, 'bench', 'RESULTS.md');
  const findings = readFileSync(path.join(root, 'bench', 'FINDINGS.md'), 'utf8');
  const results = readFileSync(resultsPath, 'utf8');
  const heading = findings.split('\n')[0] ?? '';
  const at = heading === '' ? -1 : results.indexOf(heading);
  writeFileSync(resultsPath, (at >= 0 ? results.slice(0, at) : `${results}\n`) + findings);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
