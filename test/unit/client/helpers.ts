// Shared by the client unit tests: unsigned JWTs with chosen claims, and running code in English or in
// Russian through the shipped l10n bundle (the bundle the extension hands core's l10n at activation).
import fs from 'node:fs';
import path from 'node:path';
import { inBundledLanguage } from '../../../core/src/l10n/bundled';

/** The repository root (tests run from out/test/unit/client). */
export const repoRoot = path.resolve(__dirname, '../../../..');

/** A JWT-shaped token with these claims (the signature is not checked client-side). */
export function makeJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
}

/** The shipped Russian bundle. */
export function russianBundle(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.ru.json'), 'utf8')) as Record<
    string,
    string
  >;
}

/** What `say` returns with English as the display language. */
export const inEnglish = <T>(say: () => T): T => inBundledLanguage('en', say);

/** What `say` returns with Russian as the display language. */
export const inRussian = <T>(say: () => T): T => inBundledLanguage('ru', say);
