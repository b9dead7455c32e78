// Hover: what a section is and which API call it becomes; for an entry, its normalised form, its
// duplicates and, when the platform is known, whether it is already there.
import type { Hover, Position } from 'vscode-languageserver-types';
import { t } from '../../../core/src/l10n';
import { isSectionKey, type ManifestDocument } from '../../../core/src/manifest';
import { differingLetters, foreignLetters } from '../../../core/src/manifest/lookAlike';
import { describeSwap, markedName } from '../../../core/src/manifest/lookAlikeText';
import type { SectionEntry } from '../../../core/src/manifest/nodes';
import { mixedScriptWords } from '../../../core/src/manifest/scripts';
import { entryAt, keyAt } from './locate';
import type { RemoteIndex } from './remoteIndex';

const KEY_HOVERS = {
  version: () => t('**version**: the format version of this manifest. Only `1` exists.'),
  attributes: () =>
    t(
      '**attributes**: client attributes, the fields an operator fills in about a client during a dialog (shown under «О клиенте»).\n\nEach new one becomes `POST /clients/attributes {"name": …}`.',
    ),
  clientTags: () =>
    t(
      '**clientTags**: client tags, labels on a client (ВИП-клиент, часто обращается).\n\nEach new one becomes `POST /clients/tags {"tag": …}`.',
    ),
  sessionTags: () =>
    t(
      '**sessionTags**: session tags, labels on one dialog (предоплата, кредит).\n\nEach new one becomes `POST /sessions/tags {"tag": …}`.',
    ),
} as const;

/** The hover at `position`, or null. */
export function hoverAt(doc: ManifestDocument, position: Position, remote: RemoteIndex | null): Hover | null {
  const offset = doc.lines.offsetAt(position);
  const key = keyAt(doc, offset);
  if (key && (key.key === 'version' || isSectionKey(key.key))) {
    return {
      contents: { kind: 'markdown', value: KEY_HOVERS[key.key]() },
      range: rangeOf(doc, key.span),
    };
  }
  const entry = entryAt(doc, offset);
  if (!entry || entry.name === null || entry.normalized === null) return null;
  const section = doc.sections.find((s) => s.key === entry.section);
  const others = (section?.entries ?? []).filter((e) => e !== entry && e.normalized === entry.normalized);
  const lines = [
    t('**{0}**\n\nNormalised: `{1}`', entry.name, entry.normalized),
    ...lookAlikeLines(doc, entry, others),
  ];
  lines.push(others.length > 0 ? sameNameAs(doc, others) : t('No duplicates in this section.'));
  if (remote) {
    const onTwin = remote.sections[entry.section].normalized.has(entry.normalized);
    lines.push(
      onTwin
        ? t('Already on TWIN ({0}).', remote.host)
        : t('Not on TWIN yet: a push creates it ({0}).', remote.host),
    );
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
): string[] {
  const name = entry.name ?? '';
  const compared = t(
    'Names are compared ignoring case, ё/е, spaces and Latin letters that look like Cyrillic ones.',
  );
  for (const other of others) {
    const swaps = differingLetters(name, other.name ?? '');
    if (swaps.length === 0) continue;
    const line = t('line {0}', doc.lines.positionAt(other.span.start).line + 1);
    const otherSwaps = differingLetters(other.name ?? '', name);
    return [
      t(
        'Told apart only by look-alike letters (marked):\n\n- {0} (this entry)\n- {1} ({2})\n\n{3}',
        markedName(name, swaps),
        markedName(other.name ?? '', otherSwaps),
        line,
        swaps.map(describeSwap).join('; '),
      ),
      compared,
    ];
  }
  const swaps = mixedScriptWords(name).flatMap((w) =>
    foreignLetters(w).map((s) => ({ ...s, index: s.index + w.index })),
  );
  if (swaps.length === 0) return others.length > 0 ? [compared] : [];
  return [
    t(
      'Letters from the other script (marked): {0}\n\n{1}',
      markedName(name, swaps),
      swaps.map(describeSwap).join('; '),
    ),
  ];
}

function rangeOf(doc: ManifestDocument, span: { start: number; end: number }) {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}

/** A hover is read, not scrolled: the first repeats by line, and how many more there are. */
const MAX_REPEATS_LISTED = 20;

function sameNameAs(doc: ManifestDocument, others: readonly SectionEntry[]): string {
  const listed = others
    .slice(0, MAX_REPEATS_LISTED)
    .map((e) => `${e.name ?? ''} (${t('line {0}', doc.lines.positionAt(e.span.start).line + 1)})`)
    .join(', ');
  const more = others.length - MAX_REPEATS_LISTED;
  return t('Same name as: {0}', more > 0 ? listed + t(' and {0} more', more) : listed);
}
