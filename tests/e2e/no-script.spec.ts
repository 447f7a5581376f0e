import {expect, test} from './fixtures';

// Without scripts (switched off, or a kernel that cannot run them) the
// server-rendered pages still lead everywhere.
test.use({javaScriptEnabled: false});

test('on a phone, the sections hidden behind the menu button are links under the navbar', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  await page.goto('hangzhou/login/reset-password/');
  const sections = page.getByRole('navigation', {name: '栏目'});
  await expect(sections.getByRole('link')).toHaveText(['通用问题', '杭州实名制', '萧山云平台', '全部问题', '联系支持']);
  const navbar = (await page.locator('nav.navbar').boundingBox())!;
  const row = (await sections.boundingBox())!;
  expect(row.y).toBeGreaterThanOrEqual(navbar.y + navbar.height - 1);
  expect(row.x + row.width).toBeLessThanOrEqual(360);
  await sections.getByRole('link', {name: '全部问题'}).click();
  await expect(page.locator('h1')).toHaveText('全部问题一页版');
});

test('on a wide screen the navbar shows the sections itself: no second row', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto('hangzhou/login/reset-password/');
  await expect(page.getByRole('navigation', {name: '栏目'})).toBeHidden();
  await expect(page.locator('nav.navbar').getByRole('link', {name: '全部问题'})).toBeVisible();
});

test('the search page says that search needs scripts, and where to look instead', async ({page}) => {
  await page.goto('search/');
  // (Playwright's text locators skip <noscript>; its text is read from the element.)
  const note = page.locator('main noscript p');
  await expect(note).toBeVisible();
  await expect(note).toContainText('搜索要在浏览器里运行脚本');
  await page.locator('main').getByRole('link', {name: '全部问题'}).click();
  await expect(page.locator('h1')).toHaveText('全部问题一页版');
});
