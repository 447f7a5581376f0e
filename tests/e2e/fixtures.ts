import AxeBuilder from '@axe-core/playwright';
import {test as base, expect, type Page} from '@playwright/test';
import {waitForHydration} from '../../scripts/page-weight';
import {pagesOfSitemap} from '../build/site';

/** Problems seen while a test's page was open: any of them fails the test. */
export type Problems = {
  consoleErrors: string[];
  failedRequests: string[];
  outsideRequests: string[];
  /** What the page's Content-Security-Policy blocked (securitypolicyviolation events). */
  cspViolations: string[];
};

export const test = base.extend<{problems: Problems}>({
  problems: [
    async ({page, baseURL}, use) => {
      const problems: Problems = {consoleErrors: [], failedRequests: [], outsideRequests: [], cspViolations: []};
      const site = new URL(baseURL!).origin;
      await page.exposeBinding('__reportCspViolation', ({frame}, violation: string) => {
        problems.cspViolations.push(`${frame.url()}: ${violation}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as {__reportCspViolation: (v: string) => void}).__reportCspViolation;
          report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.consoleErrors.push(`${page.url()}: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (/^https?:/.test(url) && new URL(url).origin !== site) problems.outsideRequests.push(url);
      });
      page.on('requestfailed', (req) => {
        const error = req.failure()?.errorText;
        // A prefetch cut short by the test moving on to the next page is not a failure.
        if (error !== 'net::ERR_ABORTED') problems.failedRequests.push(`${req.url()} (${error})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.outsideRequests, 'requests to other hosts').toEqual([]);
      expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

// Docusaurus marks the page once the app has hydrated it (the benchmark waits the same way).
export {waitForHydration};

/**
 * axe-core on the page. Legacy mode runs axe in the page itself: our pages have no frames, and the default
 * (results gathered in a new blank page) took twice as long, about 0.6 s more a page.
 */
export const axeOf = (page: Page) => new AxeBuilder({page}).setLegacyMode(true);

/** The site paths listed in the build's sitemap. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('sitemap.xml');
  expect(response.ok()).toBe(true);
  const paths = pagesOfSitemap(await response.text());
  expect(paths.length).toBeGreaterThan(0);
  return paths;
}

/** The site's search box in the navbar. */
export const navbarBox = (page: Page) => page.locator('nav input[type="search"]');

/** The site's drop-down of search results under the navbar box. */
export const dropdown = (page: Page) => page.getByTestId('search-dropdown');

/**
 * Waits until the navbar drop-down shows `query`'s own results: while a new
 * word's part of the index loads, the last query's results stay on screen.
 */
export async function waitForAnswer(page: Page, query: string) {
  const answered = page.locator('[data-search-box="navbar"][data-search-ready="true"] [data-testid="search-dropdown"]');
  await expect(answered, query).toHaveAttribute('data-query', query, {timeout: 10_000});
}

/** Opens the home page (of the base URL) and waits until React has hydrated it. */
export async function openHome(page: Page) {
  await page.goto('');
  await waitForHydration(page);
}

/**
 * Types a query into the navbar search box and returns its results. The one
 * place that knows the search's markup: the site's search and the offline
 * copy's both use a box with placeholder 搜索 and a listbox of options.
 */
export async function search(page: Page, query: string) {
  await page.locator('.navbar').getByPlaceholder('搜索').fill(query);
  return page.getByRole('listbox').getByRole('option');
}
