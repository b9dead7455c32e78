// The CLI's version: the root package.json's, put into the bundle by scripts/lib/bundles.js (esbuild's
// `define`), so the one-file CLI needs no package.json beside it at run time.
declare const TWIN_CLI_VERSION: string | undefined;

/** The version `twin --version` prints and the SARIF log names; "0.0.0-dev" when run unbundled. */
export const cliVersion: string = typeof TWIN_CLI_VERSION === 'string' ? TWIN_CLI_VERSION : '0.0.0-dev';
