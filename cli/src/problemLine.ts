// How every command prints a manifest problem: `FILE:LINE:COL: severity code: message` (1-based), the
// shape compilers use, so editors and CI annotators can jump to it. Severity and code are stable tokens
// (not translated); the message is in the display language, with control characters shown as \uXXXX:
// a line break in a quoted name would start a line of its own, which a CI log reads as a workflow
// command when it begins with `::`.
import type { ManifestProblem } from '../../core/src/manifest';
import { printable } from '../../core/src/twin/printable';

/** One problem of `file` as one line, without the newline. */
export function problemLine(file: string, problem: ManifestProblem): string {
  const { line, character } = problem.range.start;
  return `${file}:${line + 1}:${character + 1}: ${problem.severity} ${problem.code}: ${printable(problem.message)}`;
}
