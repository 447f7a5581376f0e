import {pathToFileURL} from 'node:url';
import {defineConfig} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumPath} from './scripts/ensure-tools';
import {E2E_LOGS} from './scripts/serve-nginx';

// End-to-end tests in Debian's Chromium against the production builds: build/
// at / and build-faq/ (BASE_URL=/faq/) under /faq/, served as a plain static
// server would serve them, build-faq/ again by real nginx with
// deploy/nginx.conf, and the offline copy build-offline/ opened from disk.
const PORT = Number(process.env.E2E_PORT ?? 4173);

type Target = {name: string; port: number; base: string; command: string};
const TARGETS: Target[] = [
  {name: 'root', port: PORT, base: '/', command: `tsx scripts/serve-static.ts --dir build --port ${PORT}`},
  {
    name: 'faq',
    port: PORT + 1,
    base: '/faq/',
    command: `tsx scripts/serve-static.ts --dir build-faq --base /faq/ --port ${PORT + 1}`,
  },
  {
    name: 'nginx',
    port: PORT + 2,
    base: '/faq/',
    command: `tsx scripts/serve-nginx.ts --dir build-faq --base /faq/ --port ${PORT + 2} --logs ${E2E_LOGS}`,
  },
];
const urlOf = ({port, base}: Target) => `http://127.0.0.1:${port}${base}`;

// Under /faq/ through nginx, what depends on the base path: links, short links, search, 404s and headers.
// The rest runs at / only.
const BASE_PATH_SPECS = [
  'navigation.spec.ts',
  'not-found.spec.ts',
  'search.spec.ts',
  'server.spec.ts',
  'share.spec.ts',
  'data-saving.spec.ts',
];
// What the plain static server does itself under /faq/ (the pages' behaviour there is nginx's project's).
const STATIC_SERVER_SPECS = ['server.spec.ts', 'not-found.spec.ts'];
// What deploy/nginx.conf adds (headers, denials, precompressed files), and every page once through it
// (at /, every page is opened by the accessibility and phone sweeps, under the same guard of fixtures.ts).
const NGINX_SPECS = ['nginx.spec.ts', 'pages.spec.ts'];
const SPECS: Record<string, string[]> = {
  faq: STATIC_SERVER_SPECS,
  nginx: [...BASE_PATH_SPECS, ...NGINX_SPECS],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: {timeout: 5_000},
  // Expected texts (copied replies), one file each, under version control.
  snapshotPathTemplate: '{testDir}/__snapshots__/{testFilePath}/{arg}{ext}',
  use: {
    actionTimeout: 5_000,
    navigationTimeout: 15_000,
    launchOptions: {executablePath: chromiumPath(), args: CHROMIUM_ARGS},
  },
  projects: [
    ...TARGETS.map((target) => ({
      name: target.name,
      use: {baseURL: urlOf(target)},
      ...(target.name === 'root' ? {testIgnore: ['offline.spec.ts', ...NGINX_SPECS]} : {testMatch: SPECS[target.name]}),
    })),
    {name: 'offline', use: {baseURL: pathToFileURL('build-offline/').href}, testMatch: 'offline.spec.ts'},
  ],
  webServer: TARGETS.map((target) => ({
    name: target.name,
    command: target.command,
    url: urlOf(target),
    reuseExistingServer: false,
    timeout: 15_000,
    // Lets serve-nginx.ts stop nginx and remove its temp folder.
    gracefulShutdown: {signal: 'SIGTERM' as const, timeout: 5_000},
  })),
});
