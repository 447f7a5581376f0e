import type {Page} from '@playwright/test';
import {expect, test, waitForHydration, type Problems} from './fixtures';

// The 404 page as a reader who followed a stale or cut-short link sees it, on a phone.
test.use({viewport: {width: 360, height: 740}});

/** Opens a missing address: the 404 status is expected here, not a failed request. */
async function openMissing(page: Page, problems: Problems, path: string) {
  const response = await page.goto(path);
  expect(response!.status()).toBe(404);
  const expected = (problem: string) => problem.startsWith(response!.url());
  problems.failedRequests = problems.failedRequests.filter((r) => !expected(r));
  problems.consoleErrors = problems.consoleErrors.filter((e) => !(expected(e) && e.includes('status of 404')));
  await waitForHydration(page);
}

const heroBox = (page: Page) => page.locator('[data-search-box="hero"] input');

test('a mistyped question address: Chinese text that fits, the guess, search pre-filled, one left edge', async ({
  page,
  problems,
  baseURL,
}) => {
  await openMissing(page, problems, 'hangzhou/login/reset-pasword/');
  const heading = page.getByRole('heading', {level: 1});
  await expect(heading).toHaveText('找不到页面');
  await expect(page.getByText('在 QQ 里常被截断')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('所有者');

  const guess = page.getByTestId('not-found-guess');
  await expect(guess).toContainText('你要找的是不是：');
  const link = guess.getByRole('link').first();
  await expect(link).toHaveAttribute('href', new URL(baseURL!).pathname + 'hangzhou/login/reset-password/');
  const title = (await link.textContent())!;
  await expect(heroBox(page)).toHaveValue(title);

  // Heading, text, guess and search box start at one left edge, and nothing is wider than the phone.
  const left = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!.x;
  const edge = await left(heading);
  for (const part of [page.locator('main p').first(), guess, page.locator('[data-search-box="hero"]')]) {
    expect(Math.abs((await left(part)) - edge)).toBeLessThanOrEqual(1);
  }
  const headingBox = (await heading.boundingBox())!;
  expect(headingBox.x + headingBox.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The pre-filled search finds the question.
  await heroBox(page).focus();
  await expect(page.locator('[data-search-box="hero"]').getByRole('option').first()).toContainText(title, {
    timeout: 10_000,
  });
});

test('a short number with text stuck to it, and an address that names nothing', async ({page, problems, baseURL}) => {
  await openMissing(page, problems, 'q/25）/');
  await expect(page.getByTestId('not-found-guess').getByRole('link').first()).toHaveAttribute(
    'href',
    new URL(baseURL!).pathname + 'hangzhou/stats/attendance-rate/',
  );

  await openMissing(page, problems, 'q/999/');
  await expect(page.getByTestId('not-found-guess')).toHaveCount(0);
  await expect(heroBox(page)).toHaveValue('');
  await expect(page.getByRole('heading', {name: '杭州实名制'})).toBeVisible();
});
