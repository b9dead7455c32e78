// Who answers "paste a token": the input box, or, in tests, answers queued through the extension's
// API (an input box cannot be typed into from the extension host). Counts the prompts, so a test can
// see that a wave of 401s asked once.
import { promptForToken } from './tokenPrompt';

/** Asks for a token and counts how often it asked. */
export class TokenPrompter {
  private readonly scripted: Array<string | undefined> = [];
  private asked = 0;

  /** Asks; a queued answer, when there is one, stands in for the input box. */
  ask(title: string): Promise<string | undefined> {
    this.asked++;
    return this.scripted.length > 0 ? Promise.resolve(this.scripted.shift()) : promptForToken(title);
  }

  /** Queues answers for the next prompts (undefined: the user dismissed the box). */
  script(answers: ReadonlyArray<string | undefined>): void {
    this.scripted.push(...answers);
  }

  /** How many times a token was asked for. */
  get count(): number {
    return this.asked;
  }
}
