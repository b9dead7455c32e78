// A service and documents for the service tests.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { Language } from '../../../core/src/l10n';
import { configureBundledL10n } from '../../../core/src/l10n/bundled';
import { createManifestService, type ManifestService } from '../../../server/src/service/manifestService';

/** A service and a document of `text`, with `language` the display language. */
export function setup(
  text: string,
  language: Language = 'en',
): { service: ManifestService; document: TextDocument } {
  configureBundledL10n(language);
  return {
    service: createManifestService(),
    document: TextDocument.create('file:///tmp/company.twin.yaml', 'twin-yaml', 1, text),
  };
}

/** The position of the first `marker` in `text` (its start, or its end with `after`). */
export function positionOf(text: string, marker: string, after = false): Position {
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`no ${marker}`);
  const offset = index + (after ? marker.length : 0);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
