import type {Page} from '@playwright/test';
import {expect, test, waitForHydration} from './fixtures';

// Issue 17: a short link serves its answer with the first response, and a page spends no data on pages
// the reader has not opened beyond the few likely next ones (src/plugins/quiet-prefetch).

/** The scripts a page requests from now on. */
function scriptsFrom(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && urls.push(new URL(r.url()).pathname));
  return urls;
}

/** What navigator.connection tells the page (headless Chromium says 1.5 Mbit/s, which the site takes for slow). */
async function connection(page: Page, value: {saveData: boolean; effectiveType: string; downlink: number}) {
  await page.addInitScript((v) => {
    Object.defineProperty(Navigator.prototype, 'connection', {get: () => v});
  }, value);
}

/** Past the idle callback where the likely next pages are loaded, and their requests. */
async function settled(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300))));
  await page.waitForLoadState('networkidle');
}

test('a short link answers in one response and switches to the readable address before the app starts', async ({
  page,
}) => {
  const documents: string[] = [];
  page.on('request', (r) => r.resourceType() === 'document' && documents.push(new URL(r.url()).pathname));
  const response = await page.goto('q/10/');
  expect(response?.status()).toBe(200);
  expect(await response?.text()).toContain('杭州市实名制重置密码说明');
  await expect(page).toHaveURL(/\/hangzhou\/login\/reset-password\/$/);
  await waitForHydration(page);
  expect(documents).toHaveLength(1);
  // The router saw the readable address: the app's own links and 相关问题 work from here.
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  await page.locator('nav[aria-labelledby="related-questions"] li a').first().click();
  await expect(page.locator('h1')).not.toHaveText('杭州市实名制重置密码说明', {timeout: 5_000});
  expect(documents).toHaveLength(1);
});

test.describe('at 1280, with the sidebar’s forty links in view', () => {
  test.use({viewport: {width: 1280, height: 900}});

  test('on a fast connection, only the likely next pages are loaded: a related question opens without a request', async ({
    page,
  }) => {
    await connection(page, {saveData: false, effectiveType: '4g', downlink: 10});
    await page.goto('hangzhou/login/reset-password/');
    await waitForHydration(page);
    await settled(page);
    const later = scriptsFrom(page);
    await page.locator('nav[aria-labelledby="related-questions"] li a').first().click();
    await expect(page.locator('h1')).not.toHaveText('杭州市实名制重置密码说明', {timeout: 5_000});
    expect(later, 'the first related question was loaded in advance').toEqual([]);
    // A section in view in the navbar, which Docusaurus would have prefetched, was not.
    await page.getByRole('navigation', {name: '主导航'}).getByRole('link', {name: '萧山云平台'}).click();
    await expect(page).toHaveURL(/\/xiaoshan\/$/, {timeout: 5_000});
    expect(later.length, 'a page nobody was likely to open is loaded when opened').toBeGreaterThan(0);
  });

  for (const [name, value] of [
    ['the data saver on', {saveData: true, effectiveType: '4g', downlink: 10}],
    ['a 4G connection at 1.5 Mbit/s', {saveData: false, effectiveType: '4g', downlink: 1.5}],
  ] as const) {
    test(`with ${name}, nothing is loaded after the page`, async ({page}) => {
      await connection(page, value);
      const scripts = scriptsFrom(page);
      await page.goto('hangzhou/login/reset-password/');
      await waitForHydration(page);
      await page.waitForLoadState('load');
      const atLoad = scripts.length;
      await settled(page);
      expect(scripts.slice(atLoad)).toEqual([]);
    });
  }
});
