import type { ManifestProblem } from '../../../core/src/manifest';

/** One problem as `twin validate` reports it (1-based lines and columns); `--format json` prints these. */
export interface ValidateJsonItem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: ManifestProblem['severity'];
  code: string;
  message: string;
}

/** A file that could not be checked at all, with the reason as the text format prints it. */
export interface UnreadableFile {
  file: string;
  message: string;
}

/** Everything one `twin validate` run found, for the formats that print it all at the end. */
export interface ValidateReport {
  items: ValidateJsonItem[];
  unreadable: UnreadableFile[];
}
