// Completion: top-level keys not yet present, `name`/`description` inside a mapping entry, and names
// for a section: the platform's names missing from the file first, then common ones.
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { t } from '../../../core/src/l10n';
import {
  isSectionKey,
  normalizeName,
  SECTION_KEYS,
  type ManifestDocument,
  type SectionKey,
} from '../../../core/src/manifest';
import { SUGGESTED_NAMES } from '../../../core/src/manifest/suggestions';
import { yamlScalar } from '../../../core/src/manifest/yamlText';
import { entryAt, sectionAt } from './locate';
import type { RemoteIndex } from './remoteIndex';

const KIND_PROPERTY = 10;
const KIND_VALUE = 12;
const KIND_CONSTANT = 21;

const KEY_DOCS = {
  version: () => t('Format version (1)'),
  attributes: () => t('Client attributes'),
  clientTags: () => t('Client tags'),
  sessionTags: () => t('Session tags'),
} as const;

/** Completion items at `position`. */
export function completeAt(
  doc: ManifestDocument,
  position: Position,
  remote: RemoteIndex | null,
): CompletionItem[] {
  const lineStart = doc.lines.lineStarts[position.line] ?? doc.text.length;
  const offset = doc.lines.offsetAt(position);
  const before = doc.text.slice(lineStart, offset);
  if (/^[A-Za-z_]*$/.test(before)) return topLevelKeys(doc, position, before.length);
  const section = sectionAt(doc, lineStart)?.key ?? sectionAbove(doc.text, lineStart);
  if (!section) return [];
  const nameValue = /^(\s*-\s+|\s+)name:\s*(.*)$/.exec(before) ?? /^(\s*-\s*)(.*)$/.exec(before);
  if (nameValue && !(nameValue[2] ?? '').includes(':')) {
    const needsSpace = (nameValue[1] ?? '').endsWith('-');
    return sectionNames(doc, section, position, (nameValue[2] ?? '').length, remote, needsSpace);
  }
  const keyInEntry = /^(\s+)([A-Za-z]*)$/.exec(before);
  if (keyInEntry) return entryKeys(doc, lineStart, position, (keyInEntry[2] ?? '').length);
  return [];
}

function topLevelKeys(doc: ManifestDocument, position: Position, typed: number): CompletionItem[] {
  const present = new Set(doc.keys.map((k) => k.key));
  const range = { start: { line: position.line, character: position.character - typed }, end: position };
  return (['version', ...SECTION_KEYS] as const)
    .filter((key) => !present.has(key))
    .map((key, i) => ({
      label: key,
      kind: KIND_PROPERTY,
      detail: KEY_DOCS[key](),
      sortText: String(i),
      textEdit: { range, newText: key === 'version' ? 'version: 1' : `${key}:` },
    }));
}

/** The section key of the nearest top-level key line above `lineStart`, for text the model does not cover yet. */
function sectionAbove(text: string, lineStart: number): SectionKey | null {
  let end = lineStart;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(start, end);
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined) return isSectionKey(key) ? key : null;
    end = start;
  }
  return null;
}

function sectionNames(
  doc: ManifestDocument,
  key: SectionKey,
  position: Position,
  typed: number,
  remote: RemoteIndex | null,
  needsSpace: boolean,
): CompletionItem[] {
  const used = new Set<string>();
  for (const entry of doc.sections.find((s) => s.key === key)?.entries ?? [])
    if (entry.normalized !== null) used.add(entry.normalized);
  const range = { start: { line: position.line, character: position.character - typed }, end: position };
  const items: CompletionItem[] = [];
  const offer = (name: string, rank: string, detail: string) => {
    const normalized = normalizeName(name);
    if (used.has(normalized)) return;
    used.add(normalized);
    items.push({
      label: name,
      kind: KIND_VALUE,
      detail,
      sortText: `${rank}${String(items.length).padStart(5, '0')}`,
      filterText: name,
      textEdit: { range, newText: (needsSpace ? ' ' : '') + yamlScalar(name) },
    });
  };
  for (const name of remote?.sections[key].names ?? []) offer(name, '0', t('On TWIN, not in this file'));
  for (const name of SUGGESTED_NAMES[key]) offer(name, '1', t('Common name'));
  return items;
}

function entryKeys(
  doc: ManifestDocument,
  lineStart: number,
  position: Position,
  typed: number,
): CompletionItem[] {
  // The entry is the one on the lines just above (the cursor line itself may not parse yet).
  const entry = lineStart > 0 ? entryAt(doc, lineStart - 1) : null;
  if (!entry || entry.kind !== 'mapping') return [];
  const present = new Set<string>();
  if (entry.name !== null || entry.nameInvalidSpan) present.add('name');
  if (entry.description !== null || entry.descriptionInvalidSpan) present.add('description');
  const range = { start: { line: position.line, character: position.character - typed }, end: position };
  const docs = {
    name: () => t('Name of the attribute or tag'),
    description: () => t('Optional note; stays in the file'),
  } as const;
  return (['name', 'description'] as const)
    .filter((key) => !present.has(key))
    .map((key) => ({
      label: key,
      kind: KIND_CONSTANT,
      detail: docs[key](),
      textEdit: { range, newText: `${key}: ` },
    }));
}
