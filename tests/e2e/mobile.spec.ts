import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {expect, sitemapPaths, test, waitForHydration} from './fixtures';

const questions = currentPaths(loadRegistry()).length;

test('at 360 px no page scrolls sideways, and the copy button is at least 40 px tall', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  const paths = await sitemapPaths(page);
  let buttons = 0;
  for (const path of paths) {
    await page.goto(path);
    await waitForHydration(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    const button = page.getByTestId('copy-question-link');
    if ((await button.count()) > 0) {
      expect((await button.boundingBox())!.height, path).toBeGreaterThanOrEqual(40);
      buttons += 1;
    }
  }
  expect(buttons).toBe(questions);
});
