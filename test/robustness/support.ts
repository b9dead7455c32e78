// Shared by the robustness tests: where the repository and the shared corpus are, the YAML test suite
// read into plain cases, the check that a diagnostic range lies inside the document as an editor sees
// it, a server's resident memory, and a few manifests to mutate.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import YAML from 'yaml';

interface Position {
  line: number;
  character: number;
}
interface RangeLike {
  start: Position;
  end: Position;
}
/** A diagnostic as the analyzer or the server reports it (only the parts checked here). */
export interface ReportedProblem {
  code?: unknown;
  range: RangeLike;
  related?: Array<{ range: RangeLike }>;
  relatedInformation?: Array<{ location: { range: RangeLike } }>;
}

/** The repository root, from the compiled test (out/test/robustness) or the source. */
export const REPO_ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${path.sep}out${path.sep}`) ? ['..'] : []),
);

/**
 * The shared folder beside the clone (`../shared` from the repository root), as on this machine and in
 * CI. Fails with a clear message when it is missing rather than skipping: the corpus is part of the test.
 */
export function sharedDir(): string {
  const dir = path.resolve(REPO_ROOT, '..', 'shared');
  assert.ok(
    existsSync(path.join(dir, 'data', 'yaml-test-suite')),
    `The robustness corpus is missing: expected ${dir}/data/yaml-test-suite (the shared/ folder beside the clone).`,
  );
  return dir;
}

/** One input of the YAML test suite, stand-ins replaced. */
export interface YamlCase {
  /** `<file id>#<index in the file>`. */
  id: string;
  yaml: string;
  /** The suite says a conforming parser must reject it. */
  fail: boolean;
}

/**
 * The suite's stand-ins for hard-to-see characters (its README): `␣` a space, `—*»` a tab, `←` a
 * carriage return, `⇔` a byte order mark, `↵` marks a newline already there, `∎` strips the final one.
 */
export function replaceStandIns(text: string): string {
  return text
    .replace(/␣/g, ' ')
    .replace(/—*»/g, '\t')
    .replace(/←/g, '\r')
    .replace(/⇔/g, '\uFEFF')
    .replace(/↵/g, '')
    .replace(/∎\n?$/, '');
}

/** Every case of the YAML test suite; a case without `yaml` inherits the previous case's (suite format). */
export function loadYamlSuite(): YamlCase[] {
  const dir = path.join(sharedDir(), 'data', 'yaml-test-suite');
  const cases: YamlCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const list = YAML.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
    assert.ok(Array.isArray(list), `${file}: a list of cases`);
    let inherited: { yaml?: unknown; fail?: unknown } = {};
    list.forEach((raw: unknown, index) => {
      const merged: { yaml?: unknown; fail?: unknown } = { ...inherited, ...(raw as object) };
      inherited = merged;
      if (typeof merged.yaml !== 'string') return;
      cases.push({
        id: `${file.replace(/\.yaml$/, '')}#${index}`,
        yaml: replaceStandIns(merged.yaml),
        fail: merged.fail === true,
      });
    });
  }
  return cases;
}

/** The case as the value of a manifest section (indented under `attributes:`), between valid keys. */
export function splicedIntoSection(yaml: string): string {
  const indented = yaml
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
  return `version: 1\nattributes:\n${indented}\nclientTags:\n  - ВИП\n`;
}

/** The case pasted raw after a section key (its own indentation), with a section after it. */
export function splicedRaw(yaml: string): string {
  return `# manifest\nclientTags:\n${yaml}\nsessionTags: [кредит]\n`;
}

/**
 * Positions that an editor holding `text` would not map back to themselves (past a line's end, inside
 * a CRLF, past the last line, negative): each is a range "outside the document". Empty when all fit.
 */
export function rangesOutside(text: string, problems: readonly ReportedProblem[]): string[] {
  const doc = TextDocument.create('file:///check.twin.yaml', 'twin-yaml', 1, text);
  const out: string[] = [];
  for (const p of problems) {
    const ranges = [
      p.range,
      ...(p.related ?? []).map((r) => r.range),
      ...(p.relatedInformation ?? []).map((r) => r.location.range),
    ];
    for (const range of ranges)
      for (const pos of [range.start, range.end]) {
        const back = doc.positionAt(doc.offsetAt(pos));
        if (back.line !== pos.line || back.character !== pos.character || pos.line < 0 || pos.character < 0)
          out.push(`${String(p.code)} at ${pos.line}:${pos.character}`);
      }
    const { start, end } = p.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character))
      out.push(`${String(p.code)}: range ends before it starts`);
  }
  return out;
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  assert.ok(kb, `VmRSS of process ${pid}`);
  return Number(kb) * 1024;
}

/** The realistic example manifest (Russian, comments, mapping entries). */
export function exampleManifest(): string {
  return readFileSync(path.join(REPO_ROOT, 'examples', 'company.twin.yaml'), 'utf8');
}

/** The example with one of each problem. */
export function brokenManifest(): string {
  return readFileSync(path.join(REPO_ROOT, 'examples', 'broken.twin.yaml'), 'utf8');
}

/**
 * Bounds a whole test file: a watchdog process kills this one if it still runs after `seconds`, so a
 * hang (a synchronous loop in the analyzer cannot be interrupted by node:test's timeouts) fails the
 * layer instead of stalling `npm test`. The watchdog goes when this process exits.
 */
export function failIfStillRunningAfter(seconds: number, file: string): void {
  const script =
    `setTimeout(() => { try { process.kill(${process.pid}, 'SIGKILL');` +
    ` console.error(${JSON.stringify(`${path.basename(file)} still running after ${seconds} s: killed (a hang)`)}); } catch {} }, ${seconds * 1000});`;
  const watchdog = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  watchdog.unref();
  process.once('exit', () => watchdog.kill());
}
