// Helpers for the in-editor suite: the extension's API, polling with a deadline, settings, and the
// emulator session most push suites share.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TwinExtensionApi, TwinTestApi } from '../../../client/src/api';
import { startEmulator, type EmulatorSwitches, type RunningEmulator } from '../../../emulator/src';

/** The repository root (the suite runs from out/test/vscode/suite). */
export const repoRoot = path.resolve(__dirname, '../../../..');

/** The extension's id as package.json names it. */
export function extensionId(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
  };
  return `${pkg.publisher}.${pkg.name}`;
}

/** Activates the extension and returns its exported API with the test hooks (the suite runs in Test mode). */
export async function twinApi(): Promise<TwinTestApi> {
  const ext = vscode.extensions.getExtension<TwinExtensionApi>(extensionId());
  if (!ext) throw new Error(`extension ${extensionId()} is not loaded`);
  const api = await ext.activate();
  await api.whenLanguageServerReady();
  if (!('setToken' in api)) throw new Error('no test hooks: the extension is not running in Test mode');
  return api;
}

/** Polls `probe` until it returns a value that is not undefined, or fails after `ms` with `what`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sets a `twin.*` user setting and waits until the extension host sees it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('twin').update(key, value, vscode.ConfigurationTarget.Global);
  await waitFor(`setting twin.${key}`, () => {
    const now = vscode.workspace.getConfiguration('twin').inspect(key)?.globalValue;
    return JSON.stringify(now) === JSON.stringify(value) ? true : undefined;
  });
}

/** Opens a file and shows it. */
export async function openFile(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** What `useEmulatorSession` hands a suite once its `before` hook has run. */
export interface EmulatorSession {
  api: TwinTestApi;
  emulator: RunningEmulator;
  dir: string;
}

/** What a suite asks of its emulator session beyond the defaults. */
export interface EmulatorSessionOptions {
  /** Emulator switches at start (a short token lifetime, say). */
  switches?: Partial<EmulatorSwitches>;
  /** Also point `twin.api.iamUrl` at the emulator's IAM, for email-and-password sign-in. */
  iam?: boolean;
  /** More `twin.*` user settings for the suite; undone afterwards. */
  settings?: Record<string, unknown>;
}

/**
 * Registers the hooks most push suites share: before, the extension's API, an emulator in this
 * extension host as `twin.api.baseUrl`, push confirmation off and a temp folder (passed to `ready`);
 * after, the token or session, editors, settings, emulator and folder are all undone.
 */
export function useEmulatorSession(
  tempPrefix: string,
  ready: (session: EmulatorSession) => void,
  options: EmulatorSessionOptions = {},
): void {
  let session: Partial<EmulatorSession> = {};
  const settingKeys: string[] = [];
  before(async () => {
    const api = await twinApi();
    const emulator = await startEmulator({ switches: options.switches });
    session = { api, emulator };
    const settings: Record<string, unknown> = {
      'api.baseUrl': emulator.baseUrl,
      'push.confirm': false,
      ...(options.iam ? { 'api.iamUrl': emulator.iamUrl } : {}),
      ...options.settings,
    };
    for (const [key, value] of Object.entries(settings)) {
      settingKeys.push(key);
      await setSetting(key, value);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), tempPrefix));
    session.dir = dir;
    ready({ api, emulator, dir });
  });
  after(async () => {
    await session.api?.clearToken();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const key of settingKeys) await setSetting(key, undefined);
    await session.emulator?.close();
    if (session.dir) fs.rmSync(session.dir, { recursive: true, force: true });
  });
}

/** The line scripts/e2e/lib/consent.js watches for: the runner then signs in through the Accounts menu. */
const ACCOUNTS_MENU_MARKER = 'TWIN-RUNNER: sign in through the Accounts menu';

/**
 * Signs in as a user would from another extension's request: getSession adds "Sign in with TWIN" to
 * the Accounts menu, the runner chooses it there (VS Code then runs the provider's sign-in, answered
 * with `answer`, and allows the session), and getSession returns the session from then on.
 */
export async function signInThroughAccountsMenu(
  api: TwinTestApi,
  answer: Parameters<TwinTestApi['answerSignInPrompts']>[0][number],
): Promise<vscode.AuthenticationSession> {
  api.answerSignInPrompts([answer]);
  const existing = await vscode.authentication.getSession('twin', [], {});
  if (existing) return existing;
  console.log(`      ${ACCOUNTS_MENU_MARKER}`);
  return waitFor(
    'the TWIN session, signed in through the Accounts menu',
    async () => vscode.authentication.getSession('twin', [], { silent: true }),
    60_000,
  );
}
