// Hover: what a section is and which API call it becomes; for an entry, its normalised form, its
// duplicates and, when the platform is known, whether it is already there.
import type { Hover, Position } from 'vscode-languageserver-types';
import { t, type Locale } from '../../../core/src/i18n/locale';
import { isSectionKey, type ManifestDocument } from '../../../core/src/manifest';
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
  const lines = [t(locale, m.hoverEntry, entry.name, entry.normalized)];
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

function rangeOf(doc: ManifestDocument, span: { start: number; end: number }) {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}
