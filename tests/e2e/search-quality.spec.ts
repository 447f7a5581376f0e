import {
  HELDOUT_FILE,
  loadQueries,
  QUERIES_FILE,
  questionIdOf,
  runSearchQueries,
  summarize,
} from '../../scripts/search-queries';
import {siteSearch} from '../build/search';
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

// How well answers rank is checked in Node on the built index (tests/build/search-ranking.test.ts); here, that the box shows it.
test('the search box lists what the search engine finds, in its order, for a sample of the benchmark queries', async ({
  page,
}) => {
  const queries = [...loadQueries(QUERIES_FILE), ...loadQueries(HELDOUT_FILE)].filter((_, i) => i % 10 === 0);
  const engine = siteSearch();
  await openHome(page);
  const outcomes = await runSearchQueries(page, queries);
  const summary = summarize(outcomes);
  console.log(`search box: ${summary.queries} queries, keystroke→results median ${summary.medianMs.toFixed(1)} ms`);
  expect(outcomes.length).toBeGreaterThanOrEqual(20);
  for (const {query, got} of outcomes) {
    expect(got.length, query.q).toBeGreaterThan(0);
    // The box shows the first results (as many as fit its list), in the engine's order.
    expect(got, query.q).toEqual(engine.search(query.q, got.length).map((r) => questionIdOf(r.url)));
  }
});
