// Puts the parsed slices of a text together into one document: the top-level keys and sections in
// file order, each slice's errors and entry findings moved to their place; then runs the
// document-wide rules and turns findings into problems with line/character ranges.
import type { DuplicateIndex, Placement } from './duplicateIndex';
import type { LineIndex } from './lines';
import { emptyManifest, isSectionKey, type Manifest, type ManifestEntry } from './model';
import type { SectionNode, TopLevelKey } from './nodes';
import { placeItems, shiftEntry } from './placeEntries';
import { shiftFinding, shiftSpan, type Finding, type ManifestProblem, type Span } from './problem';
import { manifestRules, type DocumentFacts, type RuleSettings } from './rules';
import { reporterFor } from './rules/rule';
import type { Segment } from './segments';
import type { ParsedSlice } from './sliceParse';

/**
 * Everything known about one version of a manifest's text. Its entries belong to the analyzer that
 * made it and are valid until that analyzer's next `analyze` (which may move them in place).
 */
export interface ManifestDocument {
  text: string;
  lines: LineIndex;
  /** Every top-level key in order, repeats included. */
  keys: TopLevelKey[];
  /** The three sections, in file order (first occurrence of each). */
  sections: SectionNode[];
  /** Problems with offsets (for code that edits the text). */
  findings: Finding[];
  /** Problems with LSP ranges, ordered by position. */
  problems: ManifestProblem[];
  /** The validated model; null when there is an error. */
  manifest: Manifest | null;
  /** True when the text could be analysed in slices (the incremental path). */
  sliced: boolean;
}

/** A text, its segments and the parse of each (null for the preamble). */
export interface AssemblyInput {
  text: string;
  lines: LineIndex;
  segments: readonly Segment[];
  slices: ReadonlyArray<ParsedSlice | null>;
  sliced: boolean;
}

/** The document being put together, slice by slice. */
interface Assembly {
  text: string;
  placements: Placement[];
  keys: TopLevelKey[];
  sections: SectionNode[];
  findings: Finding[];
  parseErrors: DocumentFacts['parseErrors'];
  seen: Set<string>;
  root: DocumentFacts['root'];
  rootSpan: Span;
  /** The section the next items slice belongs to (null after any other key). */
  current: SectionNode | null;
}

/** Puts the slices together into one document, runs the document-wide rules, and reports. */
export function assemble(
  input: AssemblyInput,
  settings: RuleSettings,
  duplicates: DuplicateIndex,
): ManifestDocument {
  const { text, lines } = input;
  const a = collect(input);
  const duplicateNames = duplicates.update(a.placements);
  const { root, rootSpan, parseErrors, keys, sections, findings } = a;
  const facts: DocumentFacts = { text, lines, root, rootSpan, parseErrors, keys, sections, duplicateNames };
  for (const rule of manifestRules) {
    if (rule.checkDocument) rule.checkDocument(facts, settings, reporterFor(rule, findings));
  }
  findings.sort((x, y) => x.span.start - y.span.start);
  const problems = findings.map((f) => toProblem(f, lines));
  const hasError = findings.some((f) => f.severity === 'error');
  // Built on first use: publishing diagnostics after a keystroke does not need it.
  let manifest: Manifest | null | undefined;
  return {
    text,
    lines,
    keys,
    sections,
    findings,
    problems,
    get manifest() {
      if (manifest === undefined) manifest = hasError ? null : toManifest(sections);
      return manifest;
    },
    sliced: input.sliced,
  };
}

function collect({ text, segments, slices }: AssemblyInput): Assembly {
  const a: Assembly = {
    text,
    placements: [],
    keys: [],
    sections: [],
    findings: [],
    parseErrors: [],
    seen: new Set(),
    root: 'empty',
    rootSpan: { start: 0, end: 0 },
    current: null,
  };
  segments.forEach((segment, n) => {
    const slice = slices[n];
    if (!slice) return;
    const delta = segment.start;
    for (const e of slice.errors) a.parseErrors.push({ ...e, span: shiftSpan(e.span, delta) });
    for (const f of slice.entryFindings) a.findings.push(shiftFinding(f, delta));
    if (segment.kind === 'items') addItems(a, slice, segment);
    else addKeys(a, slice, segment);
  });
  return a;
}

/** A run of list items: more entries of the section whose key came last. */
function addItems(a: Assembly, slice: ParsedSlice, segment: Segment): void {
  const section = a.current;
  if (!section) return;
  section.valueKind = 'list';
  section.end = segment.end;
  a.placements.push({ section: section.key, entries: slice.items });
  for (const entry of placeItems(slice, segment.start, section)) section.entries.push(entry);
}

/** Top-level keys: each is recorded (repeats marked); the first of each section starts that section. */
function addKeys(a: Assembly, slice: ParsedSlice, segment: Segment): void {
  const delta = segment.start;
  if (slice.root !== 'empty' || a.root === 'empty') {
    a.root = slice.root;
    a.rootSpan = shiftSpan(slice.rootSpan, delta);
  }
  for (const [i, k] of slice.keys.entries()) {
    const repeated = a.seen.has(k.key);
    a.seen.add(k.key);
    const { items, flow, ...key } = k;
    const shifted: TopLevelKey = {
      ...key,
      repeated,
      span: shiftSpan(k.span, delta),
      valueSpan: k.valueSpan && shiftSpan(k.valueSpan, delta),
    };
    a.keys.push(shifted);
    if (!isSectionKey(k.key) || repeated) {
      a.current = null;
      continue;
    }
    // Where this key's part of the file ends: the next key's line, or the end of the slice.
    const nextKey = slice.keys[i + 1];
    const end = nextKey ? a.text.lastIndexOf('\n', nextKey.span.start + delta - 1) + 1 : segment.end;
    const section: SectionNode = {
      key: k.key,
      keySpan: shifted.span,
      valueKind: k.valueKind,
      flow,
      entries: [],
      end,
    };
    items.forEach((item, index) => section.entries.push(shiftEntry(item, delta, section.key, index)));
    if (items.length > 0) a.placements.push({ section: section.key, entries: items });
    a.sections.push(section);
    a.current = section;
  }
}

function toProblem(finding: Finding, lines: LineIndex): ManifestProblem {
  const range = (span: Span) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  const problem: ManifestProblem = {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    range: range(finding.span),
  };
  if (finding.related)
    problem.related = finding.related.map((r) => ({ message: r.message, range: range(r.span) }));
  if (finding.fix)
    problem.fix = {
      title: finding.fix.title,
      edits: finding.fix.edits.map((e) => ({ range: range(e), newText: e.newText })),
    };
  return problem;
}

function toManifest(sections: SectionNode[]): Manifest {
  const manifest = emptyManifest();
  for (const section of sections) {
    manifest.sections[section.key] = section.entries.map((e): ManifestEntry => {
      const entry: ManifestEntry = { name: e.name ?? '' };
      if (e.description !== null) entry.description = e.description;
      return entry;
    });
  }
  return manifest;
}
