// Shared by Plan and Push: read what the platform holds and the lock file, plan, and tell the
// language server what the platform holds.
import * as vscode from 'vscode';
import type { Manifest } from '../../../core/src/manifest';
import {
  LockFileError,
  describeTwinError,
  fetchRemote,
  lockPathFor,
  lockSectionsFor,
  planSync,
  readLockFile,
  type SyncPlan,
} from '../../../core/src/twin';
import { namesFromPlan } from '../remote/remoteNames';
import type { TwinServices } from '../services';
import type { ApiSession } from './apiSession';

/** A plan and where its lock file is (undefined for an unsaved manifest). */
export interface PlannedPush {
  plan: SyncPlan;
  lockPath: string | undefined;
}

/** A manifest to plan: where it is and its validated model. */
export interface PlanSubject {
  uri: vscode.Uri;
  manifest: Manifest;
}

/** Why a plan could not be made (undefined reason: the plan was made). */
export interface PlanFailure {
  reason: string;
}

/**
 * Plans a push of `subject`; on failure tells the user why (or, `quiet`, only hands the reason to
 * `onFailure`) and resolves to undefined.
 */
export async function makePlan(
  services: TwinServices,
  session: ApiSession,
  subject: PlanSubject,
  options: { quiet?: boolean; onFailure?: (failure: PlanFailure) => void } = {},
): Promise<PlannedPush | undefined> {
  const { uri, manifest } = subject;
  const lockPath = uri.scheme === 'file' ? lockPathFor(uri.fsPath) : undefined;
  try {
    const plan = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Window,
        title: vscode.l10n.t('Reading what {0} holds…', session.host),
      },
      async () => {
        const remote = await fetchRemote(session.client);
        const lock = lockPath ? lockSectionsFor(await readLockFile(lockPath), await session.lockKey()) : {};
        return planSync(manifest, remote, lock);
      },
    );
    const file = uri.fsPath || uri.toString();
    services.log.line(
      plan.listed
        ? vscode.l10n.t('Plan {0} against {1}', file, session.settings.baseUrl)
        : vscode.l10n.t(
            'Plan {0} against {1} (the server cannot list: lock file only)',
            file,
            session.settings.baseUrl,
          ),
    );
    await services.remoteState.send(session.settings.baseUrl, namesFromPlan(plan));
    return { plan, lockPath };
  } catch (e) {
    const reason =
      e instanceof LockFileError
        ? vscode.l10n.t('The lock file {0} cannot be read: {1}', e.lockPath, e.reason)
        : describeTwinError(e);
    services.log.line(vscode.l10n.t('Plan failed: {0}', reason));
    options.onFailure?.({ reason });
    if (!options.quiet)
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Could not plan against {0}: {1}', session.host, reason),
      );
    return undefined;
  }
}
