// The plan as a read-only virtual Markdown document (`twin-plan:`), its title naming the host, shown
// rendered beside the manifest. Plans live in this provider instance, keyed by their URI.
import * as vscode from 'vscode';
import type { SyncPlan } from '../../../core/src/twin/types';
import { renderPlanMarkdown, type PlanTarget } from './renderPlan';

/** URI scheme of plan previews. */
export const PLAN_SCHEME = 'twin-plan';

/** Serves and shows plan previews. */
export class PlanPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly documents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(PLAN_SCHEME, this);
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.documents.get(uri.toString()) ?? '';
  }

  /** Renders the plan and opens it; resolves to the preview's URI and text. */
  async show(plan: SyncPlan, target: PlanTarget): Promise<{ uri: vscode.Uri; text: string }> {
    const text = renderPlanMarkdown(plan, target);
    // The file name is what the tab shows: the host, so nobody mistakes a test server for production.
    const title = vscode.l10n.t('TWIN plan — {0}', target.host).replace(/[/\\]/g, '_');
    const uri = vscode.Uri.from({ scheme: PLAN_SCHEME, path: `/${title}.md`, query: target.file });
    this.documents.set(uri.toString(), text);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return { uri, text };
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
    this.documents.clear();
  }
}
