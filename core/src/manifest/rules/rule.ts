// What a validation rule is: a code, a severity, and checks over entries (cached with the slice of
// text they come from, so they must only look at the entry) and/or over the whole document.
import type { DuplicateNames } from '../duplicateIndex';
import type { LineIndex } from '../lines';
import type { SectionEntry, EntryNode, SectionNode, TopLevelKey } from '../nodes';
import type { Finding, OffsetEdit, ProblemSeverity, Span } from '../problem';

/** Settings a rule may depend on. */
export interface RuleSettings {
  maxNameLength: number;
}

/** How a rule reports: the span, the message in the user's language, and optional extras. */
export interface RuleReporter {
  report(
    span: Span,
    message: string,
    extras?: {
      fix?: { title: string; edits: OffsetEdit[] };
      related?: Array<{ span: Span; message: string }>;
    },
  ): void;
}

/** The whole document as the document-wide checks see it. */
export interface DocumentFacts {
  text: string;
  lines: LineIndex;
  root: 'map' | 'empty' | 'other';
  rootSpan: Span;
  /** Parser errors, offsets in the whole text. */
  parseErrors: Array<{ code: string; message: string; span: Span }>;
  /** Every top-level key in order, repeats included. */
  keys: TopLevelKey[];
  /** The three sections (first occurrence of each). */
  sections: SectionNode[];
  /** Names that occur more than once per section, when an index keeps them (else every entry is compared). */
  duplicateNames?: DuplicateNames;
}

/** A validation rule. */
export interface ManifestRule {
  code: string;
  severity: ProblemSeverity;
  /** Looks at one entry alone; `text` is the slice the entry's offsets refer to. */
  checkEntry?(entry: EntryNode, text: string, settings: RuleSettings, out: RuleReporter): void;
  /** Looks at the whole document. */
  checkDocument?(doc: DocumentFacts, settings: RuleSettings, out: RuleReporter): void;
}

/** The longest name or key a message quotes whole. */
const MAX_QUOTED = 80;

/**
 * A name or key as a message may quote it: a longer one is cut with an ellipsis. Two duplicate 5 MB names
 * made one diagnostic of 15 MB (message, related text and fix title each quoting them; issue 7 tests).
 */
export function quotable(arg: string): string {
  if (arg.length <= MAX_QUOTED) return arg;
  const cut = /[\uD800-\uDBFF]/.test(arg.charAt(MAX_QUOTED - 2)) ? MAX_QUOTED - 2 : MAX_QUOTED - 1;
  return `${arg.slice(0, cut)}…`;
}

/** Collects a rule's reports as findings. */
export function reporterFor(rule: ManifestRule, into: Finding[]): RuleReporter {
  return {
    report(span, message, extras) {
      const finding: Finding = { code: rule.code, severity: rule.severity, message, span };
      if (extras?.fix) finding.fix = { title: extras.fix.title, edits: extras.fix.edits };
      if (extras?.related)
        finding.related = extras.related.map((r) => ({ span: r.span, message: r.message }));
      into.push(finding);
    },
  };
}

/** The entries of a section that carry a name, for rules that compare names. */
export function namedEntries(section: SectionNode): SectionEntry[] {
  return section.entries.filter((e) => e.normalized !== null);
}
