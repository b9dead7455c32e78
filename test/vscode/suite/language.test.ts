// The editor side of the language server: diagnostics of the broken example, a clean company example.
import assert from 'node:assert/strict';
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
