// Public face of core/manifest: the one call the CLI, the sync engine and the language server use to
// turn manifest text into a validated model and its problems.
//
// CONTRACT (kept stable for core/twin, cli and client; the implementation behind it will grow):
//   analyzeManifest(text, { locale, maxNameLength }) -> { manifest, diagnostics }
//   manifest is null when any diagnostic has severity 'error'.
import YAML, { LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type { Locale } from '../i18n/locale';
import { emptyManifest, isSectionKey, type Manifest } from './model';

export * from './model';
export { normalizeName } from './normalize';

/** Severity of a manifest problem, as an editor shows it. */
export type ProblemSeverity = 'error' | 'warning' | 'information';

/** A 0-based line and UTF-16 column, as LSP counts them. */
export interface TextPosition {
  line: number;
  character: number;
}

/** One problem in a manifest, in the user's language. */
export interface ManifestProblem {
  code: string;
  severity: ProblemSeverity;
  message: string;
  range: { start: TextPosition; end: TextPosition };
}

/** Options of an analysis. */
export interface AnalyzeOptions {
  locale?: Locale;
  maxNameLength?: number;
}

/** The validated model (null when there are errors) and every problem found. */
export interface ManifestAnalysis {
  manifest: Manifest | null;
  diagnostics: ManifestProblem[];
}

/** Parses and validates manifest text. */
export function analyzeManifest(text: string, _options: AnalyzeOptions = {}): ManifestAnalysis {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const diagnostics: ManifestProblem[] = doc.errors.map((e) => {
    const start = lineCounter.linePos(e.pos[0]);
    const end = lineCounter.linePos(e.pos[1]);
    return {
      code: 'yaml-syntax',
      severity: 'error',
      message: e.message,
      range: {
        start: { line: start.line - 1, character: start.col - 1 },
        end: { line: end.line - 1, character: end.col - 1 },
      },
    };
  });
  const manifest = emptyManifest();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!isSectionKey(key) || !isSeq(pair.value)) continue;
      for (const item of pair.value.items) {
        if (isScalar(item)) manifest.sections[key].push({ name: String(item.value) });
        else if (isMap(item)) {
          const name = item.get('name');
          const description = item.get('description');
          if (typeof name === 'string')
            manifest.sections[key].push(typeof description === 'string' ? { name, description } : { name });
        }
      }
    }
  }
  const hasError = diagnostics.some((d) => d.severity === 'error');
  return { manifest: hasError ? null : manifest, diagnostics };
}
