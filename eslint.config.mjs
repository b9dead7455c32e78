// Lint rules, and the folder boundaries of design.md enforced as restricted imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const vscodeOnlyInClient = { name: 'vscode', message: 'Only client/ may import vscode.' };
const noLspTransport = {
  group: [
    'vscode-languageserver',
    'vscode-languageserver/*',
    'vscode-languageclient',
    'vscode-languageclient/*',
  ],
  message: 'No LSP transport here (design.md boundaries).',
};
const noServer = {
  group: ['**/server/**', '../server/*'],
  message: 'Only the language server imports server/.',
};
const noClient = { group: ['**/client/**'], message: 'Nothing imports client/.' };

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'docs/', 'bench/.work/', '**/*.d.ts', 'test/e2e/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test()/describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        window: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        setImmediate: 'readonly',
      },
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [vscodeOnlyInClient], patterns: [noLspTransport, noServer, noClient] },
      ],
    },
  },
  {
    files: ['protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [vscodeOnlyInClient], patterns: [noLspTransport, noServer, noClient] },
      ],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [vscodeOnlyInClient], patterns: [noLspTransport, noClient] },
      ],
    },
  },
  {
    files: ['server/src/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [vscodeOnlyInClient],
          patterns: [
            { group: ['vscode-languageclient', 'vscode-languageclient/*'], message: 'Server side.' },
            noClient,
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noServer,
            { group: ['vscode-languageserver', 'vscode-languageserver/*'], message: 'Client side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [vscodeOnlyInClient], patterns: [noLspTransport, noServer, noClient] },
      ],
    },
  },
);
