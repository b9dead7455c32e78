// Every diagnostic links to the page that explains its code, and that page has a heading per code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../client/helpers';
import { setup } from './fixtures';

const DOCS = 'file:///ext/docs/problems.md';
/** Every problem code the rules and the server report (`code: '…'` in their sources). */
function reportedCodes(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts'))
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/\bcode: '([a-z-]+)'/g)) codes.add(m[1] ?? '');
    }
  };
  walk(path.join(repoRoot, 'core', 'src', 'manifest'));
  walk(path.join(repoRoot, 'server', 'src', 'service'));
  return [...codes].sort();
}

test('each diagnostic of the broken example carries codeDescription.href to its code', () => {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', 'broken.twin.yaml'), 'utf8');
  const { document } = setup(text);
  const { service } = setup('');
  service.configure({ problemDocs: DOCS });
  service.setRemoteState({
    api: 'https://chat-api.twin24.ai/api/v1',
    sections: { attributes: ['Только в TWIN'], clientTags: [], sessionTags: [] },
  });
  const diagnostics = service.diagnostics(document);
  assert.ok(diagnostics.length >= 5, `${diagnostics.length} diagnostics`);
  for (const d of diagnostics) assert.equal(d.codeDescription?.href, `${DOCS}#${String(d.code)}`);
  assert.ok(diagnostics.some((d) => d.code === 'remote-only'));
});

test('docs/problems.md has a heading (an anchor) for every code, and is shipped in the .vsix', () => {
  const page = fs.readFileSync(path.join(repoRoot, 'docs', 'problems.md'), 'utf8');
  const headings = [...page.matchAll(/^## ([\w-]+)$/gm)].map((m) => m[1]);
  const codes = reportedCodes();
  assert.ok(codes.length >= 12, `found only ${codes.length} codes: the scan is broken`);
  assert.deepEqual([...headings].sort(), codes);
  const ignore = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8');
  assert.match(ignore, /^!docs\/problems\.md$/m);
});
