// Who answers "sign in": a QuickPick of the two ways (email and password, or a pasted token) and then
// their input boxes, or, in tests, answers queued through the extension's API (a quick pick cannot be
// clicked from the extension host). Counts the prompts, so a test can see that a wave of 401s asked
// once and that a refresh asked nothing. The password is handed on, never kept here.
import * as vscode from 'vscode';
import { promptForToken } from '../token/tokenPrompt';

/** What the user gave: a token from the cabinet, or IAM credentials. */
export type SignInAnswer =
  { kind: 'token'; token: string } | { kind: 'password'; email: string; password: string };

/** Asks how to sign in, and for the token or the credentials; counts how often. */
export class SignInPrompter {
  private readonly scripted: Array<SignInAnswer | undefined> = [];
  private signIns = 0;
  private tokens = 0;
  private lastEmail = '';

  /** The whole question: which way, then the token or email and password. */
  async ask(title: string): Promise<SignInAnswer | undefined> {
    this.signIns++;
    if (this.scripted.length > 0) {
      const answer = this.scripted.shift();
      if (answer?.kind === 'token') this.tokens++;
      return answer;
    }
    const way = await this.chooseWay(title);
    if (way === 'token') {
      this.tokens++;
      const token = await promptForToken(title);
      return token === undefined ? undefined : { kind: 'token', token };
    }
    return way === 'password' ? this.askCredentials(title) : undefined;
  }

  /** Only the token box (`TWIN: Set API Token`). */
  askToken(title: string): Promise<string | undefined> {
    this.tokens++;
    const head = this.scripted[0];
    if (this.scripted.length > 0 && (head === undefined || head.kind === 'token')) {
      this.scripted.shift();
      return Promise.resolve(head?.token);
    }
    return promptForToken(title);
  }

  /** Queues answers for the next prompts (undefined: the user dismissed it). */
  script(answers: ReadonlyArray<SignInAnswer | undefined>): void {
    this.scripted.push(...answers);
  }

  /** How many times the sign-in question was asked. */
  get signInCount(): number {
    return this.signIns;
  }

  /** How many times a token was asked for (alone or as the chosen way). */
  get tokenCount(): number {
    return this.tokens;
  }

  private async chooseWay(title: string): Promise<'password' | 'token' | undefined> {
    const items: Array<vscode.QuickPickItem & { way: 'password' | 'token' }> = [
      {
        way: 'password',
        label: `$(account) ${vscode.l10n.t('Email and password')}`,
        detail: vscode.l10n.t(
          'Sign in through TWIN IAM; the session renews itself. The password is not stored.',
        ),
      },
      {
        way: 'token',
        label: `$(key) ${vscode.l10n.t('Paste an API token')}`,
        detail: vscode.l10n.t('A token from the admin cabinet (Помощь – API); it does not renew.'),
      },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: vscode.l10n.t('How do you want to sign in to TWIN?'),
      ignoreFocusOut: true,
    });
    return picked?.way;
  }

  private async askCredentials(title: string): Promise<SignInAnswer | undefined> {
    const email = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('The email you sign in to TWIN with'),
      placeHolder: 'name@company.com',
      value: this.lastEmail,
      ignoreFocusOut: true,
      validateInput: (v) =>
        /^\S+@\S+$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter an email address.'),
    });
    if (email === undefined) return undefined;
    this.lastEmail = email.trim();
    const password = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t(
        'The TWIN password of {0}. It is sent once to TWIN IAM and never stored.',
        this.lastEmail,
      ),
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (v === '' ? vscode.l10n.t('Enter the password.') : undefined),
    });
    return password === undefined ? undefined : { kind: 'password', email: this.lastEmail, password };
  }
}
