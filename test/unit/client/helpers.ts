// Shared by the client unit tests: unsigned JWTs with chosen claims, and the Russian translator built
// from the shipped l10n bundle (the same lookup vscode.l10n.t does).
import fs from 'node:fs';
import path from 'node:path';
import { bundleTranslate, type Translate } from '../../../client/src/l10n';

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

/** English: the message itself with placeholders filled. */
export const en: Translate = bundleTranslate({});

/** Russian, through the shipped bundle. */
export const ru: Translate = bundleTranslate(russianBundle());
