// Core's problem shapes to LSP's.
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ManifestProblem, ProblemSeverity } from '../../../core/src/manifest';

const SEVERITY: Record<ProblemSeverity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3 };

/**
 * An LSP diagnostic (source `twin`) for a manifest problem in the document `uri`; `problemDocs` is the
 * page that explains every code, one heading each (the code is its anchor).
 */
export function toDiagnostic(problem: ManifestProblem, uri: string, problemDocs?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: SEVERITY[problem.severity],
    code: problem.code,
    source: 'twin',
    message: problem.message,
  };
  if (problemDocs) diagnostic.codeDescription = { href: `${problemDocs}#${problem.code}` };
  if (problem.related)
    diagnostic.relatedInformation = problem.related.map((r) => ({
      location: { uri, range: r.range },
      message: r.message,
    }));
  return diagnostic;
}
