// The positional model of a manifest: what the rules, the language server and the CLI look at.
// Every node keeps the offsets of what it came from, so a problem or an edit can point at it.
import type { SectionKey } from './model';
import type { Span } from './problem';

/** How a scalar is written: decides how a quick fix rewrites it. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/** A key of a mapping as written. */
export interface KeyNode {
  key: string;
  span: Span;
}

/** One item of a section's list, as parsed (before the section and index are known). */
export interface EntryNode {
  /** The item's node: the scalar, or the whole mapping. */
  span: Span;
  /** The whole lines the item occupies, dash and newline included; null inside a flow list `[a, b]`. */
  lineSpan: Span | null;
  kind: 'scalar' | 'mapping' | 'invalid';
  /** The name as a string (a plain scalar's text as written); null when missing or not a scalar. */
  name: string | null;
  nameSpan: Span | null;
  nameStyle: ScalarStyle | null;
  /** The `name:` value when it is a list or mapping. */
  nameInvalidSpan: Span | null;
  description: string | null;
  /** The `description:` value when it is not a string (a list, mapping, number, boolean or null). */
  descriptionInvalidSpan: Span | null;
  /** Keys of a mapping entry other than `name` and `description`. */
  unknownKeys: KeyNode[];
  /** `normalizeName(name)`, computed once; null without a name. */
  normalized: string | null;
}

/** An entry placed in its section. */
export interface SectionEntry extends EntryNode {
  section: SectionKey;
  /** Position in the section's list, from 0. */
  index: number;
}

/** A top-level key with what its value is. */
export interface TopLevelKey extends KeyNode {
  valueKind: 'list' | 'empty' | 'scalar' | 'mapping';
  valueSpan: Span | null;
  /** A scalar value as YAML reads it (for `version`). */
  scalarValue?: unknown;
  /** True for the second and later occurrence of a key. */
  repeated: boolean;
}

/** One of the three sections as found in the file (its first occurrence). */
export interface SectionNode {
  key: SectionKey;
  keySpan: Span;
  valueKind: TopLevelKey['valueKind'];
  /** Written as `[a, b]`. */
  flow: boolean;
  entries: SectionEntry[];
  /** Where the section ends: after its last line. */
  end: number;
}
