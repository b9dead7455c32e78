// `TWIN: Plan`: what a push would do, in the plan view titled with the file and the host. The same
// code plans again in the background (no prompts) when the view asks: a save, a token or URL change,
// a pull, the end of a push.
import * as vscode from 'vscode';
import type { SyncPlan } from '../../../core/src/twin';
import type { PlanViewSnapshot } from '../plan/planView';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { openApiSession } from './apiSession';
import { makePlan } from './makePlan';
import { basename, loadValidManifest, resolveManifestUri } from './manifestTarget';

/** What the Plan command resolves to (for tests): the plan and the view's panel as shown. */
export interface PlanCommandResult {
  plan: SyncPlan;
  view: PlanViewSnapshot | undefined;
}

/** Builds the Plan command. */
export function planCommand(services: TwinServices) {
  return async (arg?: unknown): Promise<PlanCommandResult | undefined> => {
    const uri = resolveManifestUri(services, arg);
    if (!uri) return undefined;
    const ticket = services.planView.begin(uri);
    const planned = await planAndShow(services, uri, { interactive: true, ticket });
    if (!planned) return undefined;
    const view = services.planView.snapshots().find((s) => s.manifest === uri.toString());
    return { plan: planned, view };
  };
}

/** Plans `uri` again without asking anything; what stops it is said on the plan view's panel. */
export async function replanQuietly(services: TwinServices, uri: vscode.Uri): Promise<void> {
  const ticket = services.planView.begin(uri);
  await planAndShow(services, uri, { interactive: false, ticket });
}

/** Loads, plans and shows; resolves to the plan shown, or undefined when it stopped (and said why). */
async function planAndShow(
  services: TwinServices,
  uri: vscode.Uri,
  options: { interactive: boolean; ticket: number },
): Promise<SyncPlan | undefined> {
  const quiet = !options.interactive;
  const outdated = (reason: string) => services.planView.markOutdated(uri, reason, options.ticket);
  const loaded = await loadValidManifest(services, uri, quiet);
  if (!loaded.ok) {
    outdated(
      loaded.errors > 0
        ? vscode.l10n.t('the file has errors; fix them, then re-plan.')
        : vscode.l10n.t('the language server has not read the file.'),
    );
    return undefined;
  }
  const session = await openApiSession(services, options);
  if (!session) {
    outdated(
      vscode.l10n.t('no usable API token for {0}; set one, then re-plan.', hostOf(readSettings().baseUrl)),
    );
    return undefined;
  }
  const planned = await makePlan(
    services,
    session,
    { uri, manifest: loaded.manifest },
    { quiet, onFailure: ({ reason }) => outdated(reason) },
  );
  if (!planned) return undefined;
  services.planView.show(
    uri,
    {
      plan: planned.plan,
      target: { host: session.host, baseUrl: session.settings.baseUrl, file: basename(uri) },
      version: loaded.document.version,
    },
    options.ticket,
  );
  return planned.plan;
}
