// node-fetch 2 falls back to whatwg-url only where Node has no URL class; Node always has one, so the
// bundles take the built-in instead of shipping whatwg-url and its 265 KB of tr46 tables.
'use strict';
module.exports = { URL: globalThis.URL };
