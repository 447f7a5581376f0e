import {CHROMIUM_ARGS, chromiumPath} from '../../scripts/ensure-tools';
import {expect, test as base, waitForHydration} from './fixtures';

// A plain-HTTP intranet host is not a secure context (every 127.x address
// is), so the site is opened as faq.test, mapped to 127.0.0.1.
const test = base.extend({
  baseURL: async ({baseURL}, provide) => provide(baseURL!.replace('127.0.0.1', 'faq.test')),
});
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP faq.test 127.0.0.1'],
  },
});

test('复制链接 works on a plain-HTTP host without navigator.clipboard', async ({page, context, baseURL}) => {
  await page.goto('hangzhou/login/reset-password/');
  await waitForHydration(page);
  expect(
    await page.evaluate(() => [window.isSecureContext, 'clipboard' in navigator && !!navigator.clipboard]),
  ).toEqual([false, false]);
  await page.getByRole('button', {name: '复制链接'}).click();
  await expect(page.getByTestId('copy-question-link')).toHaveText('已复制');

  // Read the clipboard from a secure origin of the same browser.
  const secure = new URL(baseURL!.replace('faq.test', '127.0.0.1'));
  await context.grantPermissions(['clipboard-read'], {origin: secure.origin});
  const reader = await context.newPage();
  await reader.goto(secure.href);
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
    `「杭州市实名制重置密码说明」\n${new URL('q/10/', baseURL!).href}`,
  );
});

test('when copying fails, the link is shown selected to copy by hand', async ({page, baseURL}) => {
  await page.goto('general/clear-cache/');
  await waitForHydration(page);
  await page.evaluate(() => {
    document.execCommand = () => false;
  });
  await page.getByRole('button', {name: '复制链接'}).click();
  const manual = page.getByRole('textbox');
  await expect(manual).toHaveValue(`「清缓存方法」\n${new URL('q/1/', baseURL!).href}`);
  expect(
    await manual.evaluate((t) => [(t as HTMLTextAreaElement).selectionStart, (t as HTMLTextAreaElement).selectionEnd]),
  ).toEqual([0, (await manual.inputValue()).length]);
});

test('复制答复 works on a plain-HTTP host too', async ({page, context, baseURL}) => {
  await page.goto('hangzhou/login/reset-password/');
  await waitForHydration(page);
  await page.getByTestId('copy-reply').click();
  await expect(page.getByTestId('copy-reply')).toHaveText('已复制');

  const secure = new URL(baseURL!.replace('faq.test', '127.0.0.1'));
  await context.grantPermissions(['clipboard-read'], {origin: secure.origin});
  const reader = await context.newPage();
  await reader.goto(secure.href);
  const reply = await reader.evaluate(() => navigator.clipboard.readText());
  expect(reply).toMatch(/^「杭州市实名制重置密码说明」\n· 施工、分包单位企业密码重置：\n\u3000\u3000· /);
  expect(reply.split('\n').at(-1)).toBe(new URL('q/10/', baseURL!).href);
});
