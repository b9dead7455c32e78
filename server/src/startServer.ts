// The LSP adapter: the connection, capabilities, document sync, settings and routing to the pure
// service. A feature that throws is logged and answered empty; it never takes the server down.
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configureBundledL10n } from '../../core/src/l10n/bundled';
import { MAX_NAME_LENGTH, validInteger } from '../../core/src/settings';
import { REMOVE_DUPLICATES_KIND, SORT_ENTRIES_KIND } from './service/codeActions';
import {
  ManifestRequest,
  RemoteStateNotification,
  type ManifestParams,
  type ManifestResult,
} from '../../protocol/src';
import { createManifestService } from './service/manifestService';

/** Starts the server on the transport named on the command line (`--stdio`, `--node-ipc`). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  // The page explaining each problem code ships beside the bundle (dist/server.js → docs/problems.md).
  const service = createManifestService({
    problemDocs: pathToFileURL(path.resolve(__dirname, '..', 'docs', 'problems.md')).href,
  });
  const pending = new Map<string, NodeJS.Immediate>();
  let canPullConfiguration = false;
  let canRefreshInlayHints = false;
  let canRegisterConfigurationChanges = false;

  const log = (what: string, error: unknown) =>
    connection.console.error(
      `${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );

  /** Runs a feature; a throw is logged and answered with `fallback`. */
  function safely<T>(what: string, fallback: T, feature: () => T): T {
    try {
      return feature();
    } catch (error) {
      log(what, error);
      return fallback;
    }
  }

  const publish = (document: TextDocument) =>
    safely('diagnostics', undefined, () => {
      connection
        .sendDiagnostics({
          uri: document.uri,
          version: document.version,
          diagnostics: service.diagnostics(document),
        })
        .catch((error: unknown) => log('publishing diagnostics', error));
    });

  // Analysing is cheap, so diagnostics go out at once; changes already queued in the same turn of
  // the event loop are coalesced into one analysis.
  const schedule = (document: TextDocument) => {
    if (pending.has(document.uri)) return;
    pending.set(
      document.uri,
      setImmediate(() => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) publish(current);
      }),
    );
  };

  const republishAll = () => {
    for (const document of documents.all()) schedule(document);
    if (canRefreshInlayHints)
      connection.languages.inlayHint.refresh().catch((error: unknown) => log('inlay hint refresh', error));
  };

  const pullSettings = async () => {
    if (!canPullConfiguration) return;
    try {
      const [maxNameLength] = (await connection.workspace.getConfiguration([
        { section: MAX_NAME_LENGTH.id },
      ])) as unknown[];
      applyMaxNameLength(maxNameLength);
    } catch (error) {
      log('reading settings', error);
    }
  };

  const applyMaxNameLength = (value: unknown) => {
    const before = service.settings.maxNameLength;
    service.configure({ maxNameLength: validInteger(MAX_NAME_LENGTH, value) ?? MAX_NAME_LENGTH.default });
    if (service.settings.maxNameLength !== before) republishAll();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as { locale?: string } | undefined;
    // The display language is the process's: set once, before any document is analysed.
    configureBundledL10n(params.locale ?? options?.locale);
    canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
    canRefreshInlayHints = Boolean(params.capabilities.workspace?.inlayHint?.refreshSupport);
    canRegisterConfigurationChanges = Boolean(
      params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        // Only the list dash: a space inside a name should not pop the list up.
        completionProvider: { triggerCharacters: ['-'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', SORT_ENTRIES_KIND, REMOVE_DUPLICATES_KIND] },
      },
      serverInfo: { name: 'twin-language-server' },
    };
  });

  connection.onInitialized(() => {
    // Asked for here rather than by the client's deprecated `synchronize.configurationSection`.
    if (canRegisterConfigurationChanges)
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'twin.validation' })
        .catch((error: unknown) => log('registering for settings changes', error));
    void pullSettings();
  });

  // Settings come one way only: pulled (workspace/configuration). A change notification is just the cue
  // to pull again; whatever settings it carries are not read.
  connection.onDidChangeConfiguration(() => void pullSettings());

  documents.onDidChangeContent((change) => schedule(change.document));
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearImmediate(timer);
    pending.delete(event.document.uri);
    service.close(event.document.uri);
    connection
      .sendDiagnostics({ uri: event.document.uri, diagnostics: [] })
      .catch((error: unknown) => log('clearing diagnostics', error));
  });

  const withDocument = <T>(
    uri: string,
    fallback: T,
    what: string,
    feature: (document: TextDocument) => T,
  ): T => {
    const document = documents.get(uri);
    return document ? safely(what, fallback, () => feature(document)) : fallback;
  };

  connection.onCompletion((p) =>
    withDocument(p.textDocument.uri, [], 'completion', (d) => service.completion(d, p.position)),
  );
  connection.onHover((p) =>
    withDocument(p.textDocument.uri, null, 'hover', (d) => service.hover(d, p.position)),
  );
  connection.onDocumentSymbol((p) =>
    withDocument(p.textDocument.uri, [], 'document symbols', (d) => service.documentSymbols(d)),
  );
  connection.onFoldingRanges((p) =>
    withDocument(p.textDocument.uri, [], 'folding ranges', (d) => service.foldingRanges(d)),
  );
  connection.onCodeAction((p) =>
    withDocument(p.textDocument.uri, [], 'code actions', (d) => service.codeActions(d, p.range, p.context)),
  );
  connection.languages.inlayHint.on((p) =>
    withDocument(p.textDocument.uri, [], 'inlay hints', (d) => service.inlayHints(d, p.range)),
  );
  connection.onRequest(
    ManifestRequest,
    // Typed, but sent by another process: a client may omit the parameters or the URI.
    async (p: Partial<ManifestParams> | null | undefined): Promise<ManifestResult | null> => {
      const uri = p?.uri ?? '';
      if (documents.get(uri))
        return withDocument(uri, null, ManifestRequest.method, (d) => service.manifest(d));
      // Not open in the editor: read it from disk, analyse once, forget it.
      try {
        const text = await readFile(fileURLToPath(uri), 'utf8');
        const document = TextDocument.create(uri, 'twin-yaml', 0, text);
        const result = service.manifest(document);
        service.close(uri);
        return result;
      } catch (error) {
        log(ManifestRequest.method, error);
        return null;
      }
    },
  );
  connection.onNotification(RemoteStateNotification, (p) => {
    safely(RemoteStateNotification.method, undefined, () => service.setRemoteState(p));
    republishAll();
  });

  documents.listen(connection);
  connection.listen();
}
