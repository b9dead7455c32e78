// How every command prints a manifest problem: `FILE:LINE:COL: severity code: message` (1-based), the
// shape compilers use, so editors and CI annotators can jump to it. Severity and code are stable tokens
// (not translated); the message is in the display language.
import type { ManifestProblem } from '../../core/src/manifest';

/** One problem of `file` as one line, without the newline. */
export function problemLine(file: string, problem: ManifestProblem): string {
  const { line, character } = problem.range.start;
  return `${file}:${line + 1}:${character + 1}: ${problem.severity} ${problem.code}: ${problem.message}`;
}
