// Live platform status: which entries are already on TWIN, what TWIN has that the file lacks.
import type { InlayHint, Range } from 'vscode-languageserver-types';
import { t, tn } from '../../../core/src/l10n';
import {
  normalizeName,
  SECTION_KEYS,
  type ManifestDocument,
  type ManifestProblem,
  type SectionKey,
  type TextEdit,
} from '../../../core/src/manifest';
import { yamlScalar } from '../../../core/src/manifest/yamlText';
import type { RemoteIndex } from './remoteIndex';

const LISTED_NAMES = 5;

/** The platform's names of a section that the file's section does not have (by normalised name). */
export function namesOnlyOnRemote(doc: ManifestDocument, remote: RemoteIndex, key: SectionKey): string[] {
  const inFile = new Set<string>();
  for (const entry of doc.sections.find((s) => s.key === key)?.entries ?? [])
    if (entry.normalized !== null) inFile.add(entry.normalized);
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const name of remote.sections[key].names) {
    const normalized = normalizeName(name);
    if (inFile.has(normalized) || seen.has(normalized)) continue;
    seen.add(normalized);
    missing.push(name);
  }
  return missing;
}

/** `remote-only` information problems, one per section that lacks platform items, with the "add" fix. */
export function remoteOnlyProblems(doc: ManifestDocument, remote: RemoteIndex): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const key of SECTION_KEYS) {
    const missing = namesOnlyOnRemote(doc, remote, key);
    if (missing.length === 0) continue;
    const listed = missing.slice(0, LISTED_NAMES).join(', ') + (missing.length > LISTED_NAMES ? ', …' : '');
    const section = doc.sections.find((s) => s.key === key);
    const range: Range = section
      ? { start: doc.lines.positionAt(section.keySpan.start), end: doc.lines.positionAt(section.keySpan.end) }
      : { start: { line: 0, character: 0 }, end: doc.lines.positionAt(firstLineEnd(doc.text)) };
    const message = section
      ? tn(
          missing.length,
          'TWIN has {0} item that this file lacks: {1}|TWIN has {0} items that this file lacks: {1}',
          listed,
        )
      : tn(
          missing.length,
          'TWIN has {0} item and this file has no "{1}" section: {2}|TWIN has {0} items and this file has no "{1}" section: {2}',
          key,
          listed,
        );
    const problem: ManifestProblem = { code: 'remote-only', severity: 'information', message, range };
    const edit = appendNamesEdit(doc, key, missing);
    if (edit)
      problem.fix = {
        title: tn(missing.length, 'Add {0} item from TWIN|Add {0} items from TWIN'),
        edits: [edit],
      };
    problems.push(problem);
  }
  return problems;
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

/** The edit that appends `names` to a section (creating the section when the file has none); keeps comments. */
export function appendNamesEdit(
  doc: ManifestDocument,
  key: SectionKey,
  names: readonly string[],
): TextEdit | null {
  const text = doc.text;
  const section = doc.sections.find((s) => s.key === key);
  const at = (offset: number, newText: string): TextEdit => {
    const position = doc.lines.positionAt(offset);
    return { range: { start: position, end: position }, newText };
  };
  if (!section) {
    const lead = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    return at(text.length, `${lead}${key}:\n${names.map((n) => `  - ${yamlScalar(n)}\n`).join('')}`);
  }
  if (section.flow || section.valueKind === 'scalar' || section.valueKind === 'mapping') return null;
  const last = section.entries[section.entries.length - 1];
  if (last && !last.lineSpan) return null;
  const indent = last?.lineSpan ? (/^[ \t]*/.exec(text.slice(last.lineSpan.start))?.[0] ?? '  ') : '  ';
  const lines = names.map((n) => `${indent}- ${yamlScalar(n)}\n`).join('');
  const insertAt = last?.lineSpan ? last.lineSpan.end : lineEndAfter(text, section.keySpan.end);
  const lead = insertAt > 0 && text[insertAt - 1] !== '\n' ? '\n' : '';
  return at(insertAt, lead + lines);
}

function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * "on TWIN" / "new" after each entry's name in `range`, agreeing with what a push does: an entry with
 * an error on its line gets no mark, a duplicate gets "duplicate", and an entry with only a warning
 * is marked like any other: only errors stop a push.
 */
export function remoteInlayHints(doc: ManifestDocument, remote: RemoteIndex, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  const onTwin = t('on TWIN');
  const isNew = t('new');
  const duplicate = t('duplicate');
  const from = doc.lines.offsetAt(range.start);
  const to = doc.lines.offsetAt(range.end);
  const flagged = flaggedLines(doc.problems);
  for (const section of doc.sections) {
    const known = remote.sections[section.key].normalized;
    for (const entry of section.entries) {
      if (!entry.nameSpan || entry.normalized === null || entry.normalized === '') continue;
      if (entry.nameSpan.end < from || entry.nameSpan.start > to) continue;
      const span = entry.lineSpan ?? entry.span;
      const first = doc.lines.positionAt(span.start).line;
      const last = doc.lines.positionAt(Math.max(span.start, span.end - 1)).line;
      let verdict: 'duplicate' | 'refused' | undefined;
      for (let line = first; line <= last && verdict !== 'duplicate'; line++)
        verdict = flagged.get(line) ?? verdict;
      if (verdict === 'refused') continue;
      hints.push({
        position: doc.lines.positionAt(entry.nameSpan.end),
        label: verdict === 'duplicate' ? duplicate : known.has(entry.normalized) ? onTwin : isNew,
        paddingLeft: true,
      });
    }
  }
  return hints;
}

/** Lines that carry an error: "duplicate" for a repeated name, else "refused". */
function flaggedLines(problems: readonly ManifestProblem[]): Map<number, 'duplicate' | 'refused'> {
  const lines = new Map<number, 'duplicate' | 'refused'>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    for (let line = p.range.start.line; line <= p.range.end.line; line++)
      lines.set(
        line,
        p.code === 'duplicate-name' || lines.get(line) === 'duplicate' ? 'duplicate' : 'refused',
      );
  }
  return lines;
}
