import type {Page} from '@playwright/test';
import {dropdown, expect, navbarBox, openHome, test, waitForHydration} from './fixtures';

test('the index is fetched on first focus, with a loading state, and results open the answer', async ({page}) => {
  // The split index (src/lib/search/split.ts): its first file on focus, with this site's postings inline (no shard).
  const metaRequests: string[] = [];
  const shardRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('search-meta.json')) metaRequests.push(r.url());
    if (r.url().includes('/search-index/')) shardRequests.push(r.url());
    expect(r.url(), 'the whole index is for the offline copy and the tools').not.toContain('search-index.json');
  });
  // Hold the first file back a moment so that the loading state can be seen.
  await page.route('**/search-meta.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await openHome(page);
  expect(metaRequests).toEqual([]);

  await navbarBox(page).fill('忘记密码');
  await expect(dropdown(page).getByRole('status')).toHaveText('正在加载搜索…');
  await expect.poll(() => metaRequests.length).toBe(1);
  const first = dropdown(page).getByTestId('search-result').first();
  await expect(first).toContainText('杭州市实名制重置密码说明');
  await expect(first).toContainText('杭州实名制 › 登录类问题');
  await expect(first.locator('mark').first()).toHaveText('密码');
  expect(shardRequests).toEqual([]);

  // The first result is highlighted: Enter opens it.
  await expect(dropdown(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await navbarBox(page).press('Enter');
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  // The terms are marked on the answer, and the address is clean again.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-terms')?.size ?? 0)).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\/hangzhou\/login\/reset-password\/$/);
});

/**
 * search-meta.json as a larger FAQ has it (npm run bench:scale): without the postings, which are then too large to
 * come inline (INLINE_POSTINGS_MAX), so that each query fetches the shards of its words.
 */
async function withoutInlinePostings(page: Page) {
  await page.route('**/search-meta.json', async (route) => {
    const meta = await (await route.fetch()).json();
    expect(meta.postings, 'this site’s postings come inline').toBeDefined();
    await route.fulfill({json: {...meta, postings: undefined}});
  });
}

test('with postings too large for the first file, a query fetches the shards of its words', async ({page}) => {
  const shardRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/search-index/') && shardRequests.push(r.url()));
  await withoutInlinePostings(page);
  await openHome(page);
  await navbarBox(page).fill('忘记密码');
  await expect(dropdown(page).getByTestId('search-result').first()).toContainText('杭州市实名制重置密码说明');
  // One shard per word of the query (忘记, 密码), not the whole index; the warm-up search may have fetched others.
  const warmUp = shardRequests.length;
  expect(warmUp).toBeGreaterThan(0);
  await navbarBox(page).fill('考勤机');
  await expect(dropdown(page).getByTestId('search-result').first()).toBeVisible();
  expect(shardRequests.length - warmUp).toBeLessThanOrEqual(2);
});

test('words typed before the app has started are searched once it has', async ({page}) => {
  // The app starts after load (src/plugins/finish-build/late-boot.ts): hold its main bundle back while the reader types.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/js/main.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('');
  await navbarBox(page).click();
  await page.keyboard.insertText('忘记密码');
  release();
  await waitForHydration(page);
  await expect(dropdown(page).getByTestId('search-result').first()).toContainText('杭州市实名制重置密码说明', {
    timeout: 10_000,
  });
  await expect(navbarBox(page)).toHaveValue('忘记密码');
});

test('Ctrl+K and / focus the navbar search box', async ({page}) => {
  await openHome(page);
  await page.keyboard.press('Control+k');
  await expect(navbarBox(page)).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(navbarBox(page)).toBeFocused();
});

test('Enter that confirms an input-method candidate neither submits nor navigates', async ({page}) => {
  await openHome(page);
  const box = navbarBox(page);
  await box.fill('考勤');
  await expect(dropdown(page).getByTestId('search-result').first()).toBeVisible();
  const url = page.url();
  // A Chinese IME: composition events, then Enter with isComposing set.
  await box.dispatchEvent('compositionstart', {data: ''});
  await box.evaluate((input) => {
    input.dispatchEvent(
      new KeyboardEvent('keydown', {key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true}),
    );
  });
  // The same through Chromium's real IME path.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', {text: 'lv', selectionStart: 2, selectionEnd: 2});
  await box.evaluate((input) => {
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', keyCode: 229, bubbles: true, cancelable: true}));
  });
  await cdp.send('Input.insertText', {text: '率'});
  await box.dispatchEvent('compositionend', {data: '率'});
  await page.waitForTimeout(300);
  expect(page.url()).toBe(url);
  await expect(dropdown(page)).toBeVisible();

  // A plain Enter afterwards opens the highlighted (first) result.
  const first = await dropdown(page).getByTestId('search-result').first().locator('span span').first().textContent();
  await box.press('Enter');
  await expect(page.locator('h1')).toHaveText(first!);
});

test('Enter goes to the search page while there is no result to open', async ({page}) => {
  await openHome(page);
  await navbarBox(page).fill('完全无关的火星天气');
  await expect(dropdown(page).getByTestId('search-no-results')).toBeVisible();
  await navbarBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('a search with no answer says so and offers the categories and support', async ({page}) => {
  await openHome(page);
  await navbarBox(page).fill('完全无关的火星天气');
  const none = dropdown(page).getByTestId('search-no-results');
  await expect(none).toContainText('没有找到与“完全无关的火星天气”相关的问题');
  for (const label of ['通用问题', '杭州实名制', '萧山云平台'])
    await expect(none.getByRole('link', {name: label})).toBeVisible();
  await none.getByRole('link', {name: '联系技术支持'}).click();
  await expect(page.locator('h1')).toHaveText('联系技术支持');
});

test('the search page lists each question once, with its category path', async ({page}) => {
  await page.goto('search/?q=密码');
  await waitForHydration(page);
  const results = page.getByTestId('search-results').getByTestId('search-result');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(2);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expect(page.getByTestId('search-status')).toHaveText(`找到 ${hrefs.length} 个相关问题`);
});

test('a query in traditional characters finds the answers written in simplified ones', async ({page}) => {
  await openHome(page);
  await navbarBox(page).fill('帳號被鎖定了');
  const first = dropdown(page).getByTestId('search-result').first();
  await expect(first).toContainText('杭州实名制平台企业账号无法登录');
  await expect(first).toContainText('杭州实名制 › 登录类问题');
  // The word as the page writes it is marked (帳號 → 帐号 → 账号).
  await expect(first.locator('mark').filter({hasText: '账号'}).first()).toBeVisible();
});

test('while a new word’s part of the index loads, the last results stay and Enter goes to the search page', async ({
  page,
}) => {
  await withoutInlinePostings(page);
  await openHome(page);
  await navbarBox(page).fill('密码');
  const first = dropdown(page).getByTestId('search-result').first();
  await expect(first).toBeVisible();
  const shown = await first.textContent();
  // Every shard asked for from now on is held back until released.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-index/**', async (route) => {
    await held;
    await route.continue();
  });
  await navbarBox(page).fill('密码 考勤');
  await page.waitForTimeout(300);
  await expect(dropdown(page).getByRole('status')).not.toHaveText('正在加载搜索…');
  await expect(first).toHaveText(shown!);
  await navbarBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  release();
});
