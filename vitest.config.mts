import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Unit and fixture tests: no build needed.
      {
        // Components under test are TSX; tsconfig leaves JSX for Docusaurus to compile.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts']},
      },
      // Checks of the built sites (build/ and build-internal/).
      {test: {name: 'build', include: ['tests/build/**/*.test.ts']}},
    ],
  },
});
