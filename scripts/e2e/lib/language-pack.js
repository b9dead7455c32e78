// A minimal local "Russian language pack" for code-server. Without any language pack, `--locale ru`
// changes nothing: VS Code resolves the display language to English, so `vscode.env.language` is
// "en" and package.nls.ru.json is not applied. With a pack registered for "ru", VS Code reports "ru"
// to extensions as it does for a user who installed the Russian Language Pack. No pack can be
// downloaded here, so this one is generated: an empty translation table (the workbench itself stays
// English), registered in the user data's languagepacks.json as an installed pack would be.
'use strict';
const fs = require('fs');
const path = require('path');

const PACK_ID = 'twin-e2e.language-pack-ru';
const PACK_VERSION = '0.0.1';

/** Writes the pack into `extensionsDir` and registers it in `userDataDir`/languagepacks.json. */
function installRussianLanguagePack({ userDataDir, extensionsDir }) {
  const dir = path.join(extensionsDir, `${PACK_ID}-${PACK_VERSION}`);
  const translations = path.join(dir, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'language-pack-ru',
      publisher: 'twin-e2e',
      version: PACK_VERSION,
      engines: { vscode: '*' },
      categories: ['Language Packs'],
      contributes: {
        localizations: [
          {
            languageId: 'ru',
            languageName: 'Russian',
            localizedLanguageName: 'Русский',
            translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
          },
        ],
      },
    }),
  );
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'languagepacks.json'),
    JSON.stringify({
      ru: {
        hash: `${PACK_ID}-${PACK_VERSION}`,
        extensions: [{ extensionIdentifier: { id: PACK_ID }, version: PACK_VERSION }],
        translations: { vscode: translations },
        label: 'Русский',
      },
    }),
  );
}

module.exports = { installRussianLanguagePack };
