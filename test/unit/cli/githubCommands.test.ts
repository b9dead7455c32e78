// `twin validate --format github`: every problem is one workflow command on one line, escaped as
// GitHub's toolkit escapes, so a hostile name is text in the annotation and never a second command.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  escapeData,
  escapeProperty,
  githubAnnotation,
  githubCommands,
} from '../../../cli/src/report/githubCommands';
import type { ValidateJsonItem } from '../../../cli/src/report/validateItem';
import { HOSTILE_NAMES, parseWorkflowCommand } from './workflowCommand';

function item(message: string, extra: Partial<ValidateJsonItem> = {}): ValidateJsonItem {
  return {
    file: 'profile/company.twin.yaml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 12,
    severity: 'error',
    code: 'duplicate-name',
    message,
    ...extra,
  };
}

test('data escapes %, CR and LF; properties also escape : and , (the toolkit encodings)', () => {
  assert.equal(escapeData('50% a\r\nb:c,d'), '50%25 a%0D%0Ab:c,d');
  assert.equal(escapeProperty('50% a\r\nb:c,d'), '50%25 a%0D%0Ab%3Ac%2Cd');
  // `%` first, so an already-encoded-looking text stays what it was.
  assert.equal(escapeData('%0A'), '%250A');
  assert.equal(escapeProperty('%3A'), '%253A');
});

test('a problem is ::error with file, line, col, endLine, endColumn and title=twin(code)', () => {
  assert.equal(
    githubAnnotation(item('"VIP" duplicates "vip" on line 2.')),
    '::error file=profile/company.twin.yaml,line=3,col=5,endLine=3,endColumn=12,title=twin(duplicate-name)::"VIP" duplicates "vip" on line 2.',
  );
  assert.match(githubAnnotation(item('w', { severity: 'warning' })), /^::warning file=/);
  assert.match(githubAnnotation(item('i', { severity: 'information' })), /^::notice file=/);
});

for (const [label, name] of Object.entries(HOSTILE_NAMES)) {
  test(`a name holding ${label} stays one command whose message is the text itself`, () => {
    const message = `"${name}" duplicates "${name}" on line 2.`;
    const line = githubAnnotation(item(message, { file: `dir, with: ${name}/a.twin.yaml` }));
    assert.ok(!/[\r\n]/.test(line), JSON.stringify(line));
    const parsed = parseWorkflowCommand(line);
    assert.equal(parsed?.command, 'error');
    assert.equal(parsed.properties.file, `dir, with: ${name}/a.twin.yaml`);
    assert.equal(parsed.properties.title, 'twin(duplicate-name)');
    assert.equal(parsed.properties.line, '3');
    // Control characters are shown as \uXXXX (as the text format and the plan show them).
    assert.equal(parsed.message, message.replace(/\n/g, '\\u000A'));
  });
}

test('a file that cannot be read is an ::error on the file, after the problems', () => {
  const lines = githubCommands({
    items: [item('x')],
    unreadable: [{ file: 'gone.twin.yaml', message: 'gone.twin.yaml: no such file' }],
  });
  assert.equal(lines.length, 2);
  assert.equal(lines[1], '::error file=gone.twin.yaml,title=twin::gone.twin.yaml: no such file');
});
