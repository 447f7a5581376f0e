// ESLint for the TypeScript and TSX (npm run lint:code): the recommended
// JavaScript and typescript-eslint rules, the rules of React hooks, and no
// import of a package that package.json does not declare.
import {defineConfig, globalIgnores} from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nodePlugin from 'eslint-plugin-n';
import globals from 'globals';

export default defineConfig([
  globalIgnores(['build/', 'build-*/', '.docusaurus/', 'test-results/', 'playwright-report/', '**/__fixtures__/']),
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    // An argument named _x is unused on purpose (a required signature).
    rules: {'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}]},
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.ts'],
    plugins: {n: nodePlugin},
    // Docusaurus's aliases (@site, @theme, @docusaurus/Link…) resolve to no package and are not checked.
    rules: {'n/no-extraneous-import': 'error'},
  },
]);
