// The analysis: text -> positional model -> problems -> validated model. An analyzer keeps the
// parse of each slice of the previous version of the text (see segments.ts), so after an edit only
// the slices whose text changed are parsed and checked again; the rest is shifted into place.
import YAML, { isSeq, type Document } from 'yaml';
import { createDuplicateIndex, type DuplicateIndex, type Placement } from './duplicateIndex';
import { extractEntry, extractTopLevel } from './extract';
import { fastItems } from './fastItems';
import { MAX_NESTING, tooDeepAt } from './nesting';
import { createLineIndex, lineIndexAfterChange, type LineIndex } from './lines';
import { emptyManifest, isSectionKey, type Manifest, type ManifestEntry } from './model';
import type { EntryNode, SectionEntry, SectionNode, TopLevelKey } from './nodes';
import { shiftFinding, shiftSpan, type Finding, type ManifestProblem, type Span } from './problem';
import { manifestRules, type DocumentFacts, type RuleSettings } from './rules';
import { reporterFor } from './rules/rule';
import { segmentText, segmentTextAfterChange, type Segment } from './segments';
import { findTextChange, type TextChange } from './textChange';

/** Options of an analysis. */
export interface AnalyzeOptions {
  maxNameLength?: number;
  /** False parses the whole text every time (tests compare both paths). Default true. */
  incremental?: boolean;
}

/** The default of `twin.validation.maxNameLength`. */
export const DEFAULT_MAX_NAME_LENGTH = 255;

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

/** Analyses successive versions of one document, re-using the work on unchanged slices. */
export interface ManifestAnalyzer {
  readonly settings: RuleSettings;
  analyze(text: string): ManifestDocument;
}

interface ParsedSlice {
  ok: boolean;
  keys: Array<TopLevelKey & { items: EntryNode[]; flow: boolean }>;
  root: DocumentFacts['root'];
  rootSpan: Span;
  items: EntryNode[];
  errors: DocumentFacts['parseErrors'];
  entryFindings: Finding[];
  /** The items as last placed in the document; re-used while the slice stays where it was. */
  placed?: { delta: number; section: SectionNode['key']; firstIndex: number; entries: SectionEntry[] };
}

/** Parser errors that cannot reach past the slice they occur in (unlike an unclosed quote or bracket). */
const LOCAL_ERRORS: ReadonlySet<string> = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'DUPLICATE_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'TAB_AS_INDENT',
  'UNEXPECTED_TOKEN',
  'BAD_DQ_ESCAPE',
  'BAD_SCALAR_START',
  'KEY_OVER_1024_CHARS',
]);

const PARSE_OPTIONS = { prettyErrors: false, keepSourceTokens: false } as const;

/** Creates an analyzer for one document with fixed settings. */
export function createManifestAnalyzer(options: AnalyzeOptions = {}): ManifestAnalyzer {
  const settings: RuleSettings = {
    maxNameLength: options.maxNameLength ?? DEFAULT_MAX_NAME_LENGTH,
  };
  // The previous version: its text, how it was cut and each slice's parse (a slice's parse depends
  // on its text alone), and its line index.
  let previous: PreviousVersion | null = null;
  const duplicates = createDuplicateIndex();
  return {
    settings,
    analyze(text) {
      if (options.incremental === false) return analyzeWhole(text, settings, duplicates);
      const change = previous && findTextChange(previous.text, text);
      const segments =
        previous?.segments && change
          ? segmentTextAfterChange(previous.segments, text, change)
          : segmentText(text);
      const slices = segments && sliceAll(text, segments, settings, previous, change);
      const lines =
        previous && change ? lineIndexAfterChange(previous.lines, text, change) : createLineIndex(text);
      const doc =
        segments && slices
          ? assemble(text, lines, segments, slices, settings, true, duplicates)
          : analyzeWhole(text, settings, duplicates, lines);
      previous = { text, segments: segments && slices ? segments : null, slices, lines };
      return doc;
    },
  };
}

/** What an analyzer keeps of the previous version of its text. */
interface PreviousVersion {
  text: string;
  segments: Segment[] | null;
  /** The parse of each of `segments` (null for the preamble). */
  slices: Array<ParsedSlice | null> | null;
  lines: LineIndex;
}

function analyzeWhole(
  text: string,
  settings: RuleSettings,
  duplicates: DuplicateIndex,
  lines: LineIndex = createLineIndex(text),
): ManifestDocument {
  const whole: Segment = { kind: 'key', start: 0, end: text.length, itemCount: 0 };
  return assemble(text, lines, [whole], [parseSlice(text, 'whole', settings)], settings, false, duplicates);
}

/**
 * Parses every slice; null when one is not self-contained. A slice in the unchanged start or end of
 * the text re-uses the previous version's parse of the same slice, found by position (no need to
 * compare or hash its text); the few around the change are looked up by text among the previous
 * slices there, or parsed. A previous parse is used at one place only: its entries are moved in
 * place when their slice moves, so two places sharing one would move each other's entries.
 */
function sliceAll(
  text: string,
  segments: Segment[],
  settings: RuleSettings,
  previous: PreviousVersion | null,
  change: TextChange | null,
): Array<ParsedSlice | null> | null {
  const old: OldSlices | null =
    previous?.segments && previous.slices && change
      ? { text: previous.text, segments: previous.segments, slices: previous.slices, change }
      : null;
  let aroundChange: Map<string, ParsedSlice> | null = null;
  const slices: Array<ParsedSlice | null> = [];
  for (const segment of segments) {
    if (segment.kind === 'preamble') {
      slices.push(null);
      continue;
    }
    let parsed = old ? samePlace(old, segment, text.length) : null;
    if (!parsed) {
      const sliceText = text.slice(segment.start, segment.end);
      if (old && !aroundChange) aroundChange = changedSlices(old);
      parsed = aroundChange?.get(sliceText) ?? null;
      if (parsed) aroundChange?.delete(sliceText);
      else parsed = parseSlice(sliceText, segment.kind, settings);
    }
    if (!parsed.ok) return null;
    if (segment.kind === 'items' && parsed.items.length !== segment.itemCount) return null;
    if (segment.kind === 'key' && parsed.keys.length !== 1) return null;
    slices.push(parsed);
  }
  return slices;
}

interface OldSlices {
  text: string;
  segments: Segment[];
  slices: Array<ParsedSlice | null>;
  change: TextChange;
}

/** The previous parse of a slice lying wholly in the unchanged start or end, if it was a slice then too. */
function samePlace(old: OldSlices, segment: Segment, length: number): ParsedSlice | null {
  const { prefix, suffix, delta } = old.change;
  let shift: number;
  if (segment.end <= prefix) shift = 0;
  else if (segment.start >= length - suffix) shift = delta;
  else return null;
  const start = segment.start - shift;
  const { segments } = old;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  const match = segments[low];
  if (!match || match.start !== start || match.end !== segment.end - shift || match.kind !== segment.kind)
    return null;
  return old.slices[low] ?? null;
}

/** The previous parses of the slices that overlapped the changed part, by their text. */
function changedSlices(old: OldSlices): Map<string, ParsedSlice> {
  const byText = new Map<string, ParsedSlice>();
  const changedEnd = old.text.length - old.change.suffix;
  old.segments.forEach((segment, i) => {
    const parsed = old.slices[i];
    if (parsed && segment.end > old.change.prefix && segment.start < changedEnd)
      byText.set(old.text.slice(segment.start, segment.end), parsed);
  });
  return byText;
}

/** Parses one slice and runs the per-entry rules on its entries. */
function parseSlice(text: string, kind: 'key' | 'items' | 'whole', settings: RuleSettings): ParsedSlice {
  const simple = kind === 'items' ? fastItems(text) : null;
  if (simple) return checkEntries(emptySlice(simple), simple, text, settings);
  const deep = tooDeepAt(text);
  if (deep !== -1) return tooDeepSlice(deep, kind);
  const doc = YAML.parseDocument(text, PARSE_OPTIONS) as Document;
  let usedAlias = false;
  const onAlias = () => {
    usedAlias = true;
  };
  const errors = doc.errors.map((e) => ({
    code: e.code,
    message: e.message,
    span: { start: e.pos[0], end: e.pos[1] },
  }));
  const slice = emptySlice([]);
  slice.errors = errors;
  if (kind === 'items') {
    const contents = doc.contents;
    if (isSeq(contents))
      slice.items = contents.items.map((item) => extractEntry(item as never, text, doc, onAlias));
    else slice.ok = false;
  } else {
    const top = extractTopLevel(doc, text, onAlias);
    slice.keys = top.keys;
    slice.root = top.root;
    slice.rootSpan = top.rootSpan;
  }
  // A slice that does not parse cleanly on its own may mean something else inside the whole file
  // (an alias to an anchor elsewhere, a quoted string running on): let the whole-file parse decide.
  // Errors that stay within their lines (bad indentation, a key in a plain name) are kept: the slice
  // then reports what the whole-file parse reports, without a whole-file parse on every keystroke.
  // Only inside a list: a top-level value's error recovery can swallow the next top-level key.
  const spills = errors.some((e) => kind !== 'items' || !LOCAL_ERRORS.has(e.code));
  if (kind !== 'whole' && (spills || usedAlias || doc.warnings.length > 0)) slice.ok = false;
  if (!slice.ok) return slice;
  const entries = kind === 'items' ? slice.items : slice.keys.flatMap((k) => k.items);
  return checkEntries(slice, entries, text, settings);
}

/**
 * Nesting the parser would run out of stack on (see nesting.ts): one syntax error where it starts and
 * nothing else. A slice defers to the whole-file parse, which then says the same for the whole file.
 */
function tooDeepSlice(at: number, kind: 'key' | 'items' | 'whole'): ParsedSlice {
  const slice = emptySlice([]);
  slice.ok = kind === 'whole';
  const message = `Nested more than ${MAX_NESTING} levels deep (a manifest needs three)`;
  slice.errors = [{ code: 'NESTING_TOO_DEEP', message, span: { start: at, end: at + 1 } }];
  return slice;
}

function emptySlice(items: EntryNode[]): ParsedSlice {
  return {
    ok: true,
    keys: [],
    root: 'empty',
    rootSpan: { start: 0, end: 0 },
    items,
    errors: [],
    entryFindings: [],
  };
}

/** Runs the per-entry rules; their findings are cached with the slice. */
function checkEntries(
  slice: ParsedSlice,
  entries: EntryNode[],
  text: string,
  settings: RuleSettings,
): ParsedSlice {
  for (const rule of manifestRules) {
    if (!rule.checkEntry) continue;
    const out = reporterFor(rule, slice.entryFindings);
    for (const entry of entries) rule.checkEntry(entry, text, settings, out);
  }
  return slice;
}

function shiftEntry(
  entry: EntryNode,
  delta: number,
  section: SectionNode['key'],
  index: number,
): SectionEntry {
  // Listed field by field: an object spread here was the hottest line of an edit at 10,000 entries.
  return {
    section,
    index,
    span: shiftSpan(entry.span, delta),
    lineSpan: entry.lineSpan && shiftSpan(entry.lineSpan, delta),
    kind: entry.kind,
    name: entry.name,
    nameSpan: entry.nameSpan && shiftSpan(entry.nameSpan, delta),
    nameStyle: entry.nameStyle,
    nameInvalidSpan: entry.nameInvalidSpan && shiftSpan(entry.nameInvalidSpan, delta),
    description: entry.description,
    descriptionInvalidSpan: entry.descriptionInvalidSpan && shiftSpan(entry.descriptionInvalidSpan, delta),
    unknownKeys:
      entry.unknownKeys.length === 0
        ? entry.unknownKeys
        : entry.unknownKeys.map((k) => ({ key: k.key, span: shiftSpan(k.span, delta) })),
    normalized: entry.normalized,
  };
}

/** Moves placed entries by `delta` characters and `indexDelta` positions, in place. */
function moveEntries(entries: readonly SectionEntry[], delta: number, indexDelta: number): void {
  const move = (span: Span | null) => {
    if (span) {
      span.start += delta;
      span.end += delta;
    }
  };
  for (const entry of entries) {
    entry.index += indexDelta;
    if (delta === 0) continue;
    move(entry.span);
    move(entry.lineSpan);
    move(entry.nameSpan);
    move(entry.nameInvalidSpan);
    move(entry.descriptionInvalidSpan);
    for (const key of entry.unknownKeys) move(key.span);
  }
}

/** Puts the slices together into one document, runs the document-wide rules, and reports. */
function assemble(
  text: string,
  lines: LineIndex,
  segments: Segment[],
  parsed: Array<ParsedSlice | null>,
  settings: RuleSettings,
  sliced: boolean,
  duplicates: DuplicateIndex,
): ManifestDocument {
  const placements: Placement[] = [];
  const keys: TopLevelKey[] = [];
  const sections: SectionNode[] = [];
  const findings: Finding[] = [];
  const parseErrors: DocumentFacts['parseErrors'] = [];
  const seen = new Set<string>();
  let root: DocumentFacts['root'] = 'empty';
  let rootSpan: Span = { start: 0, end: 0 };
  let current = null as SectionNode | null;
  for (const [n, segment] of segments.entries()) {
    const slice = parsed[n];
    if (!slice) continue;
    const delta = segment.start;
    for (const e of slice.errors) parseErrors.push({ ...e, span: shiftSpan(e.span, delta) });
    for (const f of slice.entryFindings) findings.push(shiftFinding(f, delta));
    if (segment.kind === 'items') {
      const section = current;
      if (section) {
        section.valueKind = 'list';
        section.end = segment.end;
        placements.push({ section: section.key, entries: slice.items });
        const firstIndex = section.entries.length;
        const placed = slice.placed;
        if (placed && placed.section === section.key) {
          // Typing moves every later slice by a few characters: move its entries in place rather
          // than allocating them again (the previous document's entries are not used after this).
          if (placed.delta !== delta || placed.firstIndex !== firstIndex) {
            moveEntries(placed.entries, delta - placed.delta, firstIndex - placed.firstIndex);
            placed.delta = delta;
            placed.firstIndex = firstIndex;
          }
          for (const entry of placed.entries) section.entries.push(entry);
        } else {
          const entries = slice.items.map((item, i) => shiftEntry(item, delta, section.key, firstIndex + i));
          slice.placed = { delta, section: section.key, firstIndex, entries };
          for (const entry of entries) section.entries.push(entry);
        }
      }
      continue;
    }
    if (slice.root !== 'empty' || root === 'empty') {
      root = slice.root;
      rootSpan = shiftSpan(slice.rootSpan, delta);
    }
    for (const [i, k] of slice.keys.entries()) {
      const repeated = seen.has(k.key);
      seen.add(k.key);
      const { items, flow, ...key } = k;
      const shifted: TopLevelKey = {
        ...key,
        repeated,
        span: shiftSpan(k.span, delta),
        valueSpan: k.valueSpan && shiftSpan(k.valueSpan, delta),
      };
      keys.push(shifted);
      // Where this key's part of the file ends: the next key's line, or the end of the slice.
      const nextKey = slice.keys[i + 1];
      const end = nextKey ? text.lastIndexOf('\n', nextKey.span.start + delta - 1) + 1 : segment.end;
      if (isSectionKey(k.key) && !repeated) {
        const section: SectionNode = {
          key: k.key,
          keySpan: shifted.span,
          valueKind: k.valueKind,
          flow,
          entries: [],
          end,
        };
        items.forEach((item, index) => section.entries.push(shiftEntry(item, delta, section.key, index)));
        if (items.length > 0) placements.push({ section: section.key, entries: items });
        sections.push(section);
        current = section;
      } else current = null;
    }
  }
  const duplicateNames = duplicates.update(placements);
  const facts: DocumentFacts = { text, lines, root, rootSpan, parseErrors, keys, sections, duplicateNames };
  for (const rule of manifestRules) {
    if (rule.checkDocument) rule.checkDocument(facts, settings, reporterFor(rule, findings));
  }
  findings.sort((a, b) => a.span.start - b.span.start);
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
    sliced,
  };
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
