// The environment for a nested `npm i`/`npm ci`: the caller's, minus what an outer `npm test` or
// `npm start` put into it. npm hands its scripts its whole configuration as npm_config_* (and the
// package, the lifecycle event, its own PATH entries); a nested npm reads those back as its own
// settings. code-server's postinstall, for one, reads the Node version from npm_config_user_agent and
// refused to install under Node 24 because the outer npm had written "node/v20" there.
'use strict';
const path = require('path');

/** Variables npm sets for the scripts it runs (npm_config_*, npm_package_*, npm_lifecycle_*, …). */
const NPM_VARIABLE = /^(npm_|INIT_CWD$|NODE$)/i;

/** A PATH entry npm prepends: every node_modules/.bin up from the package, and its node-gyp shim. */
function isNpmPathEntry(entry) {
  const parts = entry.split(path.sep);
  const tail = parts.slice(-2).join('/');
  return tail === 'node_modules/.bin' || parts[parts.length - 1] === 'node-gyp-bin';
}

/** A copy of `env` without npm's variables and PATH entries; everything else is kept. */
function cleanNpmEnv(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) if (!NPM_VARIABLE.test(key)) clean[key] = value;
  const pathKey = Object.keys(clean).find((k) => k.toUpperCase() === 'PATH');
  if (pathKey) {
    clean[pathKey] = clean[pathKey]
      .split(path.delimiter)
      .filter((entry) => entry && !isNpmPathEntry(entry))
      .join(path.delimiter);
  }
  return clean;
}

module.exports = { cleanNpmEnv };
