import {loadQueries, runSearchQueries, summarize} from '../../scripts/bench-search';
import {dropdown, expect, navbarBox, openHome, test, waitForHydration} from './fixtures';

// Ranking and input handling do not depend on the base path: these run once.

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '考勤'.repeat(250),
  '.*+?^${}()|[]\\',
  '😀🔍🚧',
  '     ',
  '，。！？【】（）：；',
  '%E5%AF%86%20"\'`',
];

test('hostile input leaves the search box and page working, with nothing injected', async ({page}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await openHome(page);
  for (const query of HOSTILE) {
    await navbarBox(page).fill(query);
    await expect(navbarBox(page)).toHaveValue(query.slice(0, 500));
    if (query.trim()) await expect(dropdown(page)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  for (const query of HOSTILE) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await waitForHydration(page);
    await expect(page.locator('h1')).toHaveText('搜索问题');
    await expect(page.locator('main').getByRole('combobox', {name: '搜索问题'})).toHaveValue(query);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test('search benchmark floor: the expected answer is in the top 3 for at least 95% of queries', async ({page}) => {
  await openHome(page);
  const summary = summarize(await runSearchQueries(page, loadQueries()));
  console.log(
    `search: ${summary.queries} queries, top-1 ${(summary.top1 * 100).toFixed(1)}%, top-3 ${(summary.top3 * 100).toFixed(1)}%`,
  );
  expect(summary.queries).toBeGreaterThanOrEqual(60);
  expect(summary.top3).toBeGreaterThanOrEqual(0.95);
});
