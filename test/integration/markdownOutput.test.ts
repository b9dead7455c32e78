// `twin plan --format markdown` and `twin push --format markdown` through the real bundle against the
// emulator, with hostile names in the file and on the platform (a name on TWIN may hold a line break):
// rendered as GitHub would (markdown-it with raw HTML and bare links on), every name is text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliEnv, emulator, runCli, tempDir, writeManifest } from './helpers';

interface MarkdownIt {
  render(src: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const md = (require('markdown-it') as (o: { html: boolean; linkify: boolean }) => MarkdownIt)({
  html: true,
  linkify: true,
});

const IN_FILE = [
  'VIP | gold',
  'code `x` here',
  '<script>alert(1)</script>',
  'click](javascript:alert(1))',
  'x ::error::y',
];
const ON_TWIN = [
  'remote\n# heading',
  'remote <img src=x onerror=alert(1)>',
  'remote [a](javascript:alert(1))',
];

function assertText(html: string): void {
  assert.ok(!/<script|<img|<a |<h1>remote|<h\d>heading/i.test(html), html);
  for (const row of html.match(/<tr>[^]*?<\/tr>/g) ?? [])
    assert.ok((row.match(/<t[hd][ >]/g)?.length ?? 0) >= 4, row);
}

test('plan and push --format markdown: hostile names are text; exit codes 2 (changes) and 0 (done)', async () => {
  const emu = await emulator();
  try {
    const env = cliEnv(emu);
    for (const tag of ON_TWIN) {
      const res = await fetch(`${emu.baseUrl}/clients/tags`, {
        method: 'POST',
        headers: { authorization: `Bearer ${env.TWIN_TOKEN ?? ''}`, 'content-type': 'application/json' },
        body: JSON.stringify({ tag }),
      });
      assert.equal(res.status, 200);
    }
    const file = writeManifest(tempDir(), { attributes: IN_FILE, clientTags: ['VIP'], sessionTags: [] });
    const plan = await runCli(['plan', '--format', 'markdown', file], { env });
    assert.equal(plan.code, 2, plan.stderr);
    assertText(md.render(plan.stdout));
    assert.match(plan.stdout, /^# TWIN plan for `127\.0\.0\.1:\d+`/);
    assert.match(plan.stdout, /\| Client attributes \| 5 \| 0 \| 0 \|/);
    assert.match(plan.stdout, /\| Client tags \| 1 \| 0 \| 3 \|/);
    assert.ok(plan.stdout.includes('- ``code `x` here``'), plan.stdout);
    assert.ok(plan.stdout.includes('- `remote\\u000A# heading`'), plan.stdout);

    const push = await runCli(['push', '--yes', '--format', 'markdown', file], { env });
    assert.equal(push.code, 0, push.stderr);
    assertText(md.render(push.stdout));
    assert.match(push.stdout, /\*\*Done: everything in the file exists on TWIN\.\*\*/);
    assert.match(push.stdout, /\| Client attributes \| 5 \| 0 \| 0 \| 0 \| 0 \|/);
    assert.ok(!push.stdout.includes('Target:'), 'only the Markdown document on stdout');
  } finally {
    await emu.close();
  }
});

test('an unknown --format of push and plan names the formats and exits 1', async () => {
  const push = await runCli(['push', '--format', 'json', 'a.twin.yaml']);
  assert.equal(push.code, 1);
  assert.match(push.stderr, /"text" or "markdown", got "json"/);
  const plan = await runCli(['plan', '--format', 'html', 'a.twin.yaml']);
  assert.equal(plan.code, 1);
  assert.match(plan.stderr, /"text", "json" or "markdown", got "html"/);
});
