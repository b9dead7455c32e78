// Names with control characters, bidirectional overrides and zero-width characters are flagged before
// a push and never sent: the validator refuses them (so do `twin push`, the language server's
// twin/manifest the VS Code push relies on, and the engine itself when handed an unvalidated model).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyzeManifest } from '../../core/src/manifest';
import { emptyManifest } from '../../core/src/manifest/model';
import { applyPlan, createTwinClient, describeTwinError, fetchRemote, planSync } from '../../core/src/twin';
import { cliEnv, emulator, postCount, runCli, tempDir } from '../integration/helpers';
import { startLspClient, type LspClient } from '../protocol/lspClient';
import { failIfStillRunningAfter } from './support';

failIfStillRunningAfter(240, __filename);

/** Each a name that reads as something other than what it holds. */
const SNEAKY: ReadonlyArray<[string, string]> = [
  ['a right-to-left override', 'ВИП\u202eтнеилк'],
  ['a left-to-right isolate', 'кредит\u2066x\u2069'],
  ['a zero-width space', 'ФИ\u200bО'],
  ['a zero-width joiner', 'пред\u200dоплата'],
  ['a byte order mark', '\ufeffГород'],
  ['a soft hyphen', 'Теле\u00adфон'],
  ['a bell (C0 control)', 'Email\u0007'],
  ['a C1 control', 'Компания\u0085'],
  ['a tab', 'Дата\tрождения'],
  ['a line feed', 'Долж\nность'],
  ['a carriage return', 'Источник\r'],
  ['a line separator', 'Возраст\u2028'],
  ['invisible tag letters', 'VIP\u{e0041}\u{e0042}'],
];

/** A manifest with one sneaky name among ordinary ones, names as YAML double-quoted strings. */
function manifestWith(name: string): string {
  return `attributes:\n  - ФИО\n  - ${JSON.stringify(name)}\nclientTags:\n  - ВИП\n`;
}

describe('names with invisible characters', () => {
  for (const [what, name] of SNEAKY)
    test(`${what}: an invisible-char error, so there is no model to push`, () => {
      const result = analyzeManifest(manifestWith(name));
      assert.equal(result.manifest, null);
      const flagged = result.diagnostics.filter((d) => d.code === 'invisible-char');
      assert.equal(flagged.length, 1, JSON.stringify(result.diagnostics));
      assert.equal(flagged[0]?.severity, 'error');
      assert.equal(flagged[0]?.range.start.line, 2);
      // The quick fix leaves a name without them.
      const fixed = flagged[0]?.fix?.edits[0]?.newText ?? '';
      assert.ok(fixed !== '' && analyzeManifest(`attributes:\n  - ${fixed}\n`).manifest, fixed);
    });

  test('twin push refuses every such file and the emulator receives nothing at all', async () => {
    const emu = await emulator();
    try {
      const dir = tempDir();
      for (const [what, name] of SNEAKY) {
        const file = path.join(dir, 'sneaky.twin.yaml');
        writeFileSync(file, manifestWith(name));
        const run = await runCli(['push', file, '--yes'], { env: cliEnv(emu) });
        assert.equal(run.code, 1, what);
        assert.match(run.stderr, /sneaky\.twin\.yaml:3:\d+: .*invisible/, what);
      }
      assert.equal(emu.state.log.length, 0, 'not one request');
    } finally {
      await emu.close();
    }
  });

  test('the engine, handed an unvalidated model, sends the ordinary names and never the sneaky ones', async () => {
    const emu = await emulator();
    try {
      const token = emu.issueToken();
      const client = createTwinClient({ baseUrl: emu.baseUrl, tokens: { getToken: async () => token } });
      const manifest = emptyManifest();
      // U+FFFD too: what a CP1251 file opened as UTF-8 makes of Cyrillic (the validator lets it pass).
      const sneaky = [...SNEAKY.map(([, name]) => name), 'Г\uFFFD\uFFFDрод'];
      manifest.sections.attributes = [{ name: 'ФИО' }, ...sneaky.map((name) => ({ name }))];
      const plan = planSync(manifest, await fetchRemote(client), {});
      const result = await applyPlan(plan, { client, lockPath: path.join(tempDir(), 'x.twin.lock') });
      assert.equal(result.complete, false, 'not everything was pushed, and the result says so');
      assert.deepEqual(
        result.sections.attributes.created.map((c) => c.name),
        ['ФИО'],
      );
      assert.deepEqual(
        result.sections.attributes.failed.map((f) => [f.name, f.error.kind]),
        sneaky.map((name) => [name, 'invalid-name']),
      );
      assert.match(
        describeTwinError(result.sections.attributes.failed[0]?.error),
        /invisible or replacement characters: U\+202E/,
      );
      assert.equal(postCount(emu), 1, 'only the ordinary name was sent');
      assert.deepEqual(
        emu.state.items('attributes').map((i) => i.name),
        ['ФИО'],
      );
    } finally {
      await emu.close();
    }
  });
});

describe('names with invisible characters over LSP (what the VS Code push asks for)', () => {
  let client: LspClient;
  before(async () => {
    client = await startLspClient({ locale: 'ru' });
  });
  after(async () => {
    await client.stop();
  });

  test('twin/manifest gives no model for such a file, and a Russian error says why', async () => {
    const uri = 'file:///tmp/twin-robustness/sneaky.twin.yaml';
    await client.open(uri, manifestWith('ВИП\u202eтнеилк'));
    const answer = await client.request<{
      manifest: unknown;
      diagnostics: Array<{ code: string; message: string }>;
    }>('twin/manifest', { uri });
    assert.equal(answer.manifest, null);
    assert.ok(
      answer.diagnostics.some(
        (d) => d.code === 'invisible-char' && /невидимые символы \(U\+202E\)/.test(d.message),
      ),
    );
  });
});
