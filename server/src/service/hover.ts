// Hover: what a section is and which API call it becomes; for an entry, its normalised form, its
// duplicates and, when the platform is known, whether it is already there.
import type { Hover, Position } from 'vscode-languageserver-types';
import { t, type Locale } from '../../../core/src/i18n/locale';
import { isSectionKey, type ManifestDocument } from '../../../core/src/manifest';
import { differingLetters, foreignLetters } from '../../../core/src/manifest/lookAlike';
import { describeSwap, markedName } from '../../../core/src/manifest/lookAlikeText';
import type { SectionEntry } from '../../../core/src/manifest/nodes';
import { mixedScriptWords } from '../../../core/src/manifest/scripts';
import { entryAt, keyAt } from './locate';
import { serverMessages as m } from './messages';
import type { RemoteIndex } from './remoteIndex';

const KEY_HOVERS = {
  version: m.hoverVersion,
  attributes: m.hoverAttributes,
  clientTags: m.hoverClientTags,
  sessionTags: m.hoverSessionTags,
} as const;

/** The hover at `position`, or null. */
export function hoverAt(
  doc: ManifestDocument,
  position: Position,
  locale: Locale,
  remote: RemoteIndex | null,
): Hover | null {
  const offset = doc.lines.offsetAt(position);
  const key = keyAt(doc, offset);
  if (key && (key.key === 'version' || isSectionKey(key.key))) {
    return {
      contents: { kind: 'markdown', value: t(locale, KEY_HOVERS[key.key]) },
      range: rangeOf(doc, key.span),
    };
  }
  const entry = entryAt(doc, offset);
  if (!entry || entry.name === null || entry.normalized === null) return null;
  const section = doc.sections.find((s) => s.key === entry.section);
  const others = (section?.entries ?? []).filter((e) => e !== entry && e.normalized === entry.normalized);
  const lines = [
    t(locale, m.hoverEntry, entry.name, entry.normalized),
    ...lookAlikeLines(doc, entry, others, locale),
  ];
  lines.push(
    others.length > 0
      ? t(
          locale,
          m.hoverDuplicates,
          others
            .map(
              (e) => `${e.name ?? ''} (${t(locale, m.lineRef, doc.lines.positionAt(e.span.start).line + 1)})`,
            )
            .join(', '),
        )
      : t(locale, m.hoverNoDuplicates),
  );
  if (remote) {
    const onTwin = remote.sections[entry.section].normalized.has(entry.normalized);
    lines.push(t(locale, onTwin ? m.hoverOnTwin : m.hoverNew, remote.host));
  }
  return {
    contents: { kind: 'markdown', value: lines.join('\n\n') },
    range: rangeOf(doc, entry.nameSpan ?? entry.span),
  };
}

/**
 * The letters that make this entry differ from a duplicate that looks the same, or that mix scripts in
 * it: both names with those letters marked, and each letter named (script, code point).
 */
function lookAlikeLines(
  doc: ManifestDocument,
  entry: SectionEntry,
  others: readonly SectionEntry[],
  locale: Locale,
): string[] {
  const name = entry.name ?? '';
  for (const other of others) {
    const swaps = differingLetters(name, other.name ?? '');
    if (swaps.length === 0) continue;
    const line = t(locale, m.lineRef, doc.lines.positionAt(other.span.start).line + 1);
    const otherSwaps = differingLetters(other.name ?? '', name);
    return [
      t(
        locale,
        m.hoverLookAlike,
        markedName(name, swaps),
        markedName(other.name ?? '', otherSwaps),
        line,
        swaps.map((s) => describeSwap(s, locale)).join('; '),
      ),
      t(locale, m.hoverCompared),
    ];
  }
  const swaps = mixedScriptWords(name).flatMap((w) =>
    foreignLetters(w).map((s) => ({ ...s, index: s.index + w.index })),
  );
  if (swaps.length === 0) return others.length > 0 ? [t(locale, m.hoverCompared)] : [];
  return [
    t(
      locale,
      m.hoverMixedScript,
      markedName(name, swaps),
      swaps.map((s) => describeSwap(s, locale)).join('; '),
    ),
  ];
}

function rangeOf(doc: ManifestDocument, span: { start: number; end: number }) {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}
