// A service and documents for the service tests.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { Locale } from '../../../core/src/i18n/locale';
import { createManifestService, type ManifestService } from '../../../server/src/service/manifestService';

/** A service in `locale` and a document of `text`. */
export function setup(
  text: string,
  locale: Locale = 'en',
): { service: ManifestService; document: TextDocument } {
  return {
    service: createManifestService({ locale }),
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
