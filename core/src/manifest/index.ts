// Public face of core/manifest: the one call the CLI, the sync engine and the language server use to
// turn manifest text into a validated model and its problems.
//
// CONTRACT (kept stable for core/twin, cli and client; the implementation behind it will grow):
//   analyzeManifest(text, { maxNameLength }) -> { manifest, diagnostics }
//   manifest is null when any diagnostic has severity 'error'.
import { createManifestAnalyzer, type AnalyzeOptions } from './analyzer';
import type { Manifest } from './model';
import type { ManifestProblem } from './problem';

export * from './model';
export { normalizeName } from './normalize';
export type {
  ProblemSeverity,
  TextPosition,
  TextRange,
  TextEdit,
  ProblemFix,
  ManifestProblem,
} from './problem';
export {
  createManifestAnalyzer,
  DEFAULT_MAX_NAME_LENGTH,
  type AnalyzeOptions,
  type ManifestAnalyzer,
  type ManifestDocument,
} from './analyzer';
export type { SectionEntry, SectionNode, TopLevelKey, EntryNode } from './nodes';

/** The validated model (null when there are errors) and every problem found. */
export interface ManifestAnalysis {
  manifest: Manifest | null;
  diagnostics: ManifestProblem[];
}

/** Parses and validates manifest text. */
export function analyzeManifest(text: string, options: AnalyzeOptions = {}): ManifestAnalysis {
  const doc = createManifestAnalyzer(options).analyze(text);
  return { manifest: doc.manifest, diagnostics: doc.problems };
}
