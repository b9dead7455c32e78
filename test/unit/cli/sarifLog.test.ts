// `twin validate --format sarif`: a log the published SARIF 2.1.0 schema accepts, whatever the names
// and however many problems, with the rule catalogue and each result's region.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileUri, sarifLog, sarifText } from '../../../cli/src/report/sarifLog';
import type { ValidateJsonItem, ValidateReport } from '../../../cli/src/report/validateItem';
import { manifestRules } from '../../../core/src/manifest/rules';
import { sarifSchemaErrors } from '../../support/sarifSchema';
import { HOSTILE_NAMES } from './workflowCommand';

interface SarifRun {
  tool: { driver: { name: string; version: string; rules: Array<Record<string, unknown>> } };
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
  results: Array<Record<string, unknown>>;
}

function runOf(log: Record<string, unknown>): SarifRun {
  return (log.runs as SarifRun[])[0] as SarifRun;
}

function problem(n: number, message = `problem ${n}`): ValidateJsonItem {
  return {
    file: 'profile/company.twin.yaml',
    line: n + 1,
    column: 5,
    endLine: n + 1,
    endColumn: 9,
    severity: n % 3 === 0 ? 'error' : n % 3 === 1 ? 'warning' : 'information',
    code: 'duplicate-name',
    message,
  };
}

test('the published schema itself refuses a broken log (so the checks below can fail)', () => {
  assert.notDeepEqual(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: {} }] }), []);
  assert.notDeepEqual(sarifSchemaErrors({ version: '2.0.0', runs: [] }), []);
});

for (const count of [0, 1, 1000]) {
  test(`a log of ${count} problem(s) is valid SARIF 2.1.0 with one result each`, () => {
    const report: ValidateReport = {
      items: Array.from({ length: count }, (_, i) => problem(i)),
      unreadable: [],
    };
    const log = sarifLog(report, '1.2.3');
    assert.deepEqual(sarifSchemaErrors(log), []);
    const run = runOf(log);
    assert.equal(run.results.length, count);
    assert.equal(run.invocations[0]?.executionSuccessful, true);
  });
}

test('the driver names the tool, its version and every rule with a description and its level', () => {
  const run = runOf(sarifLog({ items: [], unreadable: [] }, '1.2.3'));
  assert.equal(run.tool.driver.name, 'twin');
  assert.equal(run.tool.driver.version, '1.2.3');
  assert.deepEqual(
    run.tool.driver.rules.map((r) => r.id),
    manifestRules.map((r) => r.code),
  );
  const mixed = run.tool.driver.rules.find((r) => r.id === 'mixed-script');
  assert.deepEqual(mixed?.defaultConfiguration, { level: 'warning' });
  assert.match((mixed?.shortDescription as { text: string }).text, /Latin and Cyrillic/);
  assert.match((mixed?.help as { text: string }).text, /\S/);
});

test('a result carries its rule, level, message and 1-based region', () => {
  const run = runOf(sarifLog({ items: [problem(0, 'Twice.')], unreadable: [] }, '1'));
  const ruleIndex = manifestRules.findIndex((r) => r.code === 'duplicate-name');
  assert.deepEqual(run.results[0], {
    ruleId: 'duplicate-name',
    ruleIndex,
    level: 'error',
    message: { text: 'Twice.' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'profile/company.twin.yaml' },
          region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 9 },
        },
      },
    ],
  });
});

for (const [label, name] of Object.entries(HOSTILE_NAMES)) {
  test(`a name holding ${label} is message text in a valid log, never an embedded link`, () => {
    const message = `"${name}" duplicates "${name}".`;
    const log = sarifLog({ items: [problem(0, message)], unreadable: [] }, '1');
    assert.deepEqual(sarifSchemaErrors(log), []);
    const text = (runOf(log).results[0]?.message as { text: string }).text;
    // Every bracket is escaped, so `[…](…)` cannot be read as a link; unescaping gives the message back.
    assert.ok(!/(^|[^\\])[[\]]/.test(text), text);
    assert.equal(text.replace(/\\([\\[\]])/g, '$1'), message);
  });
}

test('a file that cannot be read makes the run unsuccessful with a notification, and the log stays valid', () => {
  const log = sarifLog(
    { items: [], unreadable: [{ file: 'my dir/gone#1.twin.yaml', message: 'no such file' }] },
    '1',
  );
  assert.deepEqual(sarifSchemaErrors(log), []);
  const invocation = runOf(log).invocations[0];
  assert.equal(invocation?.executionSuccessful, false);
  assert.equal(invocation?.toolExecutionNotifications.length, 1);
});

test('paths become URI references: relative stay relative, absolute become file:///, specials encoded', () => {
  assert.equal(fileUri('profile/company.twin.yaml'), 'profile/company.twin.yaml');
  assert.equal(fileUri('my dir/a#b%.twin.yaml'), 'my%20dir/a%23b%25.twin.yaml');
  assert.equal(
    fileUri('/home/ci/профиль.twin.yaml'),
    'file:///home/ci/%D0%BF%D1%80%D0%BE%D1%84%D0%B8%D0%BB%D1%8C.twin.yaml',
  );
  assert.equal(fileUri('C:\\work\\a b.twin.yaml'), 'file:///C:/work/a%20b.twin.yaml');
  assert.equal(sarifText('[x](javascript:alert(1)) \\'), '\\[x\\](javascript:alert(1)) \\\\');
});
