// `TWIN: Push to TWIN`: refuse while the file has errors; plan; show the plan; confirm (modal, naming
// the host and counts); apply with a cancellable progress notification; summarise; log everything.
import * as vscode from 'vscode';
import type { Manifest } from '../../../core/src/manifest';
import { applyPlan, describeTwinError, type ApplyResult, type SyncPlan } from '../../../core/src/twin';
import { confirmationText, nothingToCreate, planCounts } from '../../../core/src/twin/planText';
import { progressLine, resultLog, summaryLine } from '../../../core/src/twin/resultText';
import { namesFromPlan } from '../remote/remoteNames';
import type { TwinServices } from '../services';
import { openApiSession, type ApiSession } from './apiSession';
import { makePlan } from './makePlan';
import { basename, loadValidManifest, resolveManifestUri } from './manifestTarget';

/** What the Push command resolves to (for tests). */
export type PushCommandResult =
  | { kind: 'pushed'; plan: SyncPlan; result: ApplyResult; summary: string }
  | { kind: 'nothing-to-do'; plan: SyncPlan }
  /** Nothing to create, but items an earlier push sent have an unknown outcome (their count). */
  | { kind: 'unknown-outcome'; plan: SyncPlan; uncertain: number }
  | { kind: 'declined'; plan: SyncPlan }
  /** The file has errors (their count), so nothing was planned or sent. */
  | { kind: 'invalid'; errors: number }
  /** The editor holds unsaved changes and the user did not save them: nothing was sent. */
  | { kind: 'unsaved' }
  | { kind: 'stopped' };

/** Builds the Push command. */
export function pushCommand(services: TwinServices) {
  return async (arg?: unknown): Promise<PushCommandResult> => {
    const uri = resolveManifestUri(services, arg);
    if (!uri) return { kind: 'stopped' };
    // The plan view shows this push's plan until the push ends, then plans again once.
    const release = services.planView.hold(uri);
    try {
      return await push(services, uri);
    } finally {
      release();
    }
  };
}

/** Push of one manifest, from loading it to the summary. */
async function push(services: TwinServices, uri: vscode.Uri): Promise<PushCommandResult> {
  const loaded = await loadSavedManifest(services, uri);
  if (!('manifest' in loaded)) return loaded;
  const session = await openApiSession(services, { interactive: true });
  if (!session) return { kind: 'stopped' };
  const planned = await makePlan(services, session, { uri, manifest: loaded.manifest });
  if (!planned?.lockPath) return { kind: 'stopped' };
  const { plan, lockPath } = planned;
  const target = { host: session.host, baseUrl: session.settings.baseUrl, file: basename(uri) };
  // The one plan of this push: the view shows it, the confirmation counts it, the push applies it.
  services.planView.show(uri, { plan, target, version: loaded.version }, services.planView.begin(uri));
  const nothing = nothingToCreate(plan, session.host, target.file);
  if (nothing?.kind === 'nothing-to-do') {
    void vscode.window.showInformationMessage(nothing.message);
    return { kind: 'nothing-to-do', plan };
  }
  if (nothing?.kind === 'unknown-outcome') {
    services.log.line(nothing.message);
    void vscode.window.showWarningMessage(nothing.message);
    return { kind: 'unknown-outcome', plan, uncertain: nothing.uncertain };
  }
  if (session.settings.confirm) {
    const { message, detail } = confirmationText(plan, session.host);
    if (!(await services.confirmer.confirm(message, detail, vscode.l10n.t('Push'))))
      return { kind: 'declined', plan };
  }
  services.log.line(
    vscode.l10n.t(
      'Push {0} to {1}: {2} to create',
      uri.fsPath,
      session.settings.baseUrl,
      planCounts(plan).create,
    ),
  );
  let result: ApplyResult;
  try {
    result = await applyWithProgress(services, session, plan, lockPath);
  } catch (e) {
    const reason = describeTwinError(e);
    services.log.line(vscode.l10n.t('Push failed: {0}', reason));
    void vscode.window.showErrorMessage(vscode.l10n.t('Push to {0} failed: {1}', session.host, reason));
    return { kind: 'stopped' };
  }
  const summary = await reportResult(services, session, plan, result);
  return { kind: 'pushed', plan, result, summary };
}

/** The manifest as saved on disk and valid, or why the push stops before planning. */
async function loadSavedManifest(
  services: TwinServices,
  uri: vscode.Uri,
): Promise<{ manifest: Manifest; version: number } | PushCommandResult> {
  const stop = (loaded: { errors: number }): PushCommandResult =>
    loaded.errors > 0 ? { kind: 'invalid', errors: loaded.errors } : { kind: 'stopped' };
  let loaded = await loadValidManifest(services, uri);
  if (!loaded.ok) return stop(loaded);
  if (uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Save the manifest to a file first: the push records ids in a lock file beside it.'),
    );
    return { kind: 'stopped' };
  }
  if (loaded.document.isDirty) {
    // The server's model is the editor's text; the ids go to the lock file beside the saved file.
    // Pushing unsaved text would create names no saved file holds, so save first or stop.
    if (!(await saveBeforePush(services, loaded.document))) return { kind: 'unsaved' };
    // Saving may change the text (format on save), so plan what is now on disk.
    loaded = await loadValidManifest(services, uri);
    if (!loaded.ok) return stop(loaded);
  }
  return { manifest: loaded.manifest, version: loaded.document.version };
}

/** Logs the push item by item, tells the language server, notifies; resolves to the summary line. */
async function reportResult(
  services: TwinServices,
  session: ApiSession,
  plan: SyncPlan,
  result: ApplyResult,
): Promise<string> {
  const summary = summaryLine(result, session.host, planCounts(plan).existing);
  for (const line of resultLog(result)) services.log.line(line);
  services.log.line(summary);
  await services.remoteState.send(session.settings.baseUrl, namesFromPlan(plan, result));
  const showLog = vscode.l10n.t('Show Log');
  // Not awaited: the command's result must not wait for someone to dismiss the notification.
  const shown = result.complete
    ? vscode.window.showInformationMessage(summary, showLog)
    : vscode.window.showWarningMessage(summary, showLog);
  void shown.then((choice) => {
    if (choice === showLog) services.log.show();
  });
  return summary;
}

/** Asks to save the manifest before pushing; true once it is saved. */
async function saveBeforePush(services: TwinServices, document: vscode.TextDocument): Promise<boolean> {
  const file = basename(document.uri);
  const save = await services.confirmer.confirm(
    vscode.l10n.t('{0} has unsaved changes. Save it and push the saved file?', file),
    vscode.l10n.t(
      'A push sends what the file on disk holds, and records the ids in the lock file beside it.',
    ),
    vscode.l10n.t('Save and Push'),
  );
  if (!save) return false;
  if (await document.save()) return true;
  void vscode.window.showErrorMessage(vscode.l10n.t('Could not save {0}; nothing was pushed.', file));
  return false;
}

/** Applies the plan under a cancellable progress notification, logging every item. */
function applyWithProgress(
  services: TwinServices,
  session: ApiSession,
  plan: SyncPlan,
  lockPath: string,
): Thenable<ApplyResult> {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Pushing to {0}', session.host),
      cancellable: true,
    },
    async (progress, cancellation) => {
      const abort = new AbortController();
      const onCancel = cancellation.onCancellationRequested(() => {
        services.log.line(
          vscode.l10n.t('Push: cancel requested; requests in flight will finish and be recorded'),
        );
        abort.abort();
      });
      try {
        return await applyPlan(plan, {
          client: session.client,
          lockPath,
          lockKey: await session.lockKey(),
          signal: abort.signal,
          onProgress: (p) => {
            if (p.outcome === 'retrying') return;
            services.log.line(progressLine({ ...p, outcome: p.outcome }));
            progress.report({
              increment: 100 / Math.max(p.total, 1),
              message: `${p.done}/${p.total} ${p.name}`,
            });
          },
        });
      } finally {
        onCancel.dispose();
      }
    },
  );
}
