// `TWIN: Set API Token`: ask (or take the value given by a test), check its shape and expiry, check it
// against the server where it can list, then store it for the configured base URL.
import * as vscode from 'vscode';
import { describeTwinError } from '../../../core/src/twin';
import { refusalBeforeAsking } from '../apiTarget';
import type { TwinServices } from '../services';
import { hostOf, readSettings } from '../settings';
import { checkToken, cleanTokenInput, type TokenCheck } from '../../../core/src/twin/tokenRule';
import { tokenRefusal, tokenStateLabel, tokenWarning } from './tokenMessages';
import { verifyToken } from './verifyToken';

/** How a Set Token run ended (returned to callers and tests; never holds the token). */
export type SetTokenOutcome =
  | { kind: 'stored'; check: TokenCheck; verified: boolean; warning?: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'cancelled' };

/** Runs the whole Set Token path; `input` replaces the input box (tests, the 401 prompt's answer). */
export async function setTokenFlow(
  services: TwinServices,
  input?: string,
  title?: string,
): Promise<SetTokenOutcome> {
  const { baseUrl } = readSettings();
  const blocked = refusalBeforeAsking(baseUrl);
  if (blocked !== undefined) return { kind: 'refused', reason: blocked };
  const host = hostOf(baseUrl);
  const raw =
    input ?? (await services.prompter.askToken(title ?? vscode.l10n.t('TWIN API token for {0}', host)));
  if (raw === undefined) return { kind: 'cancelled' };
  const token = cleanTokenInput(raw);
  const check = checkToken(token, Date.now());
  const refusal = tokenRefusal(check);
  if (refusal !== undefined) {
    void vscode.window.showErrorMessage(refusal);
    return { kind: 'refused', reason: refusal };
  }
  const verdict = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking the token with {0}…', host) },
    () => verifyToken(baseUrl, token),
  );
  if (verdict.kind === 'refused') {
    const reason =
      verdict.why === 'unusable-url'
        ? vscode.l10n.t('The setting twin.api.baseUrl cannot be used: {0}', describeTwinError(verdict.error))
        : verdict.why === 'expired'
          ? vscode.l10n.t(
              '{0} says this token has expired. Copy a fresh one from the admin cabinet (Помощь – API).',
              host,
            )
          : vscode.l10n.t(
              '{0} refused this token (401). Check that it is the API token of this company.',
              host,
            );
    void vscode.window.showErrorMessage(reason);
    services.log.line(vscode.l10n.t('Token not stored: {0}', reason));
    return { kind: 'refused', reason };
  }
  await services.tokens.set(baseUrl, token);
  await services.statusBar.refresh();
  const warnings = [tokenWarning(check)];
  if (verdict.kind === 'uncheckable')
    warnings.push(
      vscode.l10n.t(
        'Could not check the token with {0} ({1}); it was stored anyway.',
        host,
        describeTwinError(verdict.error),
      ),
    );
  const warning = warnings.filter((w): w is string => w !== undefined).join(' ') || undefined;
  services.log.line(
    verdict.kind === 'accepted'
      ? vscode.l10n.t('Token stored for {0} (checked with the server)', baseUrl)
      : verdict.kind === 'unchecked'
        ? vscode.l10n.t('Token stored for {0} (the server offers no way to check it)', baseUrl)
        : vscode.l10n.t('Token stored for {0} (could not be checked)', baseUrl),
  );
  const stored = vscode.l10n.t('TWIN API token stored for {0}: {1}.', host, tokenStateLabel(check));
  if (warning) void vscode.window.showWarningMessage(`${stored} ${warning}`);
  else void vscode.window.showInformationMessage(stored);
  return { kind: 'stored', check, verified: verdict.kind === 'accepted', ...(warning ? { warning } : {}) };
}
