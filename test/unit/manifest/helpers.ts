// Test helpers: analyse text, pick problems by code, apply LSP-style edits to text.
import {
  analyzeManifest,
  type AnalyzeOptions,
  type ManifestProblem,
  type TextEdit,
} from '../../../core/src/manifest';
import { createLineIndex } from '../../../core/src/manifest/lines';

/** The problems of `text` with the given code. */
export function problemsOf(text: string, code: string, options: AnalyzeOptions = {}): ManifestProblem[] {
  return analyzeManifest(text, options).diagnostics.filter((d) => d.code === code);
}

/** The codes of every problem of `text`, in order. */
export function codesOf(text: string, options: AnalyzeOptions = {}): string[] {
  return analyzeManifest(text, options).diagnostics.map((d) => d.code);
}

/** `text` with the edits applied (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = createLineIndex(text);
  const offsets = edits
    .map((e) => ({
      start: lines.offsetAt(e.range.start),
      end: lines.offsetAt(e.range.end),
      newText: e.newText,
    }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of offsets) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

/** The text under a problem's range. */
export function textAt(text: string, problem: ManifestProblem): string {
  const lines = createLineIndex(text);
  return text.slice(lines.offsetAt(problem.range.start), lines.offsetAt(problem.range.end));
}

/** Applies the single problem's fix of `code` and returns the new text. */
export function fixed(text: string, code: string, options: AnalyzeOptions = {}): string {
  const [problem] = problemsOf(text, code, options);
  if (!problem?.fix) throw new Error(`no ${code} fix in:\n${text}`);
  return applyEdits(text, problem.fix.edits);
}
