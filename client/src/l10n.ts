// Pure modules format user-facing text through a `Translate` function so that they stay testable
// without VS Code: the extension passes `vscode.l10n.t`, unit tests pass a bundle-backed one.

/** Looks up a message by its English text (the l10n bundle key) and fills `{0}`, `{1}`… */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** Fills `{N}` placeholders; the English fallback used when no bundle entry exists. */
export function fillPlaceholders(message: string, args: ReadonlyArray<string | number>): string {
  return message.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? whole : String(v);
  });
}

/** A translator over an l10n bundle (English text -> translation), as `vscode.l10n.t` does it. */
export function bundleTranslate(bundle: Readonly<Record<string, string>>): Translate {
  return (message, ...args) => fillPlaceholders(bundle[message] ?? message, args);
}
