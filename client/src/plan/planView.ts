// The plan view: one webview panel per planned manifest, titled with the file and the host, that stays
// true. It plans again when its manifest is saved, when the token or the API URL changes and after a
// pull; after a push, the push plans again when it is done. While a push runs, the panel shows the
// push's own plan and nothing replaces it, so the confirmation and the panel never disagree.
import * as vscode from 'vscode';
import { displayLanguage } from '../../../core/src/l10n';
import type { SyncPlan } from '../../../core/src/twin/types';
import { PAGE_COMMANDS, pageText, renderPlanHtml, type PlanPage } from './planHtml';
import type { PlanTarget } from './renderPlan';

/** The webview's view type (also the `activeWebviewPanelId` of package.json's `when` clauses). */
export const PLAN_VIEW_TYPE = 'twin.plan';

/** Plans a manifest again in the background (no prompts) and shows it with `show`. */
export type Replanner = (manifest: vscode.Uri) => Promise<void>;

/** What a test sees of one panel. */
export interface PlanViewSnapshot {
  manifest: string;
  title: string;
  text: string;
  html: string;
  /** Items the plan shown would create (undefined: no plan yet). */
  create: number | undefined;
  outdated: string | undefined;
  planning: boolean;
  /** Grows with every plan shown. */
  revision: number;
  active: boolean;
}

/** A plan to show: what a push would do, where, and the editor version of the text it was made from. */
export interface ShownPlan {
  plan: SyncPlan;
  target: PlanTarget;
  /** The manifest document's version the plan was made of (an edit after it makes the plan outdated). */
  version?: number;
}

interface PanelState {
  panel: vscode.WebviewPanel;
  manifest: vscode.Uri;
  page: PlanPage;
  plannedVersion: number | undefined;
  revision: number;
  /** The newest plan request; older answers arriving later are dropped. */
  ticket: number;
}

/** The plan panels, keyed by the manifest's URI. */
export class PlanView implements vscode.Disposable {
  private readonly panels = new Map<string, PanelState>();
  /** Pushes under way per manifest (panel or not yet): re-plans wait until the last one ends. */
  private readonly holds = new Map<string, number>();
  private readonly disposables: vscode.Disposable[];
  private replanner: Replanner | undefined;

  constructor() {
    this.disposables = [
      vscode.workspace.onDidSaveTextDocument((doc) => this.replan(doc.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const state = this.panels.get(e.document.uri.toString());
        if (state && e.contentChanges.length > 0 && e.document.version !== state.plannedVersion)
          this.update(state, { outdated: vscode.l10n.t('the file has changed since this plan.') });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('twin.api.baseUrl')) this.replanAll();
      }),
    ];
  }

  /** Who plans again (the Plan command's background path); set once at activation. */
  setReplanner(replanner: Replanner): void {
    this.replanner = replanner;
  }

  /** Starts a plan request for `manifest`; pass the ticket to `show` or `markOutdated`. */
  begin(manifest: vscode.Uri): number {
    const state = this.panels.get(manifest.toString());
    if (!state) return 0;
    this.update(state, { planning: true });
    return ++state.ticket;
  }

  /** Shows a plan (opening the panel beside the editor if needed); a stale ticket is ignored. */
  show(manifest: vscode.Uri, shown: ShownPlan, ticket?: number): void {
    const { plan, target } = shown;
    const existing = this.panels.get(manifest.toString());
    if (existing && ticket !== undefined && ticket !== existing.ticket) return;
    const state = existing ?? this.open(manifest, target);
    state.revision++;
    state.plannedVersion = shown.version;
    const plannedAt = new Date().toLocaleTimeString(displayLanguage() === 'ru' ? 'ru-RU' : 'en-GB');
    this.update(state, { target, plan, outdated: undefined, planning: false, plannedAt });
    if (!state.panel.visible) state.panel.reveal(undefined, true);
  }

  /** Says why the panel's plan may be wrong, with its Re-plan button. */
  markOutdated(manifest: vscode.Uri, reason: string, ticket?: number): void {
    const state = this.panels.get(manifest.toString());
    if (!state || (ticket !== undefined && ticket !== state.ticket)) return;
    this.update(state, { outdated: reason, planning: false });
  }

  /** Keeps re-plans of `manifest` back while a push runs; the returned release plans again once. */
  hold(manifest: vscode.Uri): () => void {
    const key = manifest.toString();
    this.holds.set(key, (this.holds.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.holds.get(key) ?? 1) - 1;
      if (left > 0) return void this.holds.set(key, left);
      this.holds.delete(key);
      const state = this.panels.get(key);
      if (state) this.runReplan(state);
    };
  }

  /** Plans `manifest` again in the background, if a panel shows it. */
  replan(manifest: vscode.Uri): void {
    const state = this.panels.get(manifest.toString());
    // A push under way plans again itself when it ends.
    if (state && !this.holds.has(state.manifest.toString())) this.runReplan(state);
  }

  /** Plans every panel again (token or API URL changed, a pull read the platform). */
  replanAll(): void {
    for (const state of this.panels.values()) this.replan(state.manifest);
  }

  /** The manifest of the focused plan panel: what Push, Plan and Pull act on from its title bar. */
  activeManifest(): vscode.Uri | undefined {
    for (const state of this.panels.values()) if (state.panel.active) return state.manifest;
    return undefined;
  }

  /** Focuses the panel of `manifest`, as a click on its tab does; false when there is none. */
  focus(manifest: vscode.Uri): boolean {
    const state = this.panels.get(manifest.toString());
    state?.panel.reveal(state.panel.viewColumn, false);
    return state !== undefined;
  }

  /** Every panel as a test sees it. */
  snapshots(): PlanViewSnapshot[] {
    return [...this.panels.values()].map((s) => ({
      manifest: s.manifest.toString(),
      title: s.panel.title,
      text: pageText(s.panel.webview.html),
      html: s.panel.webview.html,
      create: s.page.plan ? countCreate(s.page.plan) : undefined,
      outdated: s.page.outdated,
      planning: s.page.planning,
      revision: s.revision,
      active: s.panel.active,
    }));
  }

  private runReplan(state: PanelState): void {
    // The replanner reports its own failures on the panel; this catch only keeps a rejection handled.
    this.replanner?.(state.manifest).catch((e: unknown) =>
      this.markOutdated(state.manifest, e instanceof Error ? e.message : String(e)),
    );
  }

  private open(manifest: vscode.Uri, target: PlanTarget): PanelState {
    const panel = vscode.window.createWebviewPanel(
      PLAN_VIEW_TYPE,
      panelTitle(target),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: false, enableCommandUris: PAGE_COMMANDS, localResourceRoots: [] },
    );
    const state: PanelState = {
      panel,
      manifest,
      page: { target, planning: false },
      plannedVersion: undefined,
      revision: 0,
      ticket: 0,
    };
    const key = manifest.toString();
    this.panels.set(key, state);
    panel.onDidDispose(() => {
      if (this.panels.get(key) === state) this.panels.delete(key);
    });
    return state;
  }

  private update(state: PanelState, change: Partial<PlanPage>): void {
    state.page = { ...state.page, ...change };
    state.panel.title = panelTitle(state.page.target);
    state.panel.webview.html = renderPlanHtml(state.page, {
      nonce: newNonce(),
      cspSource: state.panel.webview.cspSource,
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const state of this.panels.values()) state.panel.dispose();
    this.panels.clear();
  }
}

/** The tab's title: the file and the host, so nobody mistakes a test server for production. */
function panelTitle(target: PlanTarget): string {
  return vscode.l10n.t('Plan: {0} → {1}', target.file, target.host);
}

/** A fresh nonce for the page's style (Web Crypto: the client imports no Node built-ins). */
function newNonce(): string {
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(16))));
}

function countCreate(plan: SyncPlan): number {
  return Object.values(plan.sections).reduce((n, s) => n + s.create.length, 0);
}
