// Finds every translatable text in TypeScript sources with the compiler's own parser, and checks a
// Russian bundle against them. A text is the message argument of `t(…)` / `tn(count, …)` imported
// from core/src/l10n, or of `vscode.l10n.t(…)` / `l10n.t(…)`; it must be a string literal, so that
// no text escapes the check.
import ts from 'typescript';

/** One source file. */
export interface Source {
  file: string;
  text: string;
}

/** A text found in the sources. */
export interface Translatable {
  text: string;
  plural: boolean;
  /** file:line of its first use. */
  where: string;
}

/** What the scan found: the texts, and the calls whose message is not a literal. */
export interface Scan {
  texts: Map<string, Translatable>;
  problems: string[];
}

const L10N_MODULE = /(?:^|\/)l10n(?:\/index)?$/;

/** Local names of `t` and `tn` imported from the l10n module, mapped to which they are. */
function importedNames(file: ts.SourceFile): Map<string, 't' | 'tn'> {
  const names = new Map<string, 't' | 'tn'>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!L10N_MODULE.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 't' || imported === 'tn') names.set(element.name.text, imported);
    }
  }
  return names;
}

/** Which translating function a call is (`t`, `tn`), or null when it is none. */
function translatorOf(call: ts.CallExpression, names: Map<string, 't' | 'tn'>): 't' | 'tn' | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return names.get(callee.text) ?? null;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return null;
  const owner = callee.expression.getText();
  return owner === 'l10n' || owner === 'vscode.l10n' ? 't' : null;
}

/** Every translatable text of `sources`, and every call whose text is not a literal. */
export function scanSources(sources: readonly Source[]): Scan {
  const scan: Scan = { texts: new Map(), problems: [] };
  for (const source of sources) {
    const file = ts.createSourceFile(source.file, source.text, ts.ScriptTarget.Latest, true);
    const names = importedNames(file);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const kind = translatorOf(node, names);
        if (kind) record(scan, file, node, kind);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return scan;
}

function record(scan: Scan, file: ts.SourceFile, call: ts.CallExpression, kind: 't' | 'tn'): void {
  const message = call.arguments[kind === 'tn' ? 1 : 0];
  const line = file.getLineAndCharacterOfPosition(call.getStart()).line + 1;
  const where = `${file.fileName}:${line}`;
  if (!message || !ts.isStringLiteralLike(message)) {
    scan.problems.push(`${where}: the text of ${kind}(…) is not a string literal: ${call.getText()}`);
    return;
  }
  const seen = scan.texts.get(message.text);
  if (seen && seen.plural !== (kind === 'tn'))
    scan.problems.push(`${where}: "${message.text}" is used both with t and with tn (${seen.where})`);
  if (!seen) scan.texts.set(message.text, { text: message.text, plural: kind === 'tn', where });
}

/** The placeholders `{0}`, `{1}`… of a text. */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\d+\}/g)].map((m) => m[0]));
}

const sorted = (set: Set<string>) => [...set].sort().join(' ');

/** What is wrong with the Russian entry of one text, or null. */
function entryProblem(found: Translatable, ru: string | undefined): string | null {
  const quoted = `${found.where}: "${found.text}"`;
  if (ru === undefined) return `${quoted} has no Russian entry`;
  if (!found.plural) {
    const [en, tr] = [placeholders(found.text), placeholders(ru)];
    return sorted(en) === sorted(tr)
      ? null
      : `${quoted}: Russian has {${sorted(tr)}}, English {${sorted(en)}}`;
  }
  const enForms = found.text.split('|');
  const ruForms = ru.split('|');
  if (enForms.length !== 2) return `${quoted}: a plural text has 2 English forms (one|other)`;
  if (ruForms.length !== 3) return `${quoted}: its Russian entry needs 3 forms (one|few|many)`;
  const en = placeholders(found.text);
  for (const form of ruForms) {
    const have = placeholders(form);
    if ([...have].some((p) => !en.has(p)))
      return `${quoted}: the Russian form "${form}" has a placeholder English lacks`;
    if (en.has('{0}') && !have.has('{0}')) return `${quoted}: the Russian form "${form}" drops the count {0}`;
  }
  const union = new Set(ruForms.flatMap((f) => [...placeholders(f)]));
  return sorted(union) === sorted(en)
    ? null
    : `${quoted}: the Russian forms leave out one of {${sorted(en)}}`;
}

/** Every problem of `bundle` against the scan: missing or mismatched entries, and orphans. */
export function checkBundle(scan: Scan, bundle: Readonly<Record<string, string>>): string[] {
  const problems = [...scan.problems];
  for (const found of scan.texts.values()) {
    const problem = entryProblem(found, bundle[found.text]);
    if (problem) problems.push(problem);
  }
  for (const key of Object.keys(bundle))
    if (!scan.texts.has(key)) problems.push(`the Russian entry "${key}" is used nowhere in the sources`);
  return problems;
}
