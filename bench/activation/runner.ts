// Runs inside code-server's extension host (as an "extension tests" runner): activates the TWIN
// extension, waits until its language server is ready, then opens a manifest and waits for its first
// diagnostics, and prints the times on one line that the bench picks out of the output.
import * as vscode from 'vscode';

/** The line prefix the bench looks for. */
export const ACTIVATION_MARK = 'TWIN_BENCH_ACTIVATION ';

interface ExtensionApi {
  whenLanguageServerReady(): Promise<void>;
}

/** Polls `ready` every 10 ms until it is true or `timeoutMs` passes; true when it became true. */
async function poll(ready: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return ready();
}

/** Entry point called by the extension host. */
export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<ExtensionApi>('twin-tools.twin-profile');
  if (!extension) throw new Error('twin-tools.twin-profile is not loaded');
  const wasActive = extension.isActive;
  const start = performance.now();
  const api = await extension.activate();
  const activated = performance.now();
  await api.whenLanguageServerReady();
  const ready = performance.now();
  const file = (await vscode.workspace.findFiles('**/*.twin.yaml', undefined, 20)).find((u) =>
    u.path.endsWith('broken.twin.yaml'),
  );
  let firstDiagnosticsMs: number | null = null;
  if (file) {
    const opened = performance.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    if (await poll(() => vscode.languages.getDiagnostics(file).some((d) => d.source === 'twin'), 20_000))
      firstDiagnosticsMs = performance.now() - opened;
  }
  console.log(
    ACTIVATION_MARK +
      JSON.stringify({
        wasActive,
        activateMs: activated - start,
        serverReadyMs: ready - start,
        firstDiagnosticsMs,
      }),
  );
}
