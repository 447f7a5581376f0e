// ESLint for the TypeScript and TSX (npm run lint:code): the recommended
// JavaScript and typescript-eslint rules, and the rules of React hooks.
import {defineConfig, globalIgnores} from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
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
]);
