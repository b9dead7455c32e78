// The language features over plain TextDocuments, without any connection: the LSP adapter
// (../startServer.ts) routes requests here, tests call it directly. It remembers one analyzer per
// open document so that an edit re-parses only the slices it touched.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionContext,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
} from 'vscode-languageserver-types';
import {
  createManifestAnalyzer,
  DEFAULT_MAX_NAME_LENGTH,
  type ManifestAnalyzer,
  type ManifestDocument,
  type ManifestProblem,
} from '../../../core/src/manifest';
import { codeActionsFor } from './codeActions';
import { completeAt } from './completion';
import { toDiagnostic } from './convert';
import { hoverAt } from './hover';
import type { ManifestResult, RemoteStateParams } from '../../../protocol/src/types';
import { indexRemoteState, type RemoteIndex } from './remoteIndex';
import { remoteInlayHints, remoteOnlyProblems } from './remoteFeatures';
import { documentSymbols, foldingRanges } from './symbols';

/** Settings the features depend on. */
export interface ServiceSettings {
  maxNameLength: number;
  /** URI of the page explaining every problem code (docs/problems.md): each diagnostic links to it. */
  problemDocs?: string;
}

interface DocumentState {
  analyzer: ManifestAnalyzer;
  version: number;
  doc: ManifestDocument | null;
  /** Problems including `remote-only`, for the remote state generation they were made with. */
  problems: ManifestProblem[] | null;
  remoteGeneration: number;
}

/** The language features of TWIN manifests. */
export interface ManifestService {
  readonly settings: ServiceSettings;
  /** Changes settings; every document is analysed afresh. */
  configure(settings: Partial<ServiceSettings>): void;
  /** Sets (or clears with null) what the platform holds; applies to every document. */
  setRemoteState(params: RemoteStateParams | null): void;
  readonly remote: RemoteIndex | null;
  analyze(document: TextDocument): ManifestDocument;
  /** Every problem, `remote-only` included. */
  problems(document: TextDocument): ManifestProblem[];
  diagnostics(document: TextDocument): Diagnostic[];
  manifest(document: TextDocument): ManifestResult;
  completion(document: TextDocument, position: Position): CompletionItem[];
  hover(document: TextDocument, position: Position): Hover | null;
  documentSymbols(document: TextDocument): DocumentSymbol[];
  foldingRanges(document: TextDocument): FoldingRange[];
  codeActions(document: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  inlayHints(document: TextDocument, range: Range): InlayHint[];
  /** Forgets a closed document. */
  close(uri: string): void;
}

/** Creates the service. */
export function createManifestService(initial: Partial<ServiceSettings> = {}): ManifestService {
  let settings: ServiceSettings = { maxNameLength: DEFAULT_MAX_NAME_LENGTH, ...initial };
  let remote: RemoteIndex | null = null;
  let remoteGeneration = 0;
  const states = new Map<string, DocumentState>();

  const stateOf = (uri: string): DocumentState => {
    let state = states.get(uri);
    if (!state) {
      state = {
        analyzer: createManifestAnalyzer(settings),
        version: -1,
        doc: null,
        problems: null,
        remoteGeneration: -1,
      };
      states.set(uri, state);
    }
    return state;
  };

  const analyze = (document: TextDocument): ManifestDocument => {
    const state = stateOf(document.uri);
    if (state.doc && state.version === document.version) return state.doc;
    state.doc = state.analyzer.analyze(document.getText());
    state.version = document.version;
    state.problems = null;
    return state.doc;
  };

  const problems = (document: TextDocument): ManifestProblem[] => {
    const doc = analyze(document);
    const state = stateOf(document.uri);
    if (state.problems && state.remoteGeneration === remoteGeneration) return state.problems;
    state.problems = remote ? [...doc.problems, ...remoteOnlyProblems(doc, remote)] : doc.problems;
    state.remoteGeneration = remoteGeneration;
    return state.problems;
  };

  return {
    get settings() {
      return settings;
    },
    get remote() {
      return remote;
    },
    configure(next) {
      const merged = { ...settings, ...next };
      const reanalyse = merged.maxNameLength !== settings.maxNameLength;
      // The docs link only changes the diagnostics' conversion, not the cached analyses.
      settings = merged;
      if (reanalyse) states.clear();
    },
    setRemoteState(params) {
      remote = indexRemoteState(params);
      remoteGeneration++;
    },
    analyze,
    problems,
    diagnostics: (document) =>
      problems(document).map((p) => toDiagnostic(p, document.uri, settings.problemDocs)),
    manifest(document) {
      const doc = analyze(document);
      return { manifest: doc.manifest, diagnostics: doc.problems };
    },
    completion: (document, position) => completeAt(analyze(document), position, remote),
    hover: (document, position) => hoverAt(analyze(document), position, remote),
    documentSymbols: (document) => documentSymbols(analyze(document)),
    foldingRanges: (document) => foldingRanges(analyze(document)),
    codeActions: (document, _range, context) =>
      codeActionsFor(analyze(document), document.uri, problems(document), context),
    inlayHints: (document, range) => (remote ? remoteInlayHints(analyze(document), remote, range) : []),
    close(uri) {
      states.delete(uri);
    },
  };
}
