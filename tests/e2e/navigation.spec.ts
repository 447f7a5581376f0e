import {currentPaths, loadRegistry} from '../../src/plugins/short-links/registry';
import {expect, test, waitForHydration} from './fixtures';

test('home → category → question through the sidebar, and back', async ({page}) => {
  await page.goto('');
  await waitForHydration(page);
  await page.getByRole('link', {name: /杭州实名制\s*26 个问题/}).click();
  await expect(page.locator('h1')).toHaveText('杭州实名制');

  const sidebar = page.locator('nav[aria-label="文档侧边栏"]');
  await sidebar.getByRole('link', {name: '登录类问题', exact: true}).click();
  await expect(page.locator('h1')).toHaveText('登录类问题');
  // The category's list opens with an animation that starts a frame or two
  // later: click the question once it is fully shown.
  const question = sidebar.getByRole('link', {name: '杭州市实名制重置密码说明'});
  await expect(question).toBeInViewport({ratio: 1});
  await question.click();
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  await expect(page).toHaveURL(/\/hangzhou\/login\/reset-password\/$/);
  await expect(page.getByText('外地（杭州市外）企业联系建管站（市场管理科）')).toBeVisible();

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('登录类问题');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('杭州实名制');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('实名制技术支持 · 常见问题');
});

test('every question is listed on its category page', async ({page}) => {
  const current = currentPaths(loadRegistry());
  for (const category of ['general', 'hangzhou', 'xiaoshan']) {
    await page.goto(`${category}/`);
    await waitForHydration(page);
    const hrefs = await page
      .locator('article a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const expected = current.filter((p) => p.startsWith(`/${category}/`));
    expect(expected.length).toBeGreaterThan(0);
    for (const path of expected) {
      expect(
        hrefs.some((href) => href.endsWith(path)),
        `${category} lists ${path}`,
      ).toBe(true);
    }
  }
});
