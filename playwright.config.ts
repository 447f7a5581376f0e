import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumPath} from './scripts/ensure-tools';

// End-to-end tests in Debian's Chromium against the production build,
// served as a plain static server would serve it.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: {timeout: 5_000},
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    actionTimeout: 5_000,
    navigationTimeout: 15_000,
    launchOptions: {executablePath: chromiumPath(), args: CHROMIUM_ARGS},
  },
  webServer: {
    command: `tsx scripts/serve-static.ts --dir build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 15_000,
  },
});
