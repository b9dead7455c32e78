// What the client and the language server say to each other beyond LSP itself, as types only: the
// pure service imports these, so this file has no runtime import (methods.ts holds the method objects).
import type { Manifest, ManifestProblem } from '../../core/src/manifest';

/** `twin/manifest` parameters: the manifest's URI (open in the editor, or a file on disk). */
export interface ManifestParams {
  uri: string;
}

/** The `twin/manifest` answer: the validated model (null when the file has errors) and its problems. */
export interface ManifestResult {
  manifest: Manifest | null;
  diagnostics: ManifestProblem[];
}

/** The platform's names per section, as the client read them. */
export interface RemoteSections {
  attributes: string[];
  clientTags: string[];
  sessionTags: string[];
}

/** The `twin/remoteState` notification: what the platform at `api` holds (sections null: unknown). */
export interface RemoteStateParams {
  api: string;
  sections: RemoteSections | null;
}

/** How many of a `twin/manifest` answer's problems are errors (core's severities are strings). */
export function errorCount(result: ManifestResult): number {
  return result.diagnostics.filter((d) => d.severity === 'error').length;
}
