import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run as validate } from '../../../cli/src/commands/validate';
import type { CliIO } from '../../../cli/src/io';
import { analyzeManifest } from '../../../core/src/manifest';
import { configureBundledL10n } from '../../../core/src/l10n/bundled';

const ROOT = path.resolve(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${path.sep}out${path.sep}`) ? ['..'] : []),
  '..',
);
const ALL_CODES = [
  'yaml-syntax',
  'unknown-key',
  'invalid-type',
  'unsupported-version',
  'empty-name',
  'name-too-long',
  'invisible-char',
  'duplicate-name',
  'mixed-script',
  'whitespace',
  'non-string-name',
];

/** The CLI's I/O in `locale`, which becomes the display language (as the CLI's LANG does). */
function io(locale: 'en' | 'ru' = 'en') {
  configureBundledL10n(locale);
  const out = { stdout: '', stderr: '' };
  const value: CliIO = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    env: {},
    isTTY: false,
    confirm: async () => false,
    cwd: ROOT,
    debug: false,
  };
  return { io: value, out };
}

test('examples/company.twin.yaml is valid', () => {
  const text = readFileSync(path.join(ROOT, 'examples', 'company.twin.yaml'), 'utf8');
  const result = analyzeManifest(text);
  assert.deepEqual(result.diagnostics, []);
  assert.ok((result.manifest?.sections.attributes.length ?? 0) >= 5);
});

test('twin validate examples/broken.twin.yaml shows each code once and exits 1', async () => {
  const { io: cli, out } = io();
  const code = await validate(['examples/broken.twin.yaml'], cli);
  assert.equal(code, 1);
  const codes = out.stdout
    .trim()
    .split('\n')
    .map((line) => /^examples\/broken\.twin\.yaml:\d+:\d+: (?:error|warning) ([a-z-]+): /.exec(line)?.[1]);
  assert.deepEqual([...codes].sort(), [...ALL_CODES].sort());
});

test('twin validate --format json prints 1-based positions; a valid file exits 0', async () => {
  const { io: cli, out } = io('ru');
  assert.equal(await validate(['--format', 'json', 'examples/company.twin.yaml'], cli), 0);
  assert.deepEqual(JSON.parse(out.stdout), []);
  const broken = io('ru');
  await validate(['examples/broken.twin.yaml', '--format=json'], broken.io);
  const items = JSON.parse(broken.out.stdout) as Array<Record<string, unknown>>;
  assert.deepEqual(items[0], {
    file: 'examples/broken.twin.yaml',
    line: 3,
    column: 10,
    endLine: 3,
    endColumn: 11,
    severity: 'error',
    code: 'unsupported-version',
    message: 'Версия формата 2 не поддерживается: поддерживается версия 1.',
  });
});

test('a missing file is one clear line and exit 1; the other files are still checked', async () => {
  const { io: cli, out } = io();
  assert.equal(await validate(['missing.twin.yaml', 'examples/company.twin.yaml'], cli), 1);
  assert.equal(out.stderr, 'missing.twin.yaml: no such file\n');
  assert.equal(out.stdout, '');
});
