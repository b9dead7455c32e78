// The modal yes/no questions before a push (save the file first? create N items on this host?). In the
// in-editor suite a modal dialog cannot be clicked from the extension host, so answers queued through
// the test API stand in for it; it counts the questions, so a test can see one was asked.
import * as vscode from 'vscode';

/** A queued answer: fixed, or decided on seeing the question (a test can look around at that moment). */
export type ScriptedAnswer = boolean | ((question: { message: string; detail: string }) => boolean);

/** Asks modal questions and counts how often it asked. */
export class ModalConfirmer {
  private readonly scripted: ScriptedAnswer[] = [];
  private asked = 0;

  /** True when the user chose `accept`; a queued answer, when there is one, stands in for the dialog. */
  async confirm(message: string, detail: string, accept: string): Promise<boolean> {
    this.asked++;
    const queued = this.scripted.shift();
    if (typeof queued === 'function') return queued({ message, detail });
    if (queued !== undefined) return queued;
    return (await vscode.window.showWarningMessage(message, { modal: true, detail }, accept)) === accept;
  }

  /** Queues answers for the next questions (false: the dialog was dismissed). */
  script(answers: readonly ScriptedAnswer[]): void {
    this.scripted.push(...answers);
  }

  /** How many questions were asked. */
  get count(): number {
    return this.asked;
  }
}
