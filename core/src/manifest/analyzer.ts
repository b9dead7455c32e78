// The analysis: text -> positional model -> problems -> validated model. An analyzer keeps the
// parse of each slice of the previous version of the text (see segments.ts), so after an edit only
// the slices whose text changed are parsed and checked again (sliceCache.ts, sliceParse.ts); the
// rest is shifted into place (assemble.ts).
import { assemble, type ManifestDocument } from './assemble';
import { createDuplicateIndex, type DuplicateIndex } from './duplicateIndex';
import { createLineIndex, lineIndexAfterChange, type LineIndex } from './lines';
import type { RuleSettings } from './rules';
import { segmentText, segmentTextAfterChange, type Segment } from './segments';
import { sliceAll, type PreviousVersion } from './sliceCache';
import { parseSlice } from './sliceParse';
import { findTextChange } from './textChange';

export type { ManifestDocument } from './assemble';
import { MAX_NAME_LENGTH } from '../settings';

/** Options of an analysis. */
export interface AnalyzeOptions {
  maxNameLength?: number;
  /** False parses the whole text every time (tests compare both paths). Default true. */
  incremental?: boolean;
}

/** The default of `twin.validation.maxNameLength`. */
export const DEFAULT_MAX_NAME_LENGTH = MAX_NAME_LENGTH.default;

/** Analyses successive versions of one document, re-using the work on unchanged slices. */
export interface ManifestAnalyzer {
  readonly settings: RuleSettings;
  analyze(text: string): ManifestDocument;
}

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
      const slices = segments && sliceAll({ text, segments, previous, change }, settings);
      const lines =
        previous && change ? lineIndexAfterChange(previous.lines, text, change) : createLineIndex(text);
      const doc =
        segments && slices
          ? assemble({ text, lines, segments, slices, sliced: true }, settings, duplicates)
          : analyzeWhole(text, settings, duplicates, lines);
      previous = { text, segments: segments && slices ? segments : null, slices, lines };
      return doc;
    },
  };
}

/** The whole text as one slice: for text that cannot be cut, and for tests of the incremental path. */
function analyzeWhole(
  text: string,
  settings: RuleSettings,
  duplicates: DuplicateIndex,
  lines: LineIndex = createLineIndex(text),
): ManifestDocument {
  const whole: Segment = { kind: 'key', start: 0, end: text.length, itemCount: 0 };
  const slices = [parseSlice(text, 'whole', settings)];
  return assemble({ text, lines, segments: [whole], slices, sliced: false }, settings, duplicates);
}
