// A stand-in for the `vscode` module, just enough for client code paths that decide before any UI
// appears (trust, settings) and for background work (status bar item, refresh on open). Installed by a test before it loads the client modules; it records what
// the code asked of the editor so the test can assert on it.
import Module from 'node:module';

/** What a test sets and reads. */
export interface FakeEditor {
  isTrusted: boolean;
  /** `twin.*` settings by key, per level: what `inspect` reports; `get` merges them as scopes would not. */
  settings: Record<
    string,
    { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown }
  >;
  /** Every message the code showed. */
  shown: string[];
  /** The open documents (`workspace.textDocuments`); only their language id matters here. */
  textDocuments: Array<{ languageId: string }>;
}

/** Installs the fake under the name `vscode` and returns its state. */
export function installFakeVscode(): FakeEditor {
  const editor: FakeEditor = { isTrusted: true, settings: {}, shown: [], textDocuments: [] };
  const disposable = { dispose: () => undefined };
  const format = (message: string, ...args: unknown[]) =>
    message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)]));
  const show = async (message: string) => {
    editor.shown.push(message);
    return undefined;
  };
  const fake = {
    workspace: {
      get isTrusted() {
        return editor.isTrusted;
      },
      get textDocuments() {
        return editor.textDocuments;
      },
      onDidOpenTextDocument: () => disposable,
      onDidChangeConfiguration: () => disposable,
      getConfiguration: (section: string) => ({
        inspect: (key: string) => ({ key: `${section}.${key}`, ...editor.settings[key] }),
        get: (key: string, fallback?: unknown) => {
          const s = editor.settings[key] ?? {};
          return s.workspaceFolderValue ?? s.workspaceValue ?? s.globalValue ?? fallback;
        },
      }),
    },
    window: {
      showWarningMessage: show,
      showErrorMessage: show,
      showInformationMessage: show,
      showInputBox: async () => undefined,
      createStatusBarItem: () => ({ show: () => undefined, dispose: () => undefined }),
      withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
        task({ report: () => undefined }, { onCancellationRequested: () => disposable }),
    },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    l10n: { t: format },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
  };
  const moduleWithResolver = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string;
  };
  const resolve = moduleWithResolver._resolveFilename;
  const fakePath = `${__filename}#vscode`;
  moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fakePath : resolve.call(this, request, ...rest);
  };
  const cached = new Module(fakePath);
  cached.exports = fake;
  cached.loaded = true;
  (require.cache as Record<string, unknown>)[fakePath] = cached;
  return editor;
}
