import {PNG} from 'pngjs';
import jsQR from 'jsqr';
import type {BrowserContext, Page} from '@playwright/test';
import {loadRegistry} from '../../src/plugins/short-links/registry';
import {expect, navbarBox, openHome, test, waitForHydration} from './fixtures';

// 复制答复 and the other ways support staff hand an answer to a QQ group:
// copy from search, the group number, the QR code. Clipboard texts are read
// from the real clipboard.

const registry = loadRegistry();
const pathOf = (id: string) =>
  Object.values(registry)
    .find((e) => e.id === id && !e.retiredTo)!
    .paths.at(-1)!;
const numberOf = (id: string) => Object.entries(registry).find(([, e]) => e.id === id && !e.retiredTo)![0];

async function allowClipboard(context: BrowserContext, baseURL: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(baseURL).origin});
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The site's root on this host, as copied texts write it. */
const rootOf = (baseURL: string) => new URL(baseURL).href;

/** The reply its own page copies for question `id`. */
async function replyOnPage(page: Page, id: string): Promise<string> {
  await page.goto(pathOf(id).slice(1));
  await waitForHydration(page);
  await page.getByTestId('copy-reply').click();
  await expect(page.getByTestId('copy-reply')).toHaveText('已复制');
  return clipboard(page);
}

test.beforeEach(async ({context, baseURL}) => allowClipboard(context, baseURL!));

test.describe('复制答复 puts the answer on the clipboard as text for QQ', () => {
  // Nested lists and menu paths; an ordered list, a restricted value and links;
  // a flow of short steps and a phone number; a flow of explained steps; links to other questions.
  for (const id of ['attendance-rate', 'test-project', 'vendor-info', 'acceptance', 'login-failed']) {
    test(id, async ({page, baseURL}) => {
      const reply = await replyOnPage(page, id);
      const lines = reply.split('\n');
      expect(lines[0]).toBe(`「${await page.locator('h1').textContent()}」`);
      expect(lines.at(-1)).toBe(`${rootOf(baseURL!)}q/${numberOf(id)}/`);
      await expect(page.getByRole('status').filter({hasText: '答复已复制'})).toBeVisible();
      // The expected replies are kept in tests/e2e/__snapshots__/reply.spec.ts/: after changing one of
      // these answers, `npm run update:replies` and read the diff.
      expect(reply.replaceAll(rootOf(baseURL!), '{网站}/')).toMatchSnapshot(`${id}.txt`);
    });
  }

  test('the public build copies the note, never a restricted value', async ({page}) => {
    const reply = await replyOnPage(page, 'test-project');
    expect(reply).toContain('密钥：（不公开，请向技术支持索取）');
    expect(reply).toContain('密码：（不公开，请向技术支持索取）');
  });

  test('on 全部问题, each question copies the same reply as its own page', async ({page}) => {
    const own = await replyOnPage(page, 'reset-password');
    await page.goto('all/');
    await waitForHydration(page);
    // The innermost section around the question's heading (its category's and sub-section's hold it too).
    const section = page
      .locator('section', {has: page.getByRole('heading', {name: '杭州市实名制重置密码说明'})})
      .last();
    await section.getByTestId('copy-reply').click();
    await expect(section.getByTestId('copy-reply')).toHaveText('已复制');
    expect(await clipboard(page)).toBe(own);
    await expect(page.getByTestId('copy-reply')).toHaveCount(
      Object.values(registry).filter((e) => !e.retiredTo).length,
    );
  });

  test('when copying fails, the reply is shown selected to copy by hand', async ({page}) => {
    await page.goto(pathOf('reset-password').slice(1));
    await waitForHydration(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {value: undefined});
      document.execCommand = () => false;
    });
    await page.getByTestId('copy-reply').click();
    const manual = page.getByRole('textbox');
    await expect(manual).toHaveValue(/^「杭州市实名制重置密码说明」\n· 施工、分包单位企业密码重置：/);
    expect(await manual.evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart)).toBe(
      (await manual.inputValue()).length,
    );
  });
});

test.describe('copy from search, without opening the answer', () => {
  test('from the home page: /, the query, then one key puts the first answer reply on the clipboard', async ({
    page,
  }) => {
    const expected = await replyOnPage(page, 'reset-password');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await openHome(page);
    await page.keyboard.press('/');
    await expect(navbarBox(page)).toBeFocused();
    await page.keyboard.insertText('忘记密码了怎么办');
    await expect(page.getByRole('option').first()).toContainText('杭州市实名制重置密码说明', {timeout: 10_000});
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    const keys = ['Control+Enter'];
    for (const key of keys) await page.keyboard.press(key);
    await expect(page.getByRole('status').filter({hasText: '的答复已复制'})).toBeVisible();
    expect(keys.length).toBeLessThanOrEqual(3);
    expect(await clipboard(page)).toBe(expected);
  });

  test('the arrows choose, Shift+Enter copies the link, Enter opens the highlighted result', async ({
    page,
    baseURL,
  }) => {
    await openHome(page);
    await navbarBox(page).fill('密码');
    const options = page.getByRole('option');
    await expect(options.nth(1)).toBeVisible({timeout: 10_000});
    const second = (await options.nth(1).locator('span span').first().textContent())!;
    await navbarBox(page).press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await navbarBox(page).press('Shift+Enter');
    await expect(page.getByRole('status').filter({hasText: `「${second}」的链接已复制`})).toBeVisible();
    expect(await clipboard(page)).toMatch(new RegExp(`^「${second}」\\n${rootOf(baseURL!)}q/\\d+/$`));
    await navbarBox(page).press('Enter');
    await expect(page.locator('h1')).toHaveText(second);
  });

  test('Enter opens the first result by default, and the full results are one link away', async ({page}) => {
    await openHome(page);
    await navbarBox(page).fill('清缓存');
    await expect(page.getByRole('option').first()).toContainText('清缓存方法', {timeout: 10_000});
    await expect(page.getByRole('link', {name: '在搜索页查看全部结果'})).toBeVisible();
    await navbarBox(page).press('Enter');
    await expect(page.locator('h1')).toHaveText('清缓存方法');
  });

  test('with a mouse: the copy buttons of the result under the pointer', async ({page}) => {
    const expected = await replyOnPage(page, 'login-failed');
    await openHome(page);
    await navbarBox(page).fill('忘记密码');
    const option = page.getByRole('option').filter({hasText: '杭州实名制平台企业账号无法登录'});
    await option.hover();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await option.getByTestId('result-copy-reply').click();
    expect(await clipboard(page)).toBe(expected);
    await expect(navbarBox(page)).toBeFocused();
  });

  test('on the search page: the same keys and buttons', async ({page, baseURL}) => {
    const expected = await replyOnPage(page, 'login-failed');
    await page.goto(`search/?q=${encodeURIComponent('忘记密码')}`);
    await waitForHydration(page);
    const input = page.getByRole('combobox', {name: '搜索问题'}).last();
    const options = page.getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true', {timeout: 10_000});
    const index = await options.evaluateAll((els) =>
      els.findIndex((el) => el.textContent!.includes('杭州实名制平台企业账号无法登录')),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    await input.focus();
    for (let i = 0; i < index; i += 1) await input.press('ArrowDown');
    await input.press('Control+Enter');
    await expect(page.getByRole('status').filter({hasText: '的答复已复制'})).toBeVisible();
    expect(await clipboard(page)).toBe(expected);
    await options.first().hover();
    await options.first().getByTestId('result-copy-link').click();
    expect(await clipboard(page)).toMatch(new RegExp(`^「杭州市实名制重置密码说明」\\n${rootOf(baseURL!)}q/10/$`));
  });
});

test('复制群号 puts the open QQ group number on the clipboard', async ({page}) => {
  await page.goto(pathOf('reset-password').slice(1));
  await waitForHydration(page);
  const block = page.locator('aside[data-desk]');
  await block.getByRole('button', {name: '复制QQ2群群号 112475025'}).click();
  expect(await clipboard(page)).toBe('112475025');
  await block.getByText('更多联系方式与提问方法').click();
  await block.getByRole('button', {name: '复制朱工微信微信号 13085424963'}).click();
  expect(await clipboard(page)).toBe('13085424963');
});

test('手机扫码打开 shows a QR code that decodes to the short link', async ({page}) => {
  await page.goto(pathOf('attendance-rate').slice(1));
  await waitForHydration(page);
  const button = page.getByRole('button', {name: '手机扫码打开'});
  await expect(page.getByTestId('qr-panel')).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const code = page.getByTestId('qr-panel').getByRole('img');
  await expect(code).toBeVisible();
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  const root = await page.locator('[data-question-actions]').getAttribute('data-root');
  expect(decoded?.data).toBe(`${root}q/${numberOf('attendance-rate')}/`);
  await expect(page.getByTestId('qr-panel')).toContainText(decoded!.data);
});
