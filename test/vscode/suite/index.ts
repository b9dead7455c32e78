// The mocha entry VS Code loads through `extensionTestsPath` (@vscode/test-electron, and code-server
// with the smoke-test driver): runs every *.test.js beside this file inside the extension host.
// The spec reporter writes through console.log, which the workbench forwards to whoever runs it.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Runs the suite; rejects when any test fails. */
export function run(): Promise<void> {
  // Says which editor and language the results are for (code-server reports 'en' without a language pack).
  console.log(`${vscode.env.appName} ${vscode.version}, display language ${vscode.env.language}`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 10_000 });
  for (const file of fs.readdirSync(__dirname).sort())
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      // The spec reporter's "N passing" / "N failing" are the totals a runner counts.
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
