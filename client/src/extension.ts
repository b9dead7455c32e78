import type * as vscode from 'vscode';

/** Placeholder until the client issue lands: activation must not fail. */
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
