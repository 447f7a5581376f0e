import {expect, search, test} from './fixtures';
import {
  COLOR_SCHEMES,
  PHONE,
  backgroundAlpha,
  keepScreenshot,
  longestQuestion,
  navbarItemsCovered,
  shorterThan,
} from './phone';

// The offline copy (npm run build:offline) opened from disk: file://, no
// server, no JavaScript of the site. Any request other than file:// fails
// the test, and so does any missing file (see fixtures).

test('from the folder: links lead to a question, with the site styles', async ({page}) => {
  await page.goto('index.html');
  await expect(page.locator('h1')).toHaveText('实名制技术支持 · 常见问题');
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toContain('PingFang SC');

  await page.getByRole('link', {name: /杭州实名制\s*26 个问题/}).click();
  await expect(page).toHaveURL(/\/hangzhou\/index\.html$/);
  await expect(page.locator('h1')).toHaveText('杭州实名制');
  const sidebar = page.locator('nav[aria-label="文档侧边栏"]');
  await sidebar.getByRole('link', {name: '登录类问题', exact: true}).click();
  await sidebar.getByRole('link', {name: '杭州市实名制重置密码说明'}).click();
  await expect(page).toHaveURL(/\/hangzhou\/login\/reset-password\/index\.html$/);
  await expect(page.getByText('外地（杭州市外）企业联系建管站（市场管理科）')).toBeVisible();
  // Buttons need the site's JavaScript, which does not run here: none is shown but the
  // question's own (copy, QR code), which offline.js runs.
  expect(await page.locator('button').count()).toBeGreaterThan(3);
  await expect(page.locator('button').filter({visible: true})).toHaveText(['复制链接', '复制答复', '手机扫码打开']);

  await page.getByRole('link', {name: '杭州实名制', exact: true}).first().click();
  await expect(page.locator('h1')).toHaveText('杭州实名制');
});

test('from the folder: search finds the answer', async ({page}) => {
  await page.goto('general/clear-cache/index.html');
  const results = await search(page, '忘记密码怎么办');
  await expect(results.first()).toContainText('杭州市实名制重置密码说明');
  await expect(results.first()).toContainText('杭州实名制 › 登录类问题');
  await results.first().click();
  await expect(page).toHaveURL(/\/hangzhou\/login\/reset-password\/index\.html$/);
  await expect(page.getByText('外地（杭州市外）企业联系建管站（市场管理科）')).toBeVisible();

  await expect(await search(page, '火星旅游')).toHaveCount(0);
  await expect(page.getByText('没有找到与“火星旅游”相关的问题')).toBeVisible();
});

test('from the folder: a placeholder is marked 整理中 in the results, styled as on the site', async ({page}) => {
  await page.goto('index.html');
  const results = await search(page, '萧山登录');
  const mark = results.locator('.faq-pending');
  await expect(mark.first()).toHaveText('整理中');
  expect(await mark.first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('from the folder: a short link opens its question', async ({page}) => {
  await page.goto('q/1/index.html');
  await expect(page.locator('h1')).toHaveText('清缓存方法');
});

test('from the folder: the copy buttons and the search keys work as on the site', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('hangzhou/login/reset-password/index.html');
  const actions = page.locator('[data-question-actions]');
  const root = (await actions.getAttribute('data-root'))!;
  // The site's address: a folder has none to share.
  expect(root).toMatch(/^https?:\/\//);
  await expect(page.locator('.offline-short-link')).toHaveText(`短链接：${root}q/10/`);
  await page.getByRole('button', {name: '复制答复'}).click();
  await expect(actions.getByRole('status')).toHaveText('答复已复制，可以粘贴到 QQ 群');
  const reply = await page.evaluate(() => navigator.clipboard.readText());
  expect(reply).toMatch(/^「杭州市实名制重置密码说明」\n· 施工、分包单位企业密码重置：\n\u3000\u3000· 外地/);
  expect(reply.split('\n').at(-1)).toBe(`${root}q/10/`);
  await page.getByRole('button', {name: '复制链接'}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`「杭州市实名制重置密码说明」\n${root}q/10/`);

  const input = page.locator('.navbar').getByPlaceholder('搜索');
  const results = await search(page, '忘记密码');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('Control+Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);
  const second = (await results.nth(1).locator('.offline-search__title').textContent())!;
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.locator('h1')).toHaveText(second);
});

for (const colorScheme of COLOR_SCHEMES) {
  test.describe(`from the folder at 360×740 in QQ, ${colorScheme}`, () => {
    test.use({...PHONE, colorScheme});

    test('search looks as on the site: an opaque box over the navbar, clear marks, and 取消', async ({
      page,
    }, testInfo) => {
      await page.goto(`${longestQuestion().path}index.html`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const box = page.locator('nav [data-offline-search]');
      const input = box.locator('input[type="search"]');
      // The site's box, not a bare field.
      const closed = (await input.boundingBox())!;
      expect(closed.height).toBeGreaterThanOrEqual(36);
      expect(closed.width).toBeGreaterThanOrEqual(120);
      expect(await input.evaluate((el) => parseFloat(getComputedStyle(el).borderTopLeftRadius))).toBeGreaterThan(10);

      await input.tap();
      const results = await search(page, '忘记密码');
      await expect(results.first()).toBeVisible();
      await keepScreenshot(page, testInfo, 'offline-search-open');
      expect(await backgroundAlpha(input)).toBe(1);
      expect(await backgroundAlpha(box)).toBe(1);
      expect(await backgroundAlpha(page.getByRole('listbox'))).toBe(1);
      await navbarItemsCovered(page, box);
      const mark = page.getByRole('listbox').locator('mark').first();
      expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        colorScheme === 'light' ? 'rgb(255, 229, 138)' : 'rgb(128, 106, 0)',
      );
      expect(await shorterThan(results, 44)).toEqual([]);

      await page.getByRole('button', {name: '取消'}).tap();
      await expect(input).toHaveValue('');
      await expect(page.getByRole('listbox')).toBeHidden();
      await expect(page.locator('.offline-menu summary')).toBeVisible();
    });

    test('the short link sits under the copy buttons, selectable', async ({page}, testInfo) => {
      await page.goto(`${longestQuestion().path}index.html`);
      const row = (await page.getByRole('button', {name: '复制答复'}).boundingBox())!;
      const link = page.locator('.offline-short-link span');
      await expect(link).toHaveText(/^https?:\/\/.+\/q\/\d+\/$/);
      const box = (await link.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(row.y + row.height);
      expect(box.y - (row.y + row.height)).toBeLessThan(24);
      expect(await link.evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
      await keepScreenshot(page, testInfo, 'offline-question');
    });
  });
}

test.describe('from the folder at 360×740, without scripts', () => {
  test.use({...PHONE, javaScriptEnabled: false});

  test('☰ opens a list of the sections, 44 px a line, that leads to them', async ({page}, testInfo) => {
    await page.goto(`${longestQuestion().path}index.html`);
    const toggle = page.locator('.offline-menu summary');
    const size = (await toggle.boundingBox())!;
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(44);
    const menu = page.getByRole('navigation', {name: '栏目'});
    await expect(menu).toBeHidden();
    await toggle.tap();
    await expect(menu.getByRole('link')).toHaveText(['通用问题', '杭州实名制', '萧山云平台', '全部问题', '联系支持']);
    expect(await shorterThan(menu.getByRole('link'), 44)).toEqual([]);
    await keepScreenshot(page, testInfo, 'offline-menu');
    await menu.getByRole('link', {name: '全部问题'}).tap();
    await expect(page).toHaveURL(/\/all\/index\.html$/);
    await expect(page.locator('h1')).toHaveText('全部问题一页版');
  });
});
