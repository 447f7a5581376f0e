import {expect, search, sitemapPaths, test, waitForHydration} from './fixtures';

// Every page of the sitemap loads, hydrates and has exactly one <h1>, and a
// search finds answers, with no console error, failed request or request to
// another host (see fixtures): the site needs nothing from outside.
const SHARDS = 4;

for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every sitemap page loads cleanly, and search works (part ${shard + 1}/${SHARDS})`, async ({page}) => {
    const paths = (await sitemapPaths(page)).filter((_, i) => i % SHARDS === shard);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await waitForHydration(page);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('h1'), path).not.toBeEmpty();
    }
    await expect((await search(page, '密码')).first()).toBeVisible();
  });
}
