import type {Page} from '@playwright/test';
import {expect, test, waitForHydration} from './fixtures';

// The guard of fixtures.ts must be able to fail: a request to another host
// (here the same server under another name) fails the test.
test('a request to another host fails the test', async ({page, baseURL}) => {
  test.fail();
  await page.goto('');
  const otherHost = baseURL!.replace('127.0.0.1', 'localhost');
  await page.evaluate((url) => fetch(url, {mode: 'no-cors'}).catch(() => undefined), otherHost);
});

/** An inline script added by the page itself, as injected content would be: no hash allows it. */
async function injectInlineScript(page: Page) {
  await page.goto('');
  await waitForHydration(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.head.append(script);
  });
}

// Every page carries a Content-Security-Policy, and a violation of it fails the test.
test('the Content-Security-Policy blocks an inline script, and the guard reports it', async ({page, problems}) => {
  await injectInlineScript(page);
  await expect.poll(() => problems.cspViolations.length).toBe(1);
  expect(problems.cspViolations[0]).toContain('script-src');
  expect(await page.title()).not.toBe('injected');
  // Seen and checked: the guard (and the console error Chromium logs with it) need not fail this test.
  problems.cspViolations.length = 0;
  problems.consoleErrors.length = 0;
});

test('a Content-Security-Policy violation fails the test', async ({page, problems}) => {
  test.fail();
  await injectInlineScript(page);
  await expect.poll(() => problems.cspViolations.length).toBe(1);
  // The console error Chromium also logs is not what this test is about.
  problems.consoleErrors.length = 0;
});
