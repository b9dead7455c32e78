import { t } from '../../l10n';
import { foreignLetters } from '../lookAlike';
import { describeSwaps } from '../lookAlikeText';
import { mixedScriptWords } from '../scripts';
import { replaceNameEdit } from './nameEdit';
import { quotable, type ManifestRule } from './rule';

/** `mixed-script`: a word mixing Latin and Cyrillic letters; the fix rewrites it in its dominant script. */
export const mixedScriptRule: ManifestRule = {
  code: 'mixed-script',
  severity: 'warning',
  checkEntry(entry, text, settings, out) {
    const name = entry.name;
    if (name === null || !entry.nameSpan) return;
    const words = mixedScriptWords(name);
    if (words.length === 0) return;
    let rewritten = name;
    for (const w of [...words].reverse())
      rewritten = rewritten.slice(0, w.index) + w.rewritten + rewritten.slice(w.index + w.word.length);
    const edit = rewritten !== name ? replaceNameEdit(entry, text, rewritten) : null;
    const swaps = words.flatMap((w) => foreignLetters(w).map((s) => ({ ...s, index: s.index + w.index })));
    const listed = quotable(words.map((w) => w.word).join('», «'));
    out.report(
      entry.nameSpan,
      t('"{0}" mixes Latin and Cyrillic letters: {1}.', listed, describeSwaps(swaps)),
      {
        fix: edit ? { title: t('Rewrite as "{0}"', quotable(rewritten)), edits: [edit] } : undefined,
      },
    );
  },
};
