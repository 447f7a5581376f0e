import {expect, search, test} from './fixtures';

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
  await expect(page).toHaveURL(/\/general\/clear-cache\/index\.html$/);
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
