// The shapes a manifest problem takes: offsets while the analysis runs (cheap to shift when a cached
// part of the document moves), LSP-style line/character ranges once it is reported.

/** Severity of a manifest problem, as an editor shows it. */
export type ProblemSeverity = 'error' | 'warning' | 'information';

/** A 0-based line and UTF-16 column, as LSP counts them. */
export interface TextPosition {
  line: number;
  character: number;
}

/** A 0-based LSP-style range. */
export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** A text replacement in line/character coordinates. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

/** A quick fix: a title in the user's language and the edits that apply it. */
export interface ProblemFix {
  title: string;
  edits: TextEdit[];
}

/** One problem in a manifest, in the user's language. */
export interface ManifestProblem {
  code: string;
  severity: ProblemSeverity;
  message: string;
  range: TextRange;
  /** Other places that explain this problem (the first of a pair of duplicates). */
  related?: Array<{ message: string; range: TextRange }>;
  /** The quick fix for this problem, when there is one. */
  fix?: ProblemFix;
}

/** A half-open range of offsets in the text. */
export interface Span {
  start: number;
  end: number;
}

/** A text replacement in offsets. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** A problem while the analysis runs: offsets, not yet positions. */
export interface Finding {
  code: string;
  severity: ProblemSeverity;
  message: string;
  span: Span;
  related?: Array<{ message: string; span: Span }>;
  fix?: { title: string; edits: OffsetEdit[] };
}

/** The same finding moved by `delta` characters (a cached part of the document moved). */
export function shiftFinding(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding;
  const shifted: Finding = { ...finding, span: shiftSpan(finding.span, delta) };
  if (finding.related)
    shifted.related = finding.related.map((r) => ({ message: r.message, span: shiftSpan(r.span, delta) }));
  if (finding.fix)
    shifted.fix = {
      title: finding.fix.title,
      edits: finding.fix.edits.map((e) => ({
        start: e.start + delta,
        end: e.end + delta,
        newText: e.newText,
      })),
    };
  return shifted;
}

/** A span moved by `delta`. */
export function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}
