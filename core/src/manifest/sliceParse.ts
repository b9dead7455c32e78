// Parsing one slice of a manifest's text on its own (see segments.ts): the fast path for simple list
// items, else the `yaml` parser; then the per-entry rules, whose findings are kept with the slice.
// A slice that may mean something else inside the whole file is marked not ok, and the analyzer
// parses the whole file instead.
import YAML, { isSeq, type Document } from 'yaml';
import { duplicateKeyErrors, type ParseError } from './duplicateKeys';
import { extractEntry, extractTopLevel } from './extract';
import { fastItems } from './fastItems';
import { MAX_NESTING, tooDeepAt } from './nesting';
import type { EntryNode, SectionEntry, SectionNode, TopLevelKey } from './nodes';
import type { Finding, Span } from './problem';
import { manifestRules, type DocumentFacts, type RuleSettings } from './rules';
import { reporterFor } from './rules/rule';

/** What a slice is: one or more top-level keys, a run of list items, or the whole text. */
export type SliceKind = 'key' | 'items' | 'whole';

/** A slice's parse: it depends on the slice's text alone, with offsets relative to the slice. */
export interface ParsedSlice {
  ok: boolean;
  keys: Array<TopLevelKey & { items: EntryNode[]; flow: boolean }>;
  root: DocumentFacts['root'];
  rootSpan: Span;
  items: EntryNode[];
  errors: ParseError[];
  entryFindings: Finding[];
  /** The items as last placed in the document; re-used while the slice stays where it was. */
  placed?: PlacedItems;
}

/** An items slice's entries as placed in a document: where, in which section, from which index. */
export interface PlacedItems {
  delta: number;
  section: SectionNode['key'];
  firstIndex: number;
  entries: SectionEntry[];
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

// `uniqueKeys: false`: the library's check is quadratic in a mapping's keys; duplicateKeys.ts reports
// the same errors in one pass.
const PARSE_OPTIONS = { prettyErrors: false, keepSourceTokens: false, uniqueKeys: false } as const;

/** Parses one slice and runs the per-entry rules on its entries. */
export function parseSlice(text: string, kind: SliceKind, settings: RuleSettings): ParsedSlice {
  const simple = kind === 'items' ? fastItems(text) : null;
  if (simple) return checkEntries(emptySlice(simple), simple, text, settings);
  const deep = tooDeepAt(text);
  if (deep !== -1) return tooDeepSlice(deep, kind);
  const doc = YAML.parseDocument(text, PARSE_OPTIONS) as Document;
  let usedAlias = false;
  const onAlias = () => {
    usedAlias = true;
  };
  const slice = emptySlice([]);
  slice.errors = parseErrors(doc);
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
  if (kind !== 'whole' && (spills(slice.errors, kind) || usedAlias || doc.warnings.length > 0))
    slice.ok = false;
  if (!slice.ok) return slice;
  const entries = kind === 'items' ? slice.items : slice.keys.flatMap((k) => k.items);
  return checkEntries(slice, entries, text, settings);
}

function parseErrors(doc: Document): ParseError[] {
  const errors: ParseError[] = doc.errors.map((e) => ({
    code: e.code,
    message: e.message,
    span: { start: e.pos[0], end: e.pos[1] },
  }));
  for (const error of duplicateKeyErrors(doc)) errors.push(error);
  return errors;
}

/**
 * A slice that does not parse cleanly on its own may mean something else inside the whole file (an
 * alias to an anchor elsewhere, a quoted string running on): the whole-file parse decides. Errors
 * that stay within their lines (bad indentation, a key in a plain name) are kept: the slice then
 * reports what the whole-file parse reports, without a whole-file parse on every keystroke. Only
 * inside a list: a top-level value's error recovery can swallow the next top-level key.
 */
function spills(errors: readonly ParseError[], kind: SliceKind): boolean {
  return errors.some((e) => kind !== 'items' || !LOCAL_ERRORS.has(e.code));
}

/**
 * Nesting the parser would run out of stack on (see nesting.ts): one syntax error where it starts and
 * nothing else. A slice defers to the whole-file parse, which then says the same for the whole file.
 */
function tooDeepSlice(at: number, kind: SliceKind): ParsedSlice {
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
