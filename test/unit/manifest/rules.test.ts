import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeManifest } from '../../../core/src/manifest';
import { inBundledLanguage } from '../../../core/src/l10n/bundled';
import { codesOf, fixed, problemsOf, textAt } from './helpers';

const VALID = `# Профиль компании
version: 1
attributes:
  - ФИО
  - Возраст
  - name: Увлечение
    description: Что клиент любит
clientTags:
  - ВИП-клиент
  - VIP-клиент
sessionTags:
  - предоплата
  - кредит
`;

describe('a valid manifest', () => {
  test('has no problems and gives the model with descriptions', () => {
    const result = analyzeManifest(VALID);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.manifest, {
      version: 1,
      sections: {
        attributes: [
          { name: 'ФИО' },
          { name: 'Возраст' },
          { name: 'Увлечение', description: 'Что клиент любит' },
        ],
        clientTags: [{ name: 'ВИП-клиент' }, { name: 'VIP-клиент' }],
        sessionTags: [{ name: 'предоплата' }, { name: 'кредит' }],
      },
    });
  });

  test('an empty file and a comments-only file are valid and empty', () => {
    for (const text of ['', '# пусто\n']) {
      const result = analyzeManifest(text);
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(result.manifest?.sections, { attributes: [], clientTags: [], sessionTags: [] });
    }
  });
});

describe('yaml-syntax', () => {
  test('a parser error is an error at its position and the model is null', () => {
    const text = 'attributes:\n  - "ФИО\n';
    const [problem] = problemsOf(text, 'yaml-syntax');
    assert.equal(problem?.severity, 'error');
    assert.equal(problem?.range.start.line, 1);
    assert.equal(analyzeManifest(text).manifest, null);
  });

  test('more than one document is reported', () => {
    const problems = problemsOf('attributes:\n  - a\n---\nclientTags: []\n', 'yaml-syntax');
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /more than one/);
  });

  test('a repeated section key is reported on the second one', () => {
    const text = 'attributes:\n  - a\nclientTags: []\nattributes:\n  - b\n';
    const [problem] = problemsOf(text, 'yaml-syntax');
    assert.equal(problem?.range.start.line, 3);
    assert.equal(textAt(text, problem), 'attributes');
  });

  test('Russian message', () => {
    const [problem] = inBundledLanguage('ru', () => problemsOf('a: [\n', 'yaml-syntax'));
    assert.match(problem?.message ?? '', /^Ошибка синтаксиса YAML/);
  });
});

describe('unknown-key', () => {
  test('a misspelled section offers the nearest key, and the fix renames it', () => {
    const text = 'atributes:\n  - ФИО\n';
    const [problem] = problemsOf(text, 'unknown-key');
    assert.match(problem?.message ?? '', /"attributes"/);
    assert.equal(fixed(text, 'unknown-key'), 'attributes:\n  - ФИО\n');
  });

  test('an unknown key inside an entry offers name/description', () => {
    const text = 'clientTags:\n  - name: ВИП\n    desc: важные\n';
    assert.equal(fixed(text, 'unknown-key'), 'clientTags:\n  - name: ВИП\n    description: важные\n');
  });

  test('the valid keys are not reported', () => {
    assert.deepEqual(problemsOf(VALID, 'unknown-key'), []);
  });
});

describe('invalid-type', () => {
  test('a section that is not a list', () => {
    const text = 'attributes: ФИО\n';
    const [problem] = problemsOf(text, 'invalid-type');
    assert.equal(textAt(text, problem!), 'ФИО');
  });

  test('an entry that is a list, a name that is a mapping, a description that is a list', () => {
    const text = 'sessionTags:\n  - [a, b]\n  - name: {x: 1}\n  - name: кредит\n    description: [x]\n';
    assert.equal(problemsOf(text, 'invalid-type').length, 3);
  });

  test('a manifest that is a list', () => {
    assert.deepEqual(codesOf('- ФИО\n'), ['invalid-type']);
  });

  test('a description that YAML reads as a number, boolean or null is an error on its value', () => {
    for (const value of ['5', '2.5', 'true', 'False', '~', 'null', '.inf', '0x1F']) {
      const text = `attributes:\n  - name: ФИО\n    description: ${value}\n`;
      const problems = problemsOf(text, 'invalid-type');
      assert.equal(problems.length, 1, value);
      assert.equal(textAt(text, problems[0]!), value);
      assert.equal(problems[0]?.message, '"description" must be a string.');
      assert.equal(analyzeManifest(text).manifest, null, value);
    }
  });

  test('an empty description is an error on its key', () => {
    const text = 'attributes:\n  - name: ФИО\n    description:\n';
    const problems = problemsOf(text, 'invalid-type');
    assert.equal(problems.length, 1);
    assert.equal(textAt(text, problems[0]!), 'description');
  });

  test('a quoted number, a YAML 1.1 word and a date are text, so they are fine as a description', () => {
    for (const value of ['"5"', "'true'", 'yes', 'no', '2024-01-01', 'Nice', 'тридцать']) {
      const text = `attributes:\n  - name: ФИО\n    description: ${value}\n`;
      assert.deepEqual(codesOf(text), [], value);
    }
  });

  test('an empty section is fine', () => {
    assert.deepEqual(codesOf('attributes:\nclientTags: []\n'), []);
  });
});

describe('unsupported-version', () => {
  test('version 2 is an error on the value', () => {
    const text = 'version: 2\n';
    const [problem] = problemsOf(text, 'unsupported-version');
    assert.equal(textAt(text, problem!), '2');
  });

  test('version 1 and no version are fine', () => {
    assert.deepEqual(codesOf('version: 1\n'), []);
    assert.deepEqual(codesOf('attributes: []\n'), []);
  });
});

describe('empty-name', () => {
  test('an empty quoted name, a blank one, a bare dash, and a mapping without name', () => {
    const text = 'attributes:\n  - ""\n  - "   "\n  -\n  - description: без имени\n';
    assert.equal(problemsOf(text, 'empty-name').length, 4);
    assert.equal(problemsOf(text, 'whitespace').length, 0);
  });

  test('a real name is not empty', () => {
    assert.deepEqual(problemsOf('attributes:\n  - Ф\n', 'empty-name'), []);
  });
});

describe('name-too-long', () => {
  test('the limit comes from the setting and counts characters, not bytes', () => {
    const text = 'attributes:\n  - Длинное имя\n';
    assert.equal(problemsOf(text, 'name-too-long', { maxNameLength: 10 }).length, 1);
    assert.equal(problemsOf(text, 'name-too-long', { maxNameLength: 11 }).length, 0);
  });

  test('the default limit is 255', () => {
    const text = `attributes:\n  - ${'я'.repeat(256)}\n  - ${'я'.repeat(255)}x\n  - ${'я'.repeat(255)}\n`;
    assert.equal(problemsOf(text, 'name-too-long').length, 2);
  });
});

describe('invisible-char', () => {
  test('a zero-width space is reported and the fix removes it', () => {
    const text = 'clientTags:\n  - "ВИП\u200B-клиент"\n';
    const [problem] = problemsOf(text, 'invisible-char');
    assert.match(problem?.message ?? '', /U\+200B/);
    assert.equal(fixed(text, 'invisible-char'), 'clientTags:\n  - "ВИП-клиент"\n');
  });

  test('a bidi override in a plain name is removed, leaving it plain', () => {
    assert.equal(fixed('sessionTags:\n  - кре\u202Eдит\n', 'invisible-char'), 'sessionTags:\n  - кредит\n');
  });

  test('ordinary Russian and English names pass', () => {
    assert.deepEqual(problemsOf(VALID, 'invisible-char'), []);
  });
});

describe('duplicate-name', () => {
  test('equal after normalisation: case, ё, spaces, Latin look-alikes; reported on the later entry', () => {
    const text = 'clientTags:\n  - ВИП-клиент\n  - BИП-клиент\n  - вип-клиент\n  - Ёлка\n  - "елка "\n';
    const problems = problemsOf(text, 'duplicate-name');
    assert.deepEqual(
      problems.map((p) => p.range.start.line),
      [2, 3, 5],
    );
    assert.equal(problems[0]?.related?.[0]?.range.start.line, 1);
  });

  test('the same name in two sections is not a duplicate', () => {
    assert.deepEqual(problemsOf('clientTags:\n  - кредит\nsessionTags:\n  - кредит\n', 'duplicate-name'), []);
  });

  test('VIP (Latin V) and ВИП stay different', () => {
    assert.deepEqual(problemsOf(VALID, 'duplicate-name'), []);
  });

  test('the fix removes the later entry with its lines and keeps comments', () => {
    const text =
      'attributes:\n  # люди\n  - ФИО\n  # повтор ниже\n  - name: фио  # тот же\n    description: x\n  - Город\n';
    assert.equal(
      fixed(text, 'duplicate-name'),
      'attributes:\n  # люди\n  - ФИО\n  # повтор ниже\n  - Город\n',
    );
  });

  test('the fix inside a flow list removes the item and its comma', () => {
    assert.equal(
      fixed('sessionTags: [кредит, Кредит, рассрочка]\n', 'duplicate-name'),
      'sessionTags: [кредит, рассрочка]\n',
    );
  });

  test('Russian message names the first line', () => {
    const [problem] = inBundledLanguage('ru', () =>
      problemsOf('attributes:\n  - ФИО\n  - фио\n', 'duplicate-name'),
    );
    assert.match(problem?.message ?? '', /строки 2/);
  });
});

describe('mixed-script', () => {
  test('a Latin B in a Cyrillic word is a warning, and the fix makes it Cyrillic', () => {
    const text = 'clientTags:\n  - BИП-клиент\n';
    const [problem] = problemsOf(text, 'mixed-script');
    assert.equal(problem?.severity, 'warning');
    assert.equal(fixed(text, 'mixed-script'), 'clientTags:\n  - ВИП-клиент\n');
  });

  test('a Cyrillic о in a Latin word becomes Latin', () => {
    assert.equal(fixed('attributes:\n  - Emаil\n', 'mixed-script'), 'attributes:\n  - Email\n');
  });

  test('separate Latin and Cyrillic words (VIP-клиент) are fine', () => {
    assert.deepEqual(problemsOf('clientTags:\n  - VIP-клиент\n  - Email клиента\n', 'mixed-script'), []);
  });
});

describe('whitespace', () => {
  test('leading, trailing and repeated spaces: a warning, the fix trims and keeps the quotes', () => {
    const text = 'attributes:\n  - "  Дата   рождения "\n';
    assert.equal(problemsOf(text, 'whitespace')[0]?.severity, 'warning');
    assert.equal(fixed(text, 'whitespace'), 'attributes:\n  - "Дата рождения"\n');
  });

  test('repeated spaces in a plain name', () => {
    assert.equal(
      fixed('attributes:\n  - Дата  рождения\n', 'whitespace'),
      'attributes:\n  - Дата рождения\n',
    );
  });

  test('single spaces are fine', () => {
    assert.deepEqual(problemsOf('attributes:\n  - Дата рождения\n', 'whitespace'), []);
  });
});

describe('non-string-name', () => {
  test('numbers, booleans (also YAML 1.1 yes), null and dates are warnings; the fix quotes', () => {
    const text = 'sessionTags:\n  - 2024\n  - yes\n  - ~\n  - 2024-01-31\n  - name: true\n';
    const problems = problemsOf(text, 'non-string-name');
    assert.equal(problems.length, 5);
    assert.equal(fixed('sessionTags:\n  - 2024\n', 'non-string-name'), 'sessionTags:\n  - "2024"\n');
  });

  test('the model keeps the name as written', () => {
    assert.deepEqual(analyzeManifest('sessionTags:\n  - 1.0\n').manifest?.sections.sessionTags, [
      { name: '1.0' },
    ]);
  });

  test('quoted numbers and words that only look like them are fine', () => {
    assert.deepEqual(problemsOf('sessionTags:\n  - "2024"\n  - 2024 год\n  - нет\n', 'non-string-name'), []);
  });
});

describe('messages', () => {
  test('every problem has a Russian message different from the English one', () => {
    const text = 'versio: 1\nattributes:\n  - ФИО\n  - фио\n  - BИП\n';
    const en = inBundledLanguage('en', () => analyzeManifest(text).diagnostics);
    const ru = inBundledLanguage('ru', () => analyzeManifest(text).diagnostics);
    assert.equal(en.length, ru.length);
    en.forEach((p, i) => assert.notEqual(p.message, ru[i]?.message));
    assert.ok(ru.every((p) => /[а-я]/i.test(p.message)));
  });
});
