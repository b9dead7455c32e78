// The editor side of the language server: diagnostics of the broken example, a clean company example.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { openFile, repoRoot, twinApi, waitFor } from './support';

describe('TWIN manifests in the editor', () => {
  before(async () => {
    await twinApi();
  });

  it('registers every TWIN command', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of [
      'twin.signIn',
      'twin.signOut',
      'twin.setToken',
      'twin.clearToken',
      'twin.plan',
      'twin.push',
      'twin.pull',
    ])
      assert.ok(all.includes(id), `${id} is not registered`);
  });

  it('shows the problems of examples/broken.twin.yaml', async () => {
    const doc = await openFile(path.join(repoRoot, 'examples', 'broken.twin.yaml'));
    assert.equal(doc.languageId, 'twin-yaml');
    const diagnostics = await waitFor('diagnostics of broken.twin.yaml', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length >= 3 ? d : undefined;
    });
    assert.ok(
      diagnostics.every((d) => d.source === 'twin'),
      'every diagnostic comes from twin',
    );
    assert.ok(diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const codes = new Set(diagnostics.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code)));
    for (const code of ['duplicate-name', 'empty-name', 'unknown-key'])
      assert.ok(codes.has(code), `no ${code} among ${[...codes].join(', ')}`);
  });

  it('links every diagnostic to the page explaining its code, and that page exists', async () => {
    const doc = await openFile(path.join(repoRoot, 'examples', 'broken.twin.yaml'));
    const diagnostics = await waitFor('diagnostics of broken.twin.yaml', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length >= 3 ? d : undefined;
    });
    for (const d of diagnostics) {
      assert.ok(typeof d.code === 'object', `no codeDescription on "${d.message}"`);
      const { value, target } = d.code;
      assert.equal(target.fragment, String(value));
      assert.ok(target.path.endsWith('/docs/problems.md'), target.toString());
      assert.match(fs.readFileSync(target.fsPath, 'utf8'), new RegExp(`^## ${String(value)}$`, 'm'));
    }
  });

  it('folds each section of the example from its key to its last entry', async () => {
    const doc = await openFile(path.join(repoRoot, 'examples', 'company.twin.yaml'));
    const ranges = await waitFor('folding ranges of company.twin.yaml', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>(
        'vscode.executeFoldingRangeProvider',
        doc.uri,
      );
      return r && r.length > 0 ? r : undefined;
    });
    const line = (n: number) => doc.lineAt(n).text;
    const sections = ranges
      .filter((r) => /^\w+:/.test(line(r.start)))
      .map((r) => [line(r.start), line(r.end).trim()]);
    assert.deepEqual(sections, [
      ['attributes:', 'description: Откуда клиент узнал о нас (реклама, знакомые, поиск)'],
      ['clientTags:', 'description: Клиент просил связываться только в чате'],
      ['sessionTags:', '- жалоба # разбирает старший смены'],
    ]);
  });

  it('opens examples/company.twin.yaml without errors, with its sections in the outline', async () => {
    const doc = await openFile(path.join(repoRoot, 'examples', 'company.twin.yaml'));
    assert.equal(doc.languageId, 'twin-yaml');
    // The outline comes from the server, so once it is there the server has analysed the file.
    const symbols = await waitFor('document symbols of company.twin.yaml', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      );
      return s && s.length > 0 ? s : undefined;
    });
    assert.ok(symbols.some((s) => s.name === 'attributes'));
    const errors = vscode.languages
      .getDiagnostics(doc.uri)
      .filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
    );
  });
});
