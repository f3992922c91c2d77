// Lint for the whole repository: typescript-eslint's recommended rules, and src/core kept free of the
// editor and of Node so it runs unchanged in the extension host, the browser bundle and the CLI.
import { builtinModules } from 'node:module';
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'e2e-artifacts/**', 'test-results/**', '.cache/**'],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Arabic character classes list diacritics (combining marks) and joiners on purpose.
      'no-misleading-character-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Spread arguments go on the stack: past ~120k elements (a long document's mentions) the call
    // throws a RangeError. Push in a loop and take extremes with a loop or reduce.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement", message: 'A spread into push() throws on a long document: push in a loop.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement", message: 'A spread into Math.max/min throws on a long document: use a loop or reduce.' },
      ],
    },
  },
  {
    // The reading view's page script runs in the webview, a browser.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Runs inside the workbench page (page.evaluate): browser globals.
    files: ['test/ui/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on the editor: put editor glue in src/vscode.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/core runs in the browser too: no Node built-ins.' })),
          ],
          patterns: [{ group: ['node:*'], message: 'src/core runs in the browser too: no Node built-ins.' }],
        },
      ],
    },
  },
);
