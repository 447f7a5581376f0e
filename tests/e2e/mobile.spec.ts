import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {expect, sitemapPaths, test, waitForHydration} from './fixtures';

const questions = currentPaths(loadRegistry()).length;

test('at 360 px no page scrolls sideways; a question has its copy buttons under its title, 44 px tall', async ({
  page,
}) => {
  // Every page of the sitemap: give a busy machine time.
  test.setTimeout(180_000);
  await page.setViewportSize({width: 360, height: 740});
  const paths = await sitemapPaths(page);
  let questionPages = 0;
  for (const path of paths) {
    await page.goto(path);
    await waitForHydration(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    const buttons = page.locator('[data-question-actions] button').filter({visible: true});
    for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
      expect(box.height, path).toBeGreaterThanOrEqual(44);
      expect(box.right, path).toBeLessThanOrEqual(360);
    }
    const actions = page.locator('.theme-doc-markdown > [data-question-actions]');
    if ((await actions.count()) === 0) continue;
    questionPages += 1;
    // Right under the title, its two copy buttons on one row (手机扫码 is for a PC screen).
    const [title, row] = await Promise.all([page.locator('h1').boundingBox(), actions.boundingBox()]);
    expect(row!.y, path).toBeGreaterThanOrEqual(title!.y + title!.height);
    expect(row!.y - (title!.y + title!.height), path).toBeLessThan(32);
    expect(await buttons.count(), path).toBe(2);
    const [link, reply] = await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(link, path).toBe(reply);
  }
  expect(questionPages).toBe(questions);
});
