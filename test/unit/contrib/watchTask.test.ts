// The `watch` task's problem matcher (.vscode/tasks.json) against what scripts/build.js --watch prints
// (scripts/lib/watchReport.js): F5 waits for the first round to end, and an esbuild error lands in the
// Problems view at its file, line and column.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { readJsonc } from './jsonc';

const ROOT = path.resolve(__dirname, '../../../..');

interface EsbuildMessage {
  text: string;
  location: { file: string; line: number; column: number } | null;
}
type Hook = () => void;
type EndHook = (result: { errors: EsbuildMessage[]; warnings: EsbuildMessage[] }) => void;
interface FakeBuild {
  onStart(hook: Hook): void;
  onEnd(hook: EndHook): void;
}
interface WatchReportModule {
  watchReport: (
    bundleCount: number,
    print: (line: string) => void,
  ) => (bundle: string) => { setup(build: FakeBuild): void };
}
// A JavaScript module of the build, loaded as the build loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { watchReport } = require(path.join(ROOT, 'scripts/lib/watchReport.js')) as WatchReportModule;

interface Matcher {
  fileLocation: [string, string];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number };
  background: { beginsPattern: string; endsPattern: string };
}
const tasks = (
  readJsonc(path.join(ROOT, '.vscode/tasks.json')) as {
    tasks: Array<{ label: string; problemMatcher?: unknown }>;
  }
).tasks;
const matcher = tasks.find((t) => t.label === 'watch')?.problemMatcher as Matcher;

/** Two bundles under watch, driven by hand: start/end a bundle's build and read what was printed. */
function twoBundles() {
  const printed: string[] = [];
  const plugin = watchReport(2, (line) => printed.push(line));
  const hooks = ['dist/extension.js', 'dist/server.js'].map((bundle) => {
    const h: { start?: Hook; end?: EndHook } = {};
    plugin(bundle).setup({ onStart: (f) => (h.start = f), onEnd: (f) => (h.end = f) });
    return h;
  });
  const start = (i: number) => hooks[i]?.start?.();
  const end = (i: number, errors: EsbuildMessage[] = []) => hooks[i]?.end?.({ errors, warnings: [] });
  return { printed, start, end };
}

const begins = () => new RegExp(matcher.background.beginsPattern);
const ends = () => new RegExp(matcher.background.endsPattern);

describe('the watch task and scripts/build.js --watch', () => {
  test('the first round ends only when every bundle is built', () => {
    const { printed, start, end } = twoBundles();
    start(0);
    start(1);
    end(0);
    assert.equal(printed.filter((l) => ends().test(l)).length, 0, 'F5 would launch half built');
    end(1);
    assert.ok(begins().test(printed[0] ?? ''), printed.join('\n'));
    assert.ok(ends().test(printed.at(-1) ?? ''), printed.join('\n'));
  });

  test('an esbuild error is one line the matcher reads as file, line, column and message', () => {
    const { printed, start, end } = twoBundles();
    start(0);
    start(1);
    end(0, [
      { text: 'Unexpected "="\nmore detail', location: { file: 'client/src/x.ts', line: 92, column: 9 } },
    ]);
    end(1);
    const re = new RegExp(matcher.pattern.regexp);
    const found = printed.map((l) => re.exec(l)).filter((m) => m !== null);
    assert.equal(found.length, 1, printed.join('\n'));
    const m = found[0] as RegExpExecArray;
    const p = matcher.pattern;
    assert.deepEqual(
      [m[p.file], m[p.line], m[p.column], m[p.severity], m[p.message]],
      ['client/src/x.ts', '92', '10', 'error', 'Unexpected "="'],
    );
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
  });

  test("a later round that rebuilds one bundle still reports the other bundle's error", () => {
    const { printed, start, end } = twoBundles();
    start(0);
    start(1);
    end(0, [{ text: 'broken', location: { file: 'client/src/x.ts', line: 1, column: 0 } }]);
    end(1);
    printed.length = 0;
    start(1); // a change only the server bundle sees
    end(1);
    assert.ok(begins().test(printed[0] ?? ''));
    assert.ok(
      printed.some((l) => l.startsWith('client/src/x.ts:1:1: error: broken')),
      printed.join('\n'),
    );
  });
});
