// Code actions: the quick fix attached to each problem under the cursor, and two source actions.
import {
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
} from 'vscode-languageserver-types';
import { t } from '../../../core/src/l10n';
import type { ManifestDocument, ManifestProblem } from '../../../core/src/manifest';
import { removeAllDuplicatesEdits, sortEntriesEdits } from './sourceActions';

/** Kind of the "Sort entries" source action. */
export const SORT_ENTRIES_KIND = 'source.sortEntries.twin';
/** Kind of the "Remove all duplicates" source action. */
export const REMOVE_DUPLICATES_KIND = 'source.removeDuplicates.twin';

/** Quick fixes for the diagnostics in `context`, plus the source actions when asked for. */
export function codeActionsFor(
  doc: ManifestDocument,
  uri: string,
  problems: readonly ManifestProblem[],
  context: CodeActionContext,
): CodeAction[] {
  const wants = (kind: string) =>
    !context.only || context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  // Editors ask for code actions on every cursor move (the light bulb); the whole-file source
  // actions are only computed when asked for by kind or invoked by the user.
  const wantsSource = (kind: string) =>
    context.only ? wants(kind) : context.triggerKind === CodeActionTriggerKind.Invoked;
  const actions: CodeAction[] = [];
  if (wants('quickfix')) {
    for (const diagnostic of context.diagnostics) {
      const problem = problems.find((p) => matches(p, diagnostic));
      if (!problem?.fix) continue;
      actions.push({
        title: problem.fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: problem.fix.edits } },
      });
    }
  }
  if (wantsSource(SORT_ENTRIES_KIND)) {
    const edits = sortEntriesEdits(doc);
    if (edits.length > 0)
      actions.push({
        title: t('Sort entries'),
        kind: SORT_ENTRIES_KIND,
        edit: { changes: { [uri]: edits } },
      });
  }
  if (wantsSource(REMOVE_DUPLICATES_KIND)) {
    const edits = removeAllDuplicatesEdits(doc);
    if (edits.length > 0)
      actions.push({
        title: t('Remove all duplicates'),
        kind: REMOVE_DUPLICATES_KIND,
        edit: { changes: { [uri]: edits } },
      });
  }
  return actions;
}

function matches(problem: ManifestProblem, diagnostic: Diagnostic): boolean {
  const a = problem.range;
  const b = diagnostic.range;
  return (
    problem.code === diagnostic.code &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
