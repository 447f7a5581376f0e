import {defineConfig} from 'vitest/config';

// Test files share their worker's modules (isolate: false): on 2 cores it halves the run (unit 38 → 18 s,
// build 48 → 30 s); a test that changes the environment or a module puts it back (vi.unstubAllEnvs, TZ).
export default defineConfig({
  test: {
    projects: [
      // Unit and fixture tests: no build needed.
      {
        // Components under test are TSX; tsconfig leaves JSX for Docusaurus to compile.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], isolate: false},
      },
      // Checks of the built sites (build/ and build-internal/).
      {test: {name: 'build', include: ['tests/build/**/*.test.ts'], isolate: false}},
    ],
  },
});
