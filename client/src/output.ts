// The "TWIN" output channel: the full log of plans, pushes and pulls. Lines pass through a filter
// that blanks anything shaped like a JWT, a second guard behind never logging the token at all.
import * as vscode from 'vscode';
import { redactSecrets } from './redact';

/** The "TWIN" output channel with timestamped, redacted lines. */
export class TwinLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('TWIN');

  /** Appends one line, stamped with the time. */
  line(text: string): void {
    this.channel.appendLine(`[${new Date().toISOString().slice(11, 19)}] ${redactSecrets(text)}`);
  }

  /** Brings the channel into view without taking focus. */
  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
