import {expect, test, waitForHydration} from './fixtures';

const HIDDEN_IN_PRINT = {
  navbar: '.navbar',
  sidebar: '.theme-doc-sidebar-container',
  breadcrumbs: '.theme-doc-breadcrumbs',
  pagination: '.pagination-nav',
  'related questions and contact': '[data-search-ignore]:not([data-print])',
  buttons: 'button',
};

test('printing a question prints the question and its answer only', async ({page}) => {
  await page.goto('hangzhou/login/reset-password/');
  await waitForHydration(page);
  for (const [what, selector] of Object.entries(HIDDEN_IN_PRINT)) {
    await expect(page.locator(selector).filter({visible: true}).first(), `${what} shows on screen`).toBeVisible();
  }
  await page.emulateMedia({media: 'print'});
  for (const [what, selector] of Object.entries(HIDDEN_IN_PRINT)) {
    const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
    expect(shown, `${what} in print`).toBe(0);
  }
  await expect(page.locator('h1')).toHaveText('杭州市实名制重置密码说明');
  await expect(page.getByText('外地（杭州市外）企业联系建管站（市场管理科）')).toBeVisible();
});

test('a printed question carries its short link, as a QR code and as text, and the date', async ({page}) => {
  await page.goto('hangzhou/login/reset-password/');
  await waitForHydration(page);
  const panel = page.getByTestId('qr-panel');
  await expect(panel).toBeHidden();
  await page.emulateMedia({media: 'print'});
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('img')).toBeVisible();
  await expect(panel).toContainText(/https?:\/\/\S+\/q\/10\//);
  await expect(panel).toContainText(`打印日期：${new Date().toLocaleDateString('zh-CN')}`);
  const box = (await panel.getByRole('img').boundingBox())!;
  expect(box.width).toBeGreaterThan(80);
});

test('a question printed in dark mode prints dark text', async ({page}) => {
  await page.emulateMedia({media: 'print', colorScheme: 'dark'});
  await page.goto('hangzhou/login/reset-password/');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const color = await page
    .locator('.theme-doc-markdown li')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, `text colour ${color}`).toBeLessThan(200);
});
