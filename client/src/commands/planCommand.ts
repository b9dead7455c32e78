// `TWIN: Plan`: what a push would do, as a readable preview titled with the target host.
import type * as vscode from 'vscode';
import type { SyncPlan } from '../../../core/src/twin';
import type { TwinServices } from '../services';
import { openApiSession } from './apiSession';
import { makePlan } from './makePlan';
import { basename, loadValidManifest, resolveManifestUri } from './manifestTarget';

/** What the Plan command resolves to (for tests): the plan and the preview's text. */
export interface PlanCommandResult {
  plan: SyncPlan;
  previewUri: vscode.Uri;
  previewText: string;
}

/** Builds the Plan command. */
export function planCommand(services: TwinServices) {
  return async (arg?: unknown): Promise<PlanCommandResult | undefined> => {
    const uri = resolveManifestUri(arg);
    if (!uri) return undefined;
    const loaded = await loadValidManifest(services, uri);
    if (!loaded.ok) return undefined;
    const session = await openApiSession(services, { interactive: true });
    if (!session) return undefined;
    const planned = await makePlan(services, session, uri, loaded.manifest);
    if (!planned) return undefined;
    const preview = await services.planPreview.show(planned.plan, {
      host: session.host,
      baseUrl: session.settings.baseUrl,
      file: basename(uri),
    });
    return { plan: planned.plan, previewUri: preview.uri, previewText: preview.text };
  };
}
